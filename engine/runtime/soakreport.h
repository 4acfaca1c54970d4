#pragma once

#include "common/clock.h"

#include <QSet>
#include <QStringList>

namespace joinery {

class WorkflowExecutor;

// Checks the end state of a set of executions (soak, crash tests): how many completed, how many
// task references completed more than once (duplicates), and the longest time from a JOIN's
// last joined task ending to the task after the JOIN being scheduled.
struct SoakReport
{
    int completed = 0;
    int duplicates = 0;
    Millis maxJoinLatencyMs = 0;
    QSet<QString> completedIds;
    QStringList problems; // one line per duplicate, for reports

    static SoakReport analyze(const WorkflowExecutor &executor, const QStringList &workflowIds);
};

} // namespace joinery
