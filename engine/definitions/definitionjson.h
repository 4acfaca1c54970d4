#pragma once

#include "definitions/taskdef.h"
#include "definitions/workflowdef.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace joinery {

// Conductor JSON <-> definitions. Reading is lenient in the way Conductor's Jackson mapping is:
// unknown fields are kept (in `extra`), missing fields take Conductor's defaults, numbers given
// as strings are refused. A field of the wrong JSON type is an error naming its JSON path, e.g.
// "tasks[2].forkTasks: expected an array of arrays". Structural checks (duplicate references,
// joinOn targets...) are the validator's job, not the reader's.
struct DefinitionError
{
    QString path;    // JSON path, "" for the document itself
    QString message; // what is wrong there
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// JSON paths as errors print them, shared by the reader and the validator:
// jsonPathMember("tasks[2]", "name") is "tasks[2].name", jsonPathMember("", "name") is "name", a key
// that is not a plain identifier is quoted (`decisionCases["a b"]`); jsonPathIndex("tasks", 2) is
// "tasks[2]".
QString jsonPathMember(const QString &path, const QString &key);
QString jsonPathIndex(const QString &path, qsizetype index);

// Optional strings follow Conductor's null-versus-empty distinction: a null QString is an absent
// field (not written back), an empty non-null one was written as "" and is written back so.
//
// Each reader returns false and fills `error` on failure; the output is then unspecified.
bool workflowDefFromJson(const QJsonObject &json, WorkflowDef *out, DefinitionError *error);
bool workflowTaskFromJson(const QJsonObject &json, const QString &path, WorkflowTask *out, DefinitionError *error);
bool taskDefFromJson(const QJsonObject &json, TaskDef *out, DefinitionError *error);

// Parses a document (object) from bytes, reporting malformed JSON with line and column.
bool parseJsonObject(const QByteArray &bytes, QJsonObject *out, DefinitionError *error);

// Writers emit what Conductor's (NON_NULL) serializer emits: every field that always has a value
// in Conductor's model (collections, numbers, flags) and the optional ones only when set; fields
// kept in `extra` are written back unchanged. Reading the result gives an equal definition.
QJsonObject workflowDefToJson(const WorkflowDef &def);
QJsonObject workflowTaskToJson(const WorkflowTask &task);
QJsonObject taskDefToJson(const TaskDef &def);

} // namespace joinery
