#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUndoCommand>

namespace joinery::ui {

class EditorDocument;

// One undoable edit of an EditorDocument: the whole JSON before and after. Definitions are
// small (the 44-task demo is about 20 KB of JSON, shared implicitly between commands where
// unchanged), so whole snapshots cost little and make undo exact by construction, which a
// stack of inverse operations could not promise for edits such as "follow the joins".
class EditCommand final : public QUndoCommand
{
public:
    // `selectBefore` / `selectAfter`: the graph selection to restore on undo / redo (node ids).
    EditCommand(EditorDocument *document, QJsonObject before, QJsonObject after, const QString &text, int mergeId,
        QStringList selectBefore = {}, QStringList selectAfter = {});

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    EditorDocument *m_document;
    QJsonObject m_before;
    QJsonObject m_after;
    int m_mergeId;
    QStringList m_selectBefore;
    QStringList m_selectAfter;
};

} // namespace joinery::ui
