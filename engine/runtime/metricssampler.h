#pragma once

#include "runtime/enginemetrics.h"

#include <QElapsedTimer>

#include <mutex>
#include <vector>

namespace joinery {

class Engine;

// Turns the embedded engine's cumulative counters into the per-interval figures the metrics
// panel plots: rates from the difference between two samples, JOIN-to-successor latency
// percentiles over the latencies reported since the previous sample, and the sweeper's last
// cycle. It installs itself as the executor's JOIN latency listener for its lifetime.
//
// Thread safety: recordJoinLatency() runs on the engine's writer thread; sample() must not run
// concurrently with itself (the embedded source runs one sampling job at a time).
class MetricsSampler final
{
public:
    explicit MetricsSampler(Engine &engine);
    ~MetricsSampler(); // uninstalls the listener; the caller flushes the writer afterwards
    MetricsSampler(const MetricsSampler &) = delete;
    MetricsSampler &operator=(const MetricsSampler &) = delete;

    EngineMetrics sample(int stalledCount);

    // p-th percentile (0..100) of `values` by nearest rank; NaN for an empty list. Sorts `values`.
    static double percentile(std::vector<double> &values, double p);

private:
    void recordJoinLatency(Millis ms);

    Engine &m_engine;

    // Only sample() touches these.
    QElapsedTimer m_interval;
    qint64 m_lastTasksCompleted = -1;
    qint64 m_lastDecides = 0;
    qint64 m_lastRepairs = 0;

    std::mutex m_mutex; // guards m_joinLatencies
    std::vector<double> m_joinLatencies;
};

} // namespace joinery
