#pragma once

#include "definitions/definitionjson.h"
#include "definitions/workflowdef.h"
#include "editor/core/workflowedits.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUndoStack>

namespace joinery::ui {

// The definition being edited, held as JSON, with its undo history. Every change goes through
// apply(), which pushes an EditCommand holding the JSON before and after, so undo restores the
// previous document exactly and redo re-applies it. After each change the JSON is read with the
// engine's reader and checked with the engine's validator; the last JSON the reader accepted is
// kept as lastValid(), which is what the graph shows while the text does not read.
//
// "Stored" is the (name, version) the document was opened from or last saved as, or none for a
// new document; the diff before saving compares with it.
//
// GUI thread only (QUndoStack lives in QtGui, the rest is QtCore).
class EditorDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorDocument)

public:
    explicit EditorDocument(QObject *parent = nullptr);
    ~EditorDocument() override;

    QUndoStack *undoStack() { return &m_undo; }
    const QJsonObject &json() const { return m_json; }

    // Starts over with `json`: no history, clean. `storedVersion` 0 means never stored.
    void load(const QJsonObject &json, int storedVersion = 0);
    // Pushes an edit to `after` named `text` (no-op when nothing changes). Consecutive edits with
    // the same non-negative `mergeId` (typing in the JSON view) become one undo step.
    // `selectBefore` / `selectAfter` are what undo / redo ask the views to select.
    bool apply(const QJsonObject &after, const QString &text, int mergeId = -1, const QStringList &selectBefore = {},
        const QStringList &selectAfter = {});
    // Applies a WorkflowEdits result (redo selects result.select); returns false (changing
    // nothing) if it failed.
    bool apply(const EditResult &result, const QString &text, const QStringList &selectBefore = {});

    // Whether json() reads as a WorkflowDef; the reader's error when it does not.
    bool reads() const { return m_reads; }
    DefinitionError readError() const { return m_readError; }
    // The definition read from the last JSON that read (json() itself when reads()).
    const WorkflowDef &lastValid() const { return m_lastValid; }
    // The validator's findings for json() (empty when it does not read).
    const QList<DefinitionError> &problems() const { return m_problems; }

    int storedVersion() const { return m_storedVersion; }
    // After a successful save as `version`: clean, and that version is the stored one.
    void markSaved(int version);
    bool isDirty() const { return !m_undo.isClean(); }

signals:
    // json() changed (by an edit, undo, redo or load).
    void changed();
    void dirtyChanged(bool dirty);
    // An undo or redo asks to select these nodes again (after changed()).
    void selectionRequested(const QStringList &ids);

private:
    friend class EditCommand;
    void setJson(const QJsonObject &json);

    QUndoStack m_undo;
    QJsonObject m_json;
    bool m_reads = false;
    DefinitionError m_readError;
    WorkflowDef m_lastValid;
    QList<DefinitionError> m_problems;
    int m_storedVersion = 0;
};

} // namespace joinery::ui
