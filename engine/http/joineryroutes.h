#pragma once

namespace joinery::http {

class EventHub;
class RestContext;
class RestRouter;

// Joinery's extensions under /api/joinery (docs/joinery-api.md): what Conductor has no endpoint
// for and an attached window needs to monitor a remote engine as fully as the embedded one —
// server info, the stall detector's list, lock events from a cursor, engine metrics, a dry-run
// decide, fault-injection settings, demo load, and the Server-Sent Events stream fed by `hub`.
class JoineryRoutes
{
public:
    static void install(RestRouter &router, RestContext &context, EventHub &hub);
};

} // namespace joinery::http
