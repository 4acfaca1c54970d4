#include "editor/editcommand.h"

#include "editor/editordocument.h"

namespace joinery::ui {

EditCommand::EditCommand(EditorDocument *document, QJsonObject before, QJsonObject after, const QString &text, int mergeId,
    QStringList selectBefore, QStringList selectAfter)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
    , m_selectBefore(std::move(selectBefore))
    , m_selectAfter(std::move(selectAfter))
{
}

void EditCommand::undo()
{
    m_document->setJson(m_before);
    emit m_document->selectionRequested(m_selectBefore);
}

void EditCommand::redo()
{
    m_document->setJson(m_after);
    emit m_document->selectionRequested(m_selectAfter);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    m_after = next->m_after;
    m_selectAfter = next->m_selectAfter;
    // Typing back to where the run of edits started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace joinery::ui
