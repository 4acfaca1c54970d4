#pragma once

#include "source/executionsource.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace joinery::ui {

class ConductorClient;

// Live changes from a server that pushes nothing (a plain Conductor server, or a Joinery server
// without the event stream): every interval it searches the RUNNING workflows and the most
// recently updated ones, both sorted by updateTime, and re-fetches with tasks each one whose
// updateTime moved since it last looked. The fetched runs come out as one batch per round, so
// the window sees them like any other change batch.
//
// It also derives stalls, the only way to know them without Joinery's detector: each RUNNING
// workflow's JSON goes through StallDetector::analyze (a COMPLETED JOIN not yet `executed`, or a
// JOIN whose joinOn tasks have all ended, with nothing after it). Only what the JSON shows can be
// found this way; queue and marker facts stay unknown.
//
// One round at a time: a round still waiting for answers makes the next tick a no-op. GUI
// thread only.
class ConductorPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConductorPoller)

public:
    explicit ConductorPoller(ConductorClient *client, QObject *parent = nullptr);

    void start(int intervalMs = 2000);
    void stop();
    // Runs a round now (or joins the one running) and calls `then` when it has finished.
    void pollNow(std::function<void()> then = {});
    QList<Stall> stalls() const { return m_stalls; }

    // Stalls in `runs` as the detector would see them at `now`, with only the JSON to go on.
    static QList<Stall> deriveStalls(const QList<RunSnapshot> &runs, Millis now, Millis threshold);

signals:
    void changed(const QList<joinery::ui::RunSnapshot> &runs);
    void removed(const QStringList &workflowIds);
    void stallsChanged(const QList<joinery::Stall> &stalls);
    void reachable(bool ok, const QString &reason);

private:
    void startRound();
    void searched(const QList<ExecutionSummary> &rows, bool runningOnly);
    void fetchChanged();
    void finishRound();

    ConductorClient *m_client;
    QTimer m_timer;
    bool m_busy = false;
    bool m_firstRound = true;
    QList<std::function<void()>> m_afterRound;

    // State of the round in progress
    int m_outstanding = 0;
    QString m_failure;
    QHash<QString, Millis> m_candidates; // workflowId -> updateTime seen in this round's search
    QSet<QString> m_runningNow;          // ids the RUNNING search returned this round
    QList<RunSnapshot> m_batch;
    QStringList m_gone;

    QHash<QString, Millis> m_fetchedAt;   // workflowId -> updateTime of the copy last fetched
    QHash<QString, RunSnapshot> m_running; // RUNNING workflows, with tasks
    QList<Stall> m_stalls;
};

} // namespace joinery::ui
