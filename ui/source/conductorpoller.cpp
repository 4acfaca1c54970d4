#include "source/conductorpoller.h"

#include "runtime/stalldetector.h"
#include "source/conductorclient.h"
#include "source/runjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace joinery::ui {

namespace {
constexpr int kRunningLimit = 200;
constexpr int kRecentLimit = 50;
constexpr Millis kStallThresholdMs = 5000; // the embedded detector's default

bool sameStalls(const QList<Stall> &a, const QList<Stall> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].workflowId != b[i].workflowId || a[i].reason != b[i].reason
            || a[i].taskReference != b[i].taskReference)
            return false;
    }
    return true;
}
} // namespace

ConductorPoller::ConductorPoller(ConductorClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { pollNow(); });
}

void ConductorPoller::start(int intervalMs)
{
    m_timer.start(intervalMs);
    pollNow();
}

void ConductorPoller::stop()
{
    m_timer.stop();
}

void ConductorPoller::pollNow(std::function<void()> then)
{
    if (then)
        m_afterRound << std::move(then);
    if (!m_busy)
        startRound();
}

QList<Stall> ConductorPoller::deriveStalls(const QList<RunSnapshot> &runs, Millis now, Millis threshold)
{
    StallDetector::Context context;
    context.now = now;
    context.threshold = threshold;
    QList<Stall> out;
    for (const RunSnapshot &run : runs) {
        if (run) {
            if (std::optional<Stall> stall = StallDetector::analyze(*run, context))
                out << *stall;
        }
    }
    std::sort(out.begin(), out.end(),
        [](const Stall &a, const Stall &b) { return a.workflowId < b.workflowId; });
    return out;
}

void ConductorPoller::startRound()
{
    m_busy = true;
    m_outstanding = 2;
    m_failure.clear();
    m_candidates.clear();
    m_runningNow.clear();
    m_batch.clear();
    m_gone.clear();
    for (const bool runningOnly : {true, false}) {
        QUrlQuery query;
        if (runningOnly)
            query.addQueryItem(QStringLiteral("query"), QStringLiteral("status IN (RUNNING)"));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("updateTime:DESC"));
        query.addQueryItem(QStringLiteral("start"), QStringLiteral("0"));
        query.addQueryItem(QStringLiteral("size"),
            QString::number(runningOnly ? kRunningLimit : kRecentLimit));
        query.addQueryItem(QStringLiteral("freeText"), QStringLiteral("*"));
        m_client->get(QStringLiteral("/api/workflow/search"), query,
            [this, runningOnly](const ConductorClient::Response &r) {
                if (!r.ok()) {
                    m_failure = r.error;
                    searched({}, runningOnly);
                    return;
                }
                QList<ExecutionSummary> rows;
                for (const QJsonValue &v : r.json().object().value(QLatin1String("results")).toArray())
                    rows << executionSummaryFromJson(v.toObject());
                searched(rows, runningOnly);
            });
    }
}

void ConductorPoller::searched(const QList<ExecutionSummary> &rows, bool runningOnly)
{
    for (const ExecutionSummary &row : rows) {
        m_candidates.insert(row.workflowId, row.updateTime);
        if (runningOnly && row.status == WorkflowStatus::Running)
            m_runningNow.insert(row.workflowId);
    }
    if (--m_outstanding == 0)
        fetchChanged();
}

void ConductorPoller::fetchChanged()
{
    if (!m_failure.isEmpty()) {
        finishRound();
        return;
    }
    QStringList ids;
    for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it) {
        const auto seen = m_fetchedAt.constFind(it.key());
        if (seen == m_fetchedAt.cend() || *seen != it.value())
            ids << it.key();
    }
    // A workflow that was running and left the RUNNING list without showing up among the recent
    // ones ended long enough ago, or was removed: one fetch tells which.
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!m_runningNow.contains(it.key()) && !m_candidates.contains(it.key()))
            ids << it.key();
    }
    m_outstanding = int(ids.size());
    if (ids.isEmpty()) {
        finishRound();
        return;
    }
    for (const QString &id : std::as_const(ids)) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("includeTasks"), QStringLiteral("true"));
        m_client->get(QStringLiteral("/api/workflow/")
                + QString::fromLatin1(QUrl::toPercentEncoding(id)),
            query, [this, id](const ConductorClient::Response &r) {
                if (r.ok()) {
                    auto run = std::make_shared<const WorkflowRun>(
                        workflowRunFromJson(r.json().object()));
                    m_fetchedAt.insert(id, run->updateTime);
                    if (run->status == WorkflowStatus::Running)
                        m_running.insert(id, run);
                    else
                        m_running.remove(id);
                    m_batch << run;
                } else if (r.status == 404) {
                    m_fetchedAt.remove(id);
                    m_running.remove(id);
                    m_gone << id;
                }
                if (--m_outstanding == 0)
                    finishRound();
            });
    }
}

void ConductorPoller::finishRound()
{
    m_busy = false;
    emit reachable(m_failure.isEmpty(), m_failure);
    if (!m_batch.isEmpty())
        emit changed(std::exchange(m_batch, {}));
    if (!m_gone.isEmpty())
        emit removed(std::exchange(m_gone, {}));
    if (m_failure.isEmpty()) {
        const QList<Stall> stalls = deriveStalls(m_running.values(),
            QDateTime::currentMSecsSinceEpoch(), kStallThresholdMs);
        if (m_firstRound || !sameStalls(stalls, m_stalls)) {
            m_stalls = stalls;
            m_firstRound = false;
            emit stallsChanged(m_stalls);
        }
    }
    const QList<std::function<void()>> after = std::exchange(m_afterRound, {});
    for (const auto &then : after)
        then();
}

} // namespace joinery::ui
