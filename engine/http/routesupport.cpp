#include "http/routesupport.h"

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

} // namespace joinery::http
