#include "runtime/httptaskrunner.h"

#include <algorithm>
#include <mutex>

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include "definitions/workflowtask.h"
#include "execution/executiontypes.h"
#include "execution/workflowexecutor.h"
#include "runtime/httptaskrequest.h"

namespace joinery {

// What the executor's listener and the report callbacks hold: they may run on any thread and
// may outlive a stop(), so they never touch the runner except through `runner` under the mutex.
struct HttpTaskRunner::Shared
{
    std::mutex mutex;                 // guards everything below
    HttpTaskRunner *runner = nullptr; // null while stopped: announcements are dropped
    QHash<QString, quint64> tickets;  // task id -> the performance under way
    quint64 nextTicket = 0;

    // Takes a task unless it is already under way, and posts it to the runner's thread.
    void accept(const QString &workflowId, const QString &taskId)
    {
        std::lock_guard lock(mutex);
        if (!runner || tickets.contains(taskId))
            return;
        const quint64 ticket = ++nextTicket;
        tickets.insert(taskId, ticket);
        HttpTaskRunner *r = runner;
        QMetaObject::invokeMethod(
            r->m_context.get(), [r, workflowId, taskId, ticket] { r->perform(workflowId, taskId, ticket, false); },
            Qt::QueuedConnection);
    }

    // The task's result is durable (or refused): it may be taken again. A ticket from before a
    // stop() matches nothing.
    void release(const QString &taskId, quint64 ticket)
    {
        std::lock_guard lock(mutex);
        if (tickets.value(taskId) == ticket)
            tickets.remove(taskId);
    }
};

// One request on the wire, on the runner's thread. The reply's handlers hold it.
struct HttpTaskRunner::Call
{
    QString workflowId;
    QString taskId;
    quint64 ticket = 0;
    bool asyncComplete = false;
    QString uri;
    int connectTimeoutMs = 0;
    int readTimeoutMs = 0;
    QNetworkReply *reply = nullptr;
    QTimer *timer = nullptr; // connection timeout until the request is out, then read timeout
    bool connected = false;
    QByteArray body;
    QString failure; // set when the runner aborts it (timeout, too large)
};

namespace {

bool isAsyncComplete(const WorkflowRun &run, const TaskRun &task)
{
    if (!task.dynamicWorkflowTask.isEmpty())
        return task.dynamicWorkflowTask.value(QLatin1String("asyncComplete")).toBool();
    const WorkflowTask *wt = run.definition ? run.definition->taskByRef(task.baseReference()) : nullptr;
    return wt && wt->asyncComplete;
}

// An HTTP status, as opposed to a transport failure (QNetworkReply's 2xx and 4xx error codes
// stand for HTTP 4xx and 5xx answers).
bool isHttpAnswer(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError || (error >= 201 && error <= 299) || (error >= 401 && error <= 499);
}

} // namespace

HttpTaskRunner::HttpTaskRunner(WorkflowExecutor &executor, const Clock &clock, HttpTaskRunnerOptions options)
    : m_executor(executor), m_clock(clock), m_options(options), m_shared(std::make_shared<Shared>())
{
}

HttpTaskRunner::~HttpTaskRunner()
{
    stop();
}

void HttpTaskRunner::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("http tasks"));
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->runner = this;
    }
    // Listen first, then scan: a task scheduled meanwhile is published before it is announced,
    // so it is either in the scan or announced to the listener (or both; tickets dedupe).
    m_executor.setHttpTaskListener([shared = m_shared](const QString &workflowId, const QString &taskId) {
        shared->accept(workflowId, taskId);
    });
    for (const RunPtr &run : m_executor.liveRuns()) {
        for (const TaskRun &t : run->tasks) {
            if (t.type == TaskType::Http && t.status == TaskStatus::Scheduled)
                m_shared->accept(run->workflowId, t.taskId);
        }
    }
}

void HttpTaskRunner::stop()
{
    if (!m_thread)
        return;
    m_executor.setHttpTaskListener({});
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->runner = nullptr;
        m_shared->tickets.clear();
    }
    m_stopping = true;
    QMetaObject::invokeMethod(m_context.get(), [this] { shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_context.reset(); // no children left; posted performs die with it
    m_thread.reset();
}

int HttpTaskRunner::inFlight() const
{
    std::lock_guard lock(m_shared->mutex);
    return int(m_shared->tickets.size());
}

void HttpTaskRunner::perform(const QString &workflowId, const QString &taskId, quint64 ticket, bool delayDone)
{
    if (m_stopping.load())
        return;
    const RunPtr run = m_executor.snapshot(workflowId);
    const TaskRun *task = run ? run->taskById(taskId) : nullptr;
    if (!task || run->isTerminal() || task->type != TaskType::Http || task->status != TaskStatus::Scheduled) {
        m_shared->release(taskId, ticket); // ended, canceled or reported meanwhile
        return;
    }
    // A retry's back-off, measured on the engine clock, waited out in real time.
    const Millis wait = task->scheduledTime + task->callbackAfterSeconds * 1000 - m_clock.now();
    if (!delayDone && task->callbackAfterSeconds > 0 && wait > 0) {
        auto *timer = new QTimer(m_context.get());
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, m_context.get(), [this, timer, workflowId, taskId, ticket] {
            timer->deleteLater();
            perform(workflowId, taskId, ticket, true);
        });
        timer->start(int(std::min<Millis>(wait, 24 * 3600 * 1000)));
        return;
    }
    HttpTaskRequest request;
    QString error;
    if (!HttpTaskRequest::fromInput(task->inputData, &request, &error)) {
        report(workflowId, taskId, ticket, TaskStatus::Failed, {}, error);
        return;
    }
    auto call = std::make_shared<Call>();
    call->workflowId = workflowId;
    call->taskId = taskId;
    call->ticket = ticket;
    call->asyncComplete = isAsyncComplete(*run, *task);
    call->uri = request.url.toDisplayString();
    call->connectTimeoutMs = request.connectTimeoutMs > 0 ? request.connectTimeoutMs : m_options.connectTimeoutMs;
    call->readTimeoutMs = request.readTimeoutMs > 0 ? request.readTimeoutMs : m_options.readTimeoutMs;
    begin(call, request);
}

void HttpTaskRunner::begin(const std::shared_ptr<Call> &call, const HttpTaskRequest &request)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(m_context.get());
    QNetworkRequest r(request.url);
    r.setRawHeader(QByteArrayLiteral("Accept"), request.accept);
    if (request.hasBody)
        r.setRawHeader(QByteArrayLiteral("Content-Type"), request.contentType);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);

    if (request.method == "GET" && !request.hasBody)
        call->reply = m_network->get(r);
    else if (request.method == "HEAD")
        call->reply = m_network->head(r);
    else
        call->reply = m_network->sendCustomRequest(r, request.method, request.body);
    QNetworkReply *reply = call->reply;
    QObject *context = m_context.get();

    call->timer = new QTimer(reply);
    call->timer->setSingleShot(true);
    QObject::connect(call->timer, &QTimer::timeout, context, [this, call] {
        if (call->connected)
            fail(*call, QStringLiteral("read timed out: no data from %1 for %2 ms").arg(call->uri).arg(call->readTimeoutMs));
        else
            fail(*call, QStringLiteral("connection timed out: %1 not reached within %2 ms")
                            .arg(call->uri).arg(call->connectTimeoutMs));
    });
    QObject::connect(reply, &QNetworkReply::requestSent, context, [this, call] { activity(*call); });
    QObject::connect(reply, &QNetworkReply::uploadProgress, context, [this, call](qint64 sent, qint64) {
        if (sent > 0)
            activity(*call);
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [this, call] {
        activity(*call);
        const QVariant length = call->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxResponseBytes)
            fail(*call, QStringLiteral("response too large: %1 bytes announced, at most %2 allowed")
                            .arg(length.toLongLong()).arg(m_options.maxResponseBytes));
    });
    QObject::connect(reply, &QNetworkReply::readyRead, context, [this, call] {
        if (!call->failure.isEmpty())
            return;
        call->body += call->reply->readAll();
        if (call->body.size() > m_options.maxResponseBytes)
            fail(*call, QStringLiteral("response too large: more than %1 bytes").arg(m_options.maxResponseBytes));
        else
            activity(*call);
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [this, call] { finished(call); });
    m_calls.insert(call->taskId, call);
    call->timer->start(call->connectTimeoutMs);
}

void HttpTaskRunner::activity(Call &call)
{
    call.connected = true;
    if (call.failure.isEmpty() && call.reply->isRunning())
        call.timer->start(call.readTimeoutMs);
}

void HttpTaskRunner::fail(Call &call, const QString &reason)
{
    if (!call.failure.isEmpty() || !call.reply->isRunning())
        return;
    call.failure = reason;
    call.reply->abort(); // emits finished()
}

void HttpTaskRunner::finished(std::shared_ptr<Call> call)
{
    QNetworkReply *reply = call->reply;
    call->timer->stop();
    QObject::disconnect(reply, nullptr, m_context.get(), nullptr);
    reply->deleteLater();
    m_calls.remove(call->taskId);
    if (m_stopping.load())
        return; // aborted by stop(): the task stays SCHEDULED for the next start()
    if (!call->failure.isEmpty()) {
        report(call->workflowId, call->taskId, call->ticket, TaskStatus::Failed, {}, call->failure);
        return;
    }
    call->body += reply->readAll();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || !isHttpAnswer(reply->error())) {
        report(call->workflowId, call->taskId, call->ticket, TaskStatus::Failed, {},
               QStringLiteral("HTTP call to %1 failed: %2").arg(call->uri, reply->errorString()));
        return;
    }
    if (call->body.size() > m_options.maxResponseBytes) {
        report(call->workflowId, call->taskId, call->ticket, TaskStatus::Failed, {},
               QStringLiteral("response too large: more than %1 bytes").arg(m_options.maxResponseBytes));
        return;
    }
    const int code = status.toInt();
    const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QJsonObject output = HttpTaskRequest::responseOutput(code, phrase, reply->rawHeaderPairs(), call->body);
    if (code >= 200 && code < 300) {
        report(call->workflowId, call->taskId, call->ticket,
               call->asyncComplete ? TaskStatus::InProgress : TaskStatus::Completed, output, QString());
        return;
    }
    QString reason = QStringLiteral("HTTP %1 %2 from %3").arg(code).arg(phrase, call->uri);
    const QString excerpt = QString::fromUtf8(call->body.left(300)).simplified();
    if (!excerpt.isEmpty())
        reason += QStringLiteral(": ") + excerpt;
    report(call->workflowId, call->taskId, call->ticket, TaskStatus::Failed, output, reason);
}

void HttpTaskRunner::report(const QString &workflowId, const QString &taskId, quint64 ticket, TaskStatus status,
                            const QJsonObject &output, const QString &reason)
{
    TaskResult result;
    result.workflowId = workflowId;
    result.taskId = taskId;
    result.status = status;
    result.outputData = output;
    result.reasonForIncompletion = reason;
    result.workerId = QStringLiteral("joinery-http");
    // The reply runs on the writer thread (or here, at once, on a refusal): only Shared.
    m_executor.updateTaskAsync(result, LockRole::SystemTaskWorker, [shared = m_shared, taskId, ticket](const ActionResult &r) {
        // Conflict/NotFound: the task or its workflow ended meanwhile (canceled, terminated).
        if (!r.ok() && r.error != ErrorKind::Conflict && r.error != ErrorKind::NotFound)
            qWarning("joinery: HTTP task %s: %s", qPrintable(taskId), qPrintable(r.message));
        shared->release(taskId, ticket);
    });
}

void HttpTaskRunner::shutdown()
{
    const auto calls = m_calls;
    for (const auto &call : calls)
        call->reply->abort(); // finished() sees m_stopping and reports nothing
    m_calls.clear();
    const QObjectList children = m_context->children();
    qDeleteAll(children); // the network manager (with its replies) and back-off timers
    m_network = nullptr;
}

} // namespace joinery
