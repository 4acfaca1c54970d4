#pragma once

namespace joinery::http {

class RestContext;
class RestRouter;

// Conductor's WorkflowResource reads and starts under /api/workflow: start by request body and by
// name (the id comes back as text/plain), get with or without tasks, status, a workflow's tasks
// page, search and search-v2 (SearchQueryParser), running ids, and executions by correlation id.
// Starts go through the executor's asynchronous start and answer once the start is durable;
// everything that may read the store or serialise a large execution runs on the blocking pool.
class WorkflowRoutes
{
public:
    static void install(RestRouter &router, RestContext &context);
};

} // namespace joinery::http
