#pragma once

namespace joinery::http {

class RestContext;
class RestRouter;

// Conductor's workflow actions under /api/workflow: decide, pause, resume, skip task, rerun,
// restart, retry, terminate, remove and terminate-remove, and WorkflowBulkResource under
// /api/workflow/bulk (at most RestServerOptions::maxBulkIds ids, answered with a BulkResponse
// {bulkErrorResults, bulkSuccessfulResults}). Every action goes to the workflow's owner through
// the executor and is answered when it is durable; an illegal transition is a 409 and changes
// nothing (the owner refuses it before writing).
class WorkflowActionRoutes
{
public:
    static void install(RestRouter &router, RestContext &context);
};

} // namespace joinery::http
