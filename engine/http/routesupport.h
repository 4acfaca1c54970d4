#pragma once

#include "execution/workflowexecutor.h"
#include "http/restreply.h"
#include "http/restrequest.h"

#include <QJsonArray>

#include <functional>

namespace joinery::http {

// Small pieces every route file uses: answering an executor reply, and the common 400s.
// Stateless; thread-safe.
class RouteSupport
{
public:
    using Success = std::function<RestResponse(const ActionResult &result)>;

    // An executor Reply that answers `reply`: `success(result)` when the action succeeded,
    // Conductor's error (400/404/409/500/503) otherwise. Safe to run on the writer thread.
    static WorkflowExecutor::Reply answer(const RestReply &reply, Success success);
    // Sends 400 with `message` and returns true when `ok` is false (for early returns).
    static bool refuseIf(bool failed, const RestReply &reply, const QString &message);
    static RestResponse badRequest(const QString &message);
    static RestResponse notFound(const QString &message);

    // Conductor's paging of searches (workflows and tasks): start, size (at most 10,000) and
    // freeText; false with a message when start or size is malformed.
    struct Paging
    {
        int offset = 0;
        int limit = 100;
        QString freeText;
    };
    static bool readPaging(const RestRequest &request, Paging *out, QString *error);
    // Conductor's SearchResult: {totalHits, results}.
    static RestResponse searchResult(qint64 totalHits, const QJsonArray &results);
};

} // namespace joinery::http
