#pragma once

namespace joinery::http {

class RestContext;
class RestRouter;

// Conductor's AdminResource under /api/admin — pending tasks of a type, sweep/requeue (a durable
// decide for one workflow), consistency/verifyAndRepair (requeue what is missing from the task
// queues, then decide; answers whether anything was repaired), queue sizes and configuration —
// plus health (/health and /api/health), version (/api/version, text/plain) and the token
// exchange (POST /api/token; 404 when the server has no token, which tells the SDK to go on
// without authentication).
class AdminRoutes
{
public:
    static void install(RestRouter &router, RestContext &context);
};

} // namespace joinery::http
