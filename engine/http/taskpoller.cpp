#include "http/taskpoller.h"

#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"
#include "http/polldatatracker.h"
#include "http/restcontext.h"
#include "runtime/engine.h"

#include <atomic>
#include <chrono>
#include <future>

namespace joinery::http {
namespace {

constexpr int kSliceMs = 250;

// Claims through the executor and waits for the claim to be durable (pool threads only).
QList<TaskRun> claim(WorkflowExecutor *executor, const TaskPoller::Request &r)
{
    auto promise = std::make_shared<std::promise<QList<TaskRun>>>();
    std::future<QList<TaskRun>> claimed = promise->get_future();
    executor->pollAsync(r.queue, r.workerId, r.count,
        [promise](QList<TaskRun> tasks) { promise->set_value(std::move(tasks)); });
    return claimed.get();
}

} // namespace

void TaskPoller::poll(RestContext &context, const Request &asked, Done done)
{
    context.pollData()->record(
        asked.queue, asked.domain, asked.workerId, context.engine().clock().now());
    // From here on `queue` is the queue itself: the task type's, or its domain's.
    Request request = asked;
    request.queue = TaskQueues::queueName(asked.queue, asked.domain);
    WorkflowExecutor *executor = &context.executor();

    // pollAsync answers an empty poll inline, and a claim later on the writer thread. Only the
    // inline empty answer turns into a long poll; the handshake decides who answers when a
    // claim that found nothing races with this function returning.
    enum State { Calling, EmptyInline, Returned };
    auto state = std::make_shared<std::atomic<int>>(Calling);
    const bool mayWait = request.timeoutMs > 0;
    executor->pollAsync(request.queue, request.workerId, request.count,
        [state, mayWait, done](QList<TaskRun> tasks) {
            int expected = Calling;
            if (tasks.isEmpty() && mayWait && state->compare_exchange_strong(expected, EmptyInline))
                return; // the caller turns this into a long poll
            done(std::move(tasks));
        });
    int expected = Calling;
    if (state->compare_exchange_strong(expected, Returned))
        return; // answered by the claim (now or later)

    const auto deadline
        = std::chrono::steady_clock::now() + std::chrono::milliseconds(request.timeoutMs);
    TaskQueues *queues = &context.engine().queues();
    context.runLongPoll([executor, queues, stop = context.stopFlag(), request, deadline, done] {
        using namespace std::chrono;
        for (;;) {
            const qint64 left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
            if (left <= 0 || stop->load())
                break;
            // Wait on the queue's own condition; put back what we saw and claim through the
            // owners (the executor's rule: only a workflow's owner changes its tasks).
            const QList<TaskQueues::Entry> seen
                = queues->pop(request.queue, 1, int(std::min<qint64>(left, kSliceMs)));
            for (const TaskQueues::Entry &e : seen)
                queues->push(request.queue, e);
            if (seen.isEmpty())
                continue;
            QList<TaskRun> tasks = claim(executor, request);
            if (!tasks.isEmpty())
                return done(std::move(tasks));
        }
        done({});
    });
}

} // namespace joinery::http
