#include "editor/editordocument.h"

#include "definitions/definitionvalidator.h"
#include "editor/editcommand.h"

namespace joinery::ui {

EditorDocument::EditorDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
    setJson(WorkflowEdits::emptyDefinition(QStringLiteral("new_workflow")));
}

EditorDocument::~EditorDocument()
{
    // The commands point back at this document; drop them before the members they would touch,
    // quietly: whoever listens to the stack may be half destroyed already.
    m_undo.blockSignals(true);
    m_undo.clear();
}

void EditorDocument::load(const QJsonObject &json, int storedVersion)
{
    m_undo.clear();
    m_storedVersion = storedVersion;
    setJson(json);
    m_undo.setClean();
}

bool EditorDocument::apply(const QJsonObject &after, const QString &text, int mergeId, const QStringList &selectBefore,
    const QStringList &selectAfter)
{
    if (after == m_json)
        return false;
    m_undo.push(new EditCommand(this, m_json, after, text, mergeId, selectBefore, selectAfter));
    return true;
}

bool EditorDocument::apply(const EditResult &result, const QString &text, const QStringList &selectBefore)
{
    return result.ok
        && apply(result.json, text, -1, selectBefore, result.select.isEmpty() ? QStringList() : QStringList {result.select});
}

void EditorDocument::markSaved(int version)
{
    m_storedVersion = version;
    m_undo.setClean();
}

void EditorDocument::setJson(const QJsonObject &json)
{
    m_json = json;
    WorkflowDef def;
    DefinitionError error;
    m_reads = workflowDefFromJson(json, &def, &error);
    if (m_reads) {
        m_readError = {};
        m_lastValid = std::move(def);
        m_problems = DefinitionValidator::validate(m_lastValid);
    } else {
        m_readError = error;
        m_problems.clear();
    }
    emit changed();
}

} // namespace joinery::ui
