#pragma once

namespace joinery::http {

class RestContext;
class RestRouter;

// Conductor's TaskResource for workers under /api/tasks: poll (a Task, or 204 with no
// Content-Type), batch poll with a long-poll timeout (always a JSON array, [] when empty — a 204
// would break the official SDK's worker), POST /api/tasks (the task id as text/plain), POST
// /api/tasks/update-v2 (the worker's next task of the same type, or 204), update by reference
// name (and its /sync variant), task logs, and get task. Queues, poll data and requeue are in
// QueueRoutes.
class TaskRoutes
{
public:
    static void install(RestRouter &router, RestContext &context);
};

} // namespace joinery::http
