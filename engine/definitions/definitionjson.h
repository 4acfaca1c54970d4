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

// Each reader returns false and fills `error` on failure; the output is then unspecified.
bool workflowDefFromJson(const QJsonObject &json, WorkflowDef *out, DefinitionError *error);
bool workflowTaskFromJson(const QJsonObject &json, const QString &path, WorkflowTask *out, DefinitionError *error);
bool taskDefFromJson(const QJsonObject &json, TaskDef *out, DefinitionError *error);

// Parses a document (object) from bytes, reporting malformed JSON with line and column.
bool parseJsonObject(const QByteArray &bytes, QJsonObject *out, DefinitionError *error);

QJsonObject workflowDefToJson(const WorkflowDef &def);
QJsonObject workflowTaskToJson(const WorkflowTask &task);
QJsonObject taskDefToJson(const TaskDef &def);

} // namespace joinery
