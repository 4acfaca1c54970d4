#pragma once

#include "execution/executiontypes.h"
#include "source/executionsource.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace joinery::ui {

// One REST request in Conductor's terms: method, path under the server's base URL, query
// (decoded values; ConductorClient encodes them) and JSON body.
struct ConductorCall
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
};

// How the remote client words each request for Conductor's API (reference/conductor-notes.md
// §5), kept apart from sending so that the mapping reads as one table and tests can check it.
// Pure functions; thread-safe.
namespace ConductorCalls {

// A path segment, percent-encoded (ids and names may hold anything).
QString segment(const QString &text);
QString workflowPath(const QString &workflowId, const QString &suffix = QString());
// `GET /api/workflow/search` parameters: `query` in Conductor's syntax (status IN (…),
// workflowType, correlationId, startTime > / <), `freeText`, `sort` ("field:ASC|DESC"),
// `start`, `size`.
QUrlQuery search(const ExecutionQuery &query);
// Every WorkflowAction on its Conductor endpoint (pause, resume, terminate with a reason,
// restart, retry, rerun, skip task, decide, remove, and the sweeper's requeue).
ConductorCall action(const QString &workflowId, const WorkflowAction &action);
ConductorCall start(const StartRequest &request);   // POST /api/workflow
ConductorCall taskUpdate(const TaskResult &result); // POST /api/tasks

} // namespace ConductorCalls

} // namespace joinery::ui
