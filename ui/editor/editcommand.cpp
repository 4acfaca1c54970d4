#include "editor/editcommand.h"

#include "editor/editordocument.h"

namespace joinery::ui {

EditCommand::EditCommand(EditorDocument *document, QJsonObject before, QJsonObject after, const QString &text, int mergeId)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{
}

void EditCommand::undo()
{
    m_document->setJson(m_before);
}

void EditCommand::redo()
{
    m_document->setJson(m_after);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    m_after = next->m_after;
    // Typing back to where the run of edits started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace joinery::ui
