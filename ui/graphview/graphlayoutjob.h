#pragma once

#include "graph/daglayout.h"
#include "graph/dagmodel.h"
#include "model/workflowrun.h"

#include <QObject>

#include <memory>

template <typename T>
class QFutureWatcher;

namespace joinery::ui {

// Turns (definition, run snapshot, options) into a DagLayout for the graph view. Small graphs
// are laid out at once on the calling thread; big ones on a worker thread (QtConcurrent), one
// job at a time: while one runs, newer requests coalesce into a single pending one, so a burst
// of live updates costs one extra layout, not one per update.
//
// Results are version-stamped (STYLE.md, Hotspot's JobTracker): each request belongs to a
// generation, and beginGeneration() (another workflow selected, a group expanded) makes every
// result of an older generation be dropped on arrival. Results of the current generation are
// all delivered, in request order, since each is a newer snapshot of what is shown.
//
// Thread safety: GUI thread only; the worker only sees copies.
class GraphLayoutJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphLayoutJob)

public:
    explicit GraphLayoutJob(QObject *parent = nullptr);
    ~GraphLayoutJob() override;

    // The metrics the graph view draws with: DagLayout's, with a JOIN tall enough for its
    // "k/n done" line and awaited references. Depends only on the node's kind (stability rule).
    static DagLayout::Metrics metrics();
    static DagLayout compute(const WorkflowDef &def, const WorkflowRun *run, const DagModel::Options &options);

    // Definitions with at least this many tasks are laid out on a worker thread.
    void setBackgroundThreshold(int tasks) { m_backgroundThreshold = tasks; }
    int backgroundThreshold() const { return m_backgroundThreshold; }

    // Starts a new generation: results of earlier requests will be dropped.
    void beginGeneration() { ++m_generation; m_pending.reset(); }
    quint64 generation() const { return m_generation; }

    // Lays out `run` (its definition) with `options`; emits ready() now or later.
    void request(std::shared_ptr<const WorkflowRun> run, const DagModel::Options &options);
    bool busy() const { return m_running; }

signals:
    void ready(const joinery::ui::DagLayout &layout);

private:
    struct Request
    {
        std::shared_ptr<const WorkflowRun> run;
        DagModel::Options options;
        quint64 generation = 0;
    };
    void start(const Request &request);
    void finished();

    QFutureWatcher<DagLayout> *m_watcher;
    std::unique_ptr<Request> m_pending;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    bool m_running = false;
    int m_backgroundThreshold = 300;
};

} // namespace joinery::ui
