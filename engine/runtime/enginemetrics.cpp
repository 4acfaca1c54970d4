#include "runtime/enginemetrics.h"

#include <QtNumeric>

#include <cmath>

namespace joinery {
namespace {

// JSON has no NaN: "no JOIN completed in this interval" travels as null and comes back as NaN.
QJsonValue latency(double ms)
{
    return std::isnan(ms) ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

double latencyFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : qQNaN();
}

} // namespace

QJsonObject engineMetricsToJson(const EngineMetrics &m)
{
    QJsonObject depth;
    for (auto it = m.queueDepth.cbegin(); it != m.queueDepth.cend(); ++it)
        depth.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("at"), double(m.at)},
        {QStringLiteral("tasksCompletedPerSecond"), m.tasksCompletedPerSecond},
        {QStringLiteral("decidesPerSecond"), m.decidesPerSecond},
        {QStringLiteral("queueDepth"), depth},
        {QStringLiteral("joinLatencyP50Ms"), latency(m.joinLatencyP50Ms)},
        {QStringLiteral("joinLatencyP99Ms"), latency(m.joinLatencyP99Ms)},
        {QStringLiteral("sweeperCycleMs"), m.sweeperCycleMs},
        {QStringLiteral("repairs"), double(m.repairs)},
        {QStringLiteral("running"), m.running},
        {QStringLiteral("stalled"), m.stalled},
    };
}

EngineMetrics engineMetricsFromJson(const QJsonObject &json)
{
    EngineMetrics m;
    m.at = Millis(json.value(QStringLiteral("at")).toDouble());
    m.tasksCompletedPerSecond = json.value(QStringLiteral("tasksCompletedPerSecond")).toDouble();
    m.decidesPerSecond = json.value(QStringLiteral("decidesPerSecond")).toDouble();
    const QJsonObject depth = json.value(QStringLiteral("queueDepth")).toObject();
    for (auto it = depth.begin(); it != depth.end(); ++it)
        m.queueDepth.insert(it.key(), it.value().toInt());
    m.joinLatencyP50Ms = latencyFrom(json.value(QStringLiteral("joinLatencyP50Ms")));
    m.joinLatencyP99Ms = latencyFrom(json.value(QStringLiteral("joinLatencyP99Ms")));
    m.sweeperCycleMs = json.value(QStringLiteral("sweeperCycleMs")).toDouble();
    m.repairs = qint64(json.value(QStringLiteral("repairs")).toDouble());
    m.running = json.value(QStringLiteral("running")).toInt();
    m.stalled = json.value(QStringLiteral("stalled")).toInt();
    return m;
}

} // namespace joinery
