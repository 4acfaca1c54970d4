#include "http/routesupport.h"

#include <climits>

namespace joinery::http {

WorkflowExecutor::Reply RouteSupport::answer(const RestReply &reply, Success success)
{
    return [reply, success = std::move(success)](const ActionResult &result) {
        reply.send(result.ok() ? success(result) : RestResponse::failure(result));
    };
}

bool RouteSupport::refuseIf(bool failed, const RestReply &reply, const QString &message)
{
    if (failed)
        reply.send(badRequest(message));
    return failed;
}

RestResponse RouteSupport::badRequest(const QString &message)
{
    return RestResponse::error(400, message);
}

RestResponse RouteSupport::notFound(const QString &message)
{
    return RestResponse::error(404, message);
}

bool RouteSupport::readPaging(const RestRequest &request, Paging *out, QString *error)
{
    qint64 start = 0, size = 100;
    if (!request.queryInt(QStringLiteral("start"), 0, 0, INT_MAX, &start, error)
        || !request.queryInt(QStringLiteral("size"), 100, 0, 10'000, &size, error))
        return false;
    out->offset = int(start);
    out->limit = int(size);
    out->freeText = request.queryValue(QStringLiteral("freeText"));
    return true;
}

RestResponse RouteSupport::searchResult(qint64 totalHits, const QJsonArray &results)
{
    return RestResponse::json(QJsonObject {{QStringLiteral("totalHits"), double(totalHits)},
        {QStringLiteral("results"), results}});
}

} // namespace joinery::http
