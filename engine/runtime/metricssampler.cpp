#include "runtime/metricssampler.h"

#include "execution/taskqueues.h"
#include "execution/workflowexecutor.h"
#include "runtime/engine.h"

#include <QtNumeric>

#include <algorithm>
#include <cmath>

namespace joinery {

MetricsSampler::MetricsSampler(Engine &engine)
    : m_engine(engine)
{
    m_engine.executor().setJoinLatencyListener([this](Millis ms) { recordJoinLatency(ms); });
}

MetricsSampler::~MetricsSampler()
{
    m_engine.executor().setJoinLatencyListener({});
}

void MetricsSampler::recordJoinLatency(Millis ms)
{
    std::lock_guard lock(m_mutex);
    // Bounded: at most a minute of a very busy engine between two samples.
    if (m_joinLatencies.size() < 1'000'000)
        m_joinLatencies.push_back(double(ms));
}

double MetricsSampler::percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return qQNaN();
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(p / 100.0 * double(values.size()));
    const size_t index = size_t(std::clamp(rank, 1.0, double(values.size()))) - 1;
    return values[index];
}

EngineMetrics MetricsSampler::sample(int stalledCount)
{
    EngineMetrics m;
    m.at = m_engine.clock().now();
    const WorkflowExecutor::Stats stats = m_engine.executor().stats();
    const Sweeper::Stats sweeper = m_engine.sweeper().stats();
    const double seconds
        = m_interval.isValid() ? std::max(0.001, double(m_interval.restart()) / 1000.0) : 0.0;
    if (!m_interval.isValid())
        m_interval.start();
    if (m_lastTasksCompleted >= 0 && seconds > 0) {
        m.tasksCompletedPerSecond = double(stats.tasksCompleted - m_lastTasksCompleted) / seconds;
        m.decidesPerSecond = double(stats.decides - m_lastDecides) / seconds;
        m.repairs = sweeper.repairs - m_lastRepairs;
    }
    m_lastTasksCompleted = stats.tasksCompleted;
    m_lastDecides = stats.decides;
    m_lastRepairs = sweeper.repairs;

    std::vector<double> latencies;
    {
        std::lock_guard lock(m_mutex);
        latencies.swap(m_joinLatencies);
    }
    m.joinLatencyP50Ms = percentile(latencies, 50);
    m.joinLatencyP99Ms = percentile(latencies, 99);

    m.queueDepth = m_engine.queues().sizes();
    m.sweeperCycleMs = sweeper.lastCycleMs;
    for (const RunPtr &run : m_engine.executor().liveRuns()) {
        if (run->status == WorkflowStatus::Running)
            ++m.running;
    }
    m.stalled = stalledCount;
    return m;
}

} // namespace joinery
