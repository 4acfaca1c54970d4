#include "runtime/soakreport.h"

#include "decider/definitionindex.h"
#include "execution/workflowexecutor.h"

#include <QHash>
#include <QJsonArray>

namespace joinery {

SoakReport SoakReport::analyze(const WorkflowExecutor &executor, const QStringList &workflowIds)
{
    SoakReport r;
    for (const QString &id : workflowIds) {
        const std::optional<WorkflowRun> run = executor.find(id, true);
        if (!run)
            continue;
        if (run->status == WorkflowStatus::Completed) {
            ++r.completed;
            r.completedIds.insert(id);
        }
        QHash<QString, int> completions;
        for (const TaskRun &t : run->tasks) {
            if (t.status == TaskStatus::Completed && !t.retried)
                ++completions[t.referenceTaskName];
        }
        for (auto it = completions.constBegin(); it != completions.constEnd(); ++it) {
            if (it.value() > 1) {
                r.duplicates += it.value() - 1;
                r.problems << QStringLiteral("%1: %2 completed %3 times").arg(id, it.key()).arg(it.value());
            }
        }
        if (!run->definition)
            continue;
        const auto index = DefinitionIndex::of(run->definition);
        for (const TaskRun &join : run->tasks) {
            if (join.type != TaskType::Join || !join.isTerminal())
                continue;
            Millis lastBranch = 0;
            for (const QJsonValue &ref : join.inputData.value(QLatin1String("joinOn")).toArray()) {
                if (const TaskRun *t = run->latestByReference(ref.toString()))
                    lastBranch = std::max(lastBranch, t->endTime);
            }
            const WorkflowTask *wt = index->find(join.baseReference());
            const WorkflowTask *next = wt ? index->next(wt) : nullptr;
            if (!next)
                continue;
            const TaskRun *successor = run->latestByReference(next->taskReferenceName);
            if (successor && lastBranch > 0)
                r.maxJoinLatencyMs = std::max(r.maxJoinLatencyMs, successor->scheduledTime - lastBranch);
        }
    }
    return r;
}

} // namespace joinery
