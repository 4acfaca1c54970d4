#pragma once

#include "execution/executiontypes.h"
#include "execution/metadataregistry.h"

namespace joinery {

// The workflow-level actions (pause, resume, terminate, restart, retry, rerun, skip) as changes
// to an execution value, with Conductor's rules for when each is allowed. Pure: the owner applies
// the result, writes it, and decides afterwards when `decideAfter` says so.
struct ActionEffect
{
    ActionResult result;
    bool decideAfter = false;
    bool workflowChanged = false;
    QStringList changedTaskIds;
    QStringList removedTaskIds;     // rows to delete (restart, rerun)
    QStringList childrenToTerminate; // SUB_WORKFLOW children of canceled tasks
};

class WorkflowActions
{
public:
    static ActionEffect apply(WorkflowRun &run, const WorkflowAction &action, Millis now,
                              const MetadataRegistry &metadata);
};

} // namespace joinery
