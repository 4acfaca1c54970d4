#include "graphview/graphlayoutjob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace joinery::ui {

GraphLayoutJob::GraphLayoutJob(QObject *parent)
    : QObject(parent), m_watcher(new QFutureWatcher<DagLayout>(this))
{
    connect(m_watcher, &QFutureWatcher<DagLayout>::finished, this, &GraphLayoutJob::finished);
}

GraphLayoutJob::~GraphLayoutJob()
{
    // The job holds only copies; wait so that it does not outlive the watcher.
    m_watcher->waitForFinished();
}

DagLayout::Metrics GraphLayoutJob::metrics()
{
    DagLayout::Metrics m;
    const DagLayout::Metrics defaults;
    m.sizeFor = [defaults](const DagNode &n) -> QSizeF {
        switch (n.kind) {
        case DagNode::Kind::Join:
            return QSizeF(defaults.taskSize.width(), 40);
        case DagNode::Kind::Fork:
            return QSizeF(defaults.taskSize.width() - 32, 20);
        case DagNode::Kind::Start:
        case DagNode::Kind::End:
            return defaults.terminalSize;
        case DagNode::Kind::Decision:
            return QSizeF(defaults.decisionSize.width() + 24, defaults.decisionSize.height());
        case DagNode::Kind::Merge:
            return defaults.mergeSize;
        case DagNode::Kind::Loop:
            return defaults.loopSize;
        case DagNode::Kind::DynamicGroup:
            return defaults.groupSize;
        case DagNode::Kind::Task:
        case DagNode::Kind::Note:
            break;
        }
        return defaults.taskSize;
    };
    return m;
}

DagLayout GraphLayoutJob::compute(const WorkflowDef &def, const WorkflowRun *run, const DagModel::Options &options)
{
    return DagLayout::compute(DagModel::build(def, run, options), metrics());
}

void GraphLayoutJob::request(std::shared_ptr<const WorkflowRun> run, const DagModel::Options &options)
{
    if (!run || !run->definition)
        return;
    Request r{std::move(run), options, m_generation};
    if (m_running) {
        m_pending = std::make_unique<Request>(std::move(r));
        return;
    }
    if (r.run->definition->allTasks().size() < m_backgroundThreshold) {
        emit ready(compute(*r.run->definition, r.run.get(), r.options));
        return;
    }
    start(r);
}

void GraphLayoutJob::start(const Request &r)
{
    m_running = true;
    m_runningGeneration = r.generation;
    m_watcher->setFuture(QtConcurrent::run([run = r.run, options = r.options] {
        return compute(*run->definition, run.get(), options);
    }));
}

void GraphLayoutJob::finished()
{
    m_running = false;
    const bool current = m_runningGeneration == m_generation;
    const DagLayout layout = m_watcher->future().result();
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        start(next);
    }
    if (current)
        emit ready(layout);
}

} // namespace joinery::ui
