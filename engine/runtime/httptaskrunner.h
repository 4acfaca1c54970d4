#pragma once

#include "common/clock.h"
#include "model/taskstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QObject;
class QThread;

namespace joinery {

class HttpTaskRequest;
class WorkflowExecutor;

struct HttpTaskRunnerOptions
{
    int connectTimeoutMs = 10'000; // when http_request.connectionTimeOut is absent
    int readTimeoutMs = 60'000;    // when http_request.readTimeOut is absent
    qint64 maxResponseBytes = 8 * 1024 * 1024; // a larger (decoded) body fails the task
};

// Performs HTTP system tasks (Conductor's HttpTask, reference/conductor-notes.md §1.4): the
// decider leaves an HTTP task SCHEDULED with its resolved http_request, the executor tells this
// runner after the commit, and the runner makes the call on its own thread with a
// QNetworkAccessManager, then reports a TaskResult through updateTaskAsync (role
// SystemTaskWorker): 2xx COMPLETED (IN_PROGRESS when the task is asyncComplete), any other status
// FAILED; a refused, timed-out, oversized or malformed call FAILED with the reason. The output is
// {response: {statusCode, reasonPhrase, headers, body}}.
//
// The task stays SCHEDULED while its call runs, so nothing is lost on a crash or stop(): start()
// performs every SCHEDULED HTTP task of the live executions as well as those announced later.
// A retry's back-off (callbackAfterSeconds) is waited out on the runner's thread.
//
// Thread safety: start() and stop() from one thread (not the runner's own, not an executor
// callback); the executor's listener may fire on any thread and only posts to the runner's
// thread, so no engine thread ever waits for the network. inFlight() from any thread.
//
// Invariants: a task is performed at most once at a time (m_shared->tickets); a call is
// reported only if it ended by itself, never when stop() aborted it.
class HttpTaskRunner final
{
public:
    HttpTaskRunner(WorkflowExecutor &executor, const Clock &clock, HttpTaskRunnerOptions options = {});
    ~HttpTaskRunner(); // stop()
    HttpTaskRunner(const HttpTaskRunner &) = delete;
    HttpTaskRunner &operator=(const HttpTaskRunner &) = delete;

    // Starts the thread, becomes the executor's HTTP task listener and picks up the SCHEDULED
    // HTTP tasks of live executions. Does nothing when running.
    void start();
    // Stops listening, aborts the calls in flight without reporting them (they stay SCHEDULED and
    // are performed again by the next start()) and joins the thread. Does nothing when stopped.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    // Tasks accepted and not yet reported durably (waiting, calling or reporting).
    int inFlight() const;

private:
    struct Shared;
    struct Call;

    void perform(const QString &workflowId, const QString &taskId, quint64 ticket, bool delayDone);
    void begin(const std::shared_ptr<Call> &call, const HttpTaskRequest &request);
    void activity(Call &call);
    void fail(Call &call, const QString &reason);
    void finished(std::shared_ptr<Call> call); // by value: its handler disconnects itself
    void report(const QString &workflowId, const QString &taskId, quint64 ticket, TaskStatus status,
                const QJsonObject &output, const QString &reason);
    void shutdown();

    WorkflowExecutor &m_executor;
    const Clock &m_clock;
    const HttpTaskRunnerOptions m_options;
    std::shared_ptr<Shared> m_shared; // also held by the executor's listener and report callbacks
    std::atomic<bool> m_stopping{false};

    // Owned by the starting thread; m_context lives on m_thread and parents everything there.
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context;

    // Used only on m_thread.
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, std::shared_ptr<Call>> m_calls; // task id -> call on the wire
};

} // namespace joinery
