#pragma once

#include "execution/workflowexecutor.h"
#include "store/changeset.h"

#include <QSet>

namespace joinery {

// One turn of a workflow's owner: applies the pending events to a copy of the execution, lets
// the decider run when anything could have made progress, and turns the result into one change
// set plus the work to do once it is durable (queue pushes, replies, signals to parents and
// children, observers). Runs on the owner's thread while it holds the workflow.
class OwnerPass
{
public:
    OwnerPass(WorkflowExecutor &executor, const QString &workflowId);
    void run(std::deque<std::shared_ptr<WorkflowExecutor::Event>> events);

    // The queue a scheduled worker task waits in.
    static QString queueOf(const TaskRun &task);

private:
    using Event = WorkflowExecutor::Event;

    bool load();
    void apply(Event &event);
    void applyCreate(Event &event);
    void applyUpdate(Event &event);
    void applyPoll(Event &event);
    void applyAction(Event &event);
    void reconcileChildren();
    void decide();
    void createChild(const ChildWorkflowRequest &request);
    void startWorkflowInSameCommit(const StartRequest &request, const QString &reason);
    void writeChanges();
    void commit();

    void changed(const QString &taskId, store::ChangeSet::TaskScope scope);
    void replyLater(const WorkflowExecutor::Reply &reply, const ActionResult &result);
    Millis taskDue(const TaskRun &task) const;
    Millis workflowDue() const;
    std::optional<TaskDef> taskDefOf(const TaskRun &task) const;

    WorkflowExecutor &m_x;
    const QString m_workflowId;
    const Millis m_now;
    RunPtr m_published;           // what readers saw before this pass
    WorkflowRun m_run;            // the execution being changed
    qint64 m_overlayStart = 0;    // legacy writes after this sequence happened during the pass
    bool m_exists = false;
    bool m_isNew = false;
    bool m_removed = false;
    bool m_workflowChanged = false;
    bool m_needDecide = false;
    bool m_decided = false;
    bool m_forced = false; // a Decide action: always Joinery's full decide, even in legacy mode
    qint64 m_markerGeneration = 0;
    QStringList m_changedTasks;                              // in first-change order
    QHash<QString, store::ChangeSet::TaskScope> m_scopes;    // how much of each row to write
    QStringList m_removedTasks;
    QSet<QString> m_requeue; // SCHEDULED worker tasks to put back in their queue
    QStringList m_childrenToTerminate;
    QList<RunPtr> m_childrenCreated;
    store::ChangeSet m_changes;
    std::vector<std::function<void()>> m_afterCommit;    // side effects once durable
    std::vector<std::function<void(bool ok)>> m_replies; // answers, also on failure
    QHash<QString, Millis> m_completedAt;  // task -> when its completion reached the engine
    QList<Millis> m_joinStarts;            // for each JOIN ended here: when its last branch ended
    QByteArray m_definitionJson;           // for a new execution's first write
};

} // namespace joinery
