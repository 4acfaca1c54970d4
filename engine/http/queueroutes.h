#pragma once

namespace joinery::http {

class RestContext;
class RestRouter;

// Conductor's task-queue endpoints under /api/tasks/queue: sizes (per requested type), size (one
// type, a bare number), all (every queue), poll data (per type and all), and requeue of a type's
// pending tasks (SCHEDULED worker tasks missing from their queue go back in, durably, through
// each workflow's owner; the answer is how many, as text/plain).
class QueueRoutes
{
public:
    static void install(RestRouter &router, RestContext &context);
};

} // namespace joinery::http
