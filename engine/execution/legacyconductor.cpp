// Legacy mode: Conductor before v3.31.2, reproduced on purpose (DESIGN.md, "The problem it
// solves"). Task results and JOIN completions are written outside the workflow's lock, the
// follow-up decide only tries the lock and is dropped on a miss, and nothing records that a
// decide was owed. It exists so that people can watch a stuck JOIN happen, see the stall
// detector name it, and practise the recovery.

#include "execution/workflowexecutor.h"

#include "decider/definitionindex.h"
#include "execution/faultinjection.h"
#include "execution/lockeventlog.h"
#include "execution/ownerevent.h"
#include "store/storewriter.h"

namespace joinery {
namespace {

// Conductor's isLazyEvaluateWorkflow: a successful task named in some JOIN's joinOn of a static
// fork gets no decide after its update; the JOIN's own worker is supposed to move things on.
bool isLazy(const WorkflowRun &run, const TaskRun &task)
{
    if (!task.isSuccessful() || !task.dynamicWorkflowTask.isEmpty() || !run.definition)
        return false;
    for (const WorkflowTask *t : run.definition->allTasks()) {
        if (t->type == TaskType::Join && t->joinOn.contains(task.baseReference()))
            return true;
    }
    return false;
}

} // namespace


bool WorkflowExecutor::legacyWrite(const QString &workflowId,
                                   const std::function<bool(WorkflowRun &, QStringList *)> &mutate,
                                   std::function<void(bool)> done)
{
    QStringList changed;
    RunPtr next;
    {
        // The live version and the overlay change together (slot lock, then cache lock — the
        // order OwnerPass::commit uses), so a pass that publishes meanwhile either sees this
        // write in its snapshot or merges it from the overlay; it can never drop it.
        std::lock_guard slotLock(m_slotMutex);
        std::lock_guard cacheLock(m_cacheMutex);
        RunPtr current = m_live.value(workflowId);
        if (!current)
            return false;
        WorkflowRun copy = *current;
        if (!mutate(copy, &changed) || changed.isEmpty())
            return false;
        next = std::make_shared<const WorkflowRun>(std::move(copy));
        m_live.insert(workflowId, next);
        auto &overlay = m_overlays[workflowId];
        for (const QString &id : std::as_const(changed)) {
            if (const TaskRun *t = next->taskById(id))
                overlay.insert(id, LegacyOverlay{++m_overlaySequence, *t});
        }
    }
    store::ChangeSet changes;
    for (const QString &id : std::as_const(changed)) {
        if (const TaskRun *t = next->taskById(id))
            changes.putTask(*t, 0, store::ChangeSet::TaskScope::StateAndOutput);
    }
    m_writer.submit(std::move(changes), [this, next, changed, done](bool ok) {
        if (ok)
            notifyChanged(next, changed);
        if (done)
            done(ok);
    });
    return true;
}

bool WorkflowExecutor::legacyDecide(const QString &workflowId, LockRole role, int timeToTryMs)
{
    LockEvent e;
    e.workflowId = workflowId;
    e.role = role;
    e.thread = threadName();
    e.requestedAt = m_clock.now();
    const bool injected = m_faults.roll(m_faults.lockMissRate.load());
    {
        std::unique_lock lock(m_slotMutex);
        const bool free = !injected
            && m_slotReleased.wait_for(lock, std::chrono::milliseconds(std::max(0, timeToTryMs)),
                                       [&] { return !m_slots.value(workflowId).running; });
        if (!free) {
            lock.unlock();
            // Conductor before v3.31.2: `return null`, and nobody records that a decide is owed.
            e.gaveUpAt = m_clock.now();
            e.injected = injected;
            e.dropped = true;
            m_locks.append(e);
            return false;
        }
        Slot &slot = m_slots[workflowId];
        slot.running = true;
        ++m_runningOwners;
        auto event = std::make_shared<Event>();
        event->kind = Event::Signal;
        event->role = role;
        event->receivedAt = e.requestedAt;
        slot.events.push_back(event);
    }
    m_pool.start([this, workflowId] { ownerLoop(workflowId, true); });
    return true;
}

void WorkflowExecutor::legacyUpdateTask(const TaskResult &r, LockRole role, Reply reply)
{
    std::optional<ActionResult> refusal;
    bool lazy = false;
    const Millis now = m_clock.now();
    const bool written = legacyWrite(
        r.workflowId,
        [&](WorkflowRun &run, QStringList *changed) {
            const int i = run.indexOfTask(r.taskId);
            if (i < 0) {
                refusal = ActionResult::failure(ErrorKind::NotFound, QStringLiteral("task %1 not found in workflow %2").arg(r.taskId, r.workflowId));
                return false;
            }
            TaskRun &t = run.tasks[i];
            if (t.isTerminal() || run.isTerminal()) {
                // Conductor ignores updates to ended tasks and workflows.
                refusal = t.status == r.status ? ActionResult::success(t.taskId)
                                               : ActionResult::failure(ErrorKind::Conflict,
                                                                       QStringLiteral("task %1 is already %2").arg(t.taskId, taskStatusName(t.status)));
                return false;
            }
            t.status = r.status;
            t.outputData = r.outputData;
            if (!r.reasonForIncompletion.isEmpty())
                t.reasonForIncompletion = r.reasonForIncompletion;
            if (!r.workerId.isEmpty())
                t.workerId = r.workerId;
            if (t.startTime == 0)
                t.startTime = now;
            t.updateTime = now;
            if (t.isTerminal())
                t.endTime = now;
            lazy = isLazy(run, t);
            changed->append(t.taskId);
            return true;
        },
        [this, reply, id = r.taskId](bool ok) {
            if (reply)
                reply(ok ? ActionResult::success(id)
                         : ActionResult::failure(ErrorKind::Internal, QStringLiteral("the change could not be stored")));
        });
    if (!written) {
        if (reply)
            reply(refusal.value_or(ActionResult::failure(ErrorKind::NotFound, QStringLiteral("workflow %1 is not running").arg(r.workflowId))));
        return;
    }
    if (!lazy && isTerminal(r.status))
        legacyDecide(r.workflowId, role, kLegacyLockTimeToTryMs);
}

} // namespace joinery
