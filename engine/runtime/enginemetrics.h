#pragma once

#include "common/clock.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace joinery {

// Engine figures sampled about once a second (the metrics panel plots them).
struct EngineMetrics
{
    Millis at = 0;
    double tasksCompletedPerSecond = 0;
    double decidesPerSecond = 0;
    QHash<QString, int> queueDepth; // per task type
    // Over the JOINs that completed since the previous sample; NaN when none did (a gap in a plot).
    double joinLatencyP50Ms = 0, joinLatencyP99Ms = 0;
    double sweeperCycleMs = 0;
    qint64 repairs = 0; // sweeper repairs since the previous sample
    int running = 0;
    int stalled = 0;
};

// The REST form (GET /api/joinery/metrics and the event stream); NaN latencies become null.
QJsonObject engineMetricsToJson(const EngineMetrics &metrics);
EngineMetrics engineMetricsFromJson(const QJsonObject &json);

} // namespace joinery
