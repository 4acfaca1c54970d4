#pragma once

#include "source/eventstreamreader.h"
#include "source/executionsource.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace joinery::ui {

class ChangeCoalescer;
class ConductorClient;
class ConductorPoller;

// The ExecutionSource over a remote server's REST API: a `joinery serve` or any Conductor
// server. Requests go through a ConductorClient (Qt Network, never blocking the GUI thread);
// answers are parsed here and handed to the callbacks.
//
// connectToServer() probes `GET /api/joinery/info`. A Joinery server lists its capabilities
// there and pushes changes over `GET /api/joinery/events` (Server-Sent Events), which feed the
// same signals as the embedded engine: workflows through a ChangeCoalescer (≤ ~30 batches a
// second), stalls, lock events and metrics as they come. A 404 means plain Conductor: only the
// standard endpoints, live changes polled by a ConductorPoller every 2 s, and stalls derived
// from execution JSON (stallsDerived() is then true). A network failure is reported as
// "disconnected: <reason>" and the probe is retried with a growing delay (1 s … 30 s); a broken
// event stream does the same, and once it is back the source reads what it missed with the plain
// endpoints (recently updated and running workflows, the stall list), as docs/joinery-api.md asks.
//
// ready() is emitted once, after the first probe that reached the server (or failed to): the
// capabilities are known from then on, which is when a window should be built on the source.
//
// Thread safety: GUI thread only, like every ExecutionSource. Destroying it aborts what is in
// flight; no callback runs afterwards.
class RemoteSource final : public ExecutionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteSource)

public:
    enum class ServerKind { Unknown, Joinery, Conductor };

    RemoteSource(const QUrl &url, const QString &token, QObject *parent = nullptr);
    ~RemoteSource() override;

    void connectToServer();
    bool isReady() const { return m_ready; }
    ServerKind serverKind() const { return m_kind; }
    bool stallsDerived() const { return m_kind == ServerKind::Conductor; }
    QString serverVersion() const { return m_version; }
    QUrl url() const;
    // The last state word emitted ("connected", "disconnected: …"; empty before the first probe
    // answered), for a window built after it was emitted.
    QString state() const { return m_state; }

    QString describe() const override;
    Capabilities capabilities() const override { return m_capabilities; }

    void queryExecutions(const ExecutionQuery &query, std::function<void(ExecutionPage)> done) override;
    void fetchExecution(const QString &workflowId, std::function<void(RunSnapshot)> done) override;
    void fetchDefinitions(std::function<void(QList<WorkflowDefPtr>)> done) override;
    void fetchStalls(std::function<void(QList<Stall>)> done) override;
    void previewDecide(const QString &workflowId,
        std::function<void(QStringList lines, QString error)> done) override;
    void fetchTaskLogs(const QString &taskId, std::function<void(QStringList lines)> done) override;

    void registerDefinition(const QJsonObject &definition, bool overwrite, Done done) override;
    void removeDefinition(const QString &name, int version, Done done) override;
    void startWorkflow(const StartRequest &request, Done done) override;
    void act(const QString &workflowId, const WorkflowAction &action, Done done) override;
    void updateTask(const TaskResult &result, Done done) override;

    QJsonObject faults() const override { return m_faults; }
    void setFaults(const QJsonObject &settings, Done done) override;
    bool demoLoadRunning() const override { return m_demoRunning; }
    void setDemoLoad(bool on, int workflowsPerSecond) override;

signals:
    void ready();

private:
    void probe();
    void probed(int status, const QJsonObject &info, const QString &error);
    void announceReady();
    void setState(const QString &state);
    void disconnected(const QString &reason);
    void setConnected();
    void startLive();
    void openEvents();
    void readEvents();
    void eventStreamEnded();
    void handleEvent(const EventStreamReader::Event &event);
    void resync();
    void refreshJoineryState();
    void finish(Done done, const ActionResult &result);

    ConductorClient *m_client = nullptr;
    ConductorPoller *m_poller = nullptr; // live changes from a server without the event stream
    ConductorPoller *m_resync = nullptr; // catches up after the event stream was reconnected
    ChangeCoalescer *m_coalescer = nullptr;

    ServerKind m_kind = ServerKind::Unknown;
    Capabilities m_capabilities;
    QString m_version;
    QString m_state;
    bool m_ready = false;
    bool m_connected = false;
    bool m_liveStarted = false;
    QTimer m_retry;
    int m_retryDelayMs = 1000;

    QPointer<QNetworkReply> m_events;
    EventStreamReader m_eventReader;
    qint64 m_lockCursor = 0;
    bool m_streamedBefore = false;

    QJsonObject m_faults;
    bool m_demoRunning = false;
};

} // namespace joinery::ui
