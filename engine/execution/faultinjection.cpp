#include "execution/faultinjection.h"

namespace joinery {

void FaultInjection::seed(quint64 seed)
{
    std::lock_guard lock(m_mutex);
    m_random.seed(seed);
}

bool FaultInjection::roll(double probability)
{
    if (probability <= 0.0)
        return false;
    if (probability >= 1.0)
        return true;
    std::lock_guard lock(m_mutex);
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < probability;
}

QJsonObject FaultInjection::toJson() const
{
    return QJsonObject{{QStringLiteral("lockMissRate"), lockMissRate.load()},
                       {QStringLiteral("decideDelayMs"), decideDelayMs.load()},
                       {QStringLiteral("workerFailureRate"), workerFailureRate.load()},
                       {QStringLiteral("sweeperPaused"), sweeperPaused.load()},
                       {QStringLiteral("legacyDecide"), legacyDecide.load()}};
}

bool FaultInjection::apply(const QJsonObject &json, QString *error)
{
    auto probability = [&](const char *key, double *out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0) {
            *error = QStringLiteral("%1 must be a number from 0 to 1").arg(QLatin1String(key));
            return false;
        }
        *out = v.toDouble();
        return true;
    };
    auto flag = [&](const char *key, bool *out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool()) {
            *error = QStringLiteral("%1 must be true or false").arg(QLatin1String(key));
            return false;
        }
        *out = v.toBool();
        return true;
    };
    double miss = lockMissRate, fail = workerFailureRate;
    bool paused = sweeperPaused, legacy = legacyDecide;
    int delay = decideDelayMs;
    if (!probability("lockMissRate", &miss) || !probability("workerFailureRate", &fail)
        || !flag("sweeperPaused", &paused) || !flag("legacyDecide", &legacy))
        return false;
    if (const QJsonValue v = json.value(QLatin1String("decideDelayMs")); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 60'000) {
            *error = QStringLiteral("decideDelayMs must be a number from 0 to 60000");
            return false;
        }
        delay = v.toInt();
    }
    lockMissRate = miss;
    workerFailureRate = fail;
    sweeperPaused = paused;
    legacyDecide = legacy;
    decideDelayMs = delay;
    return true;
}

} // namespace joinery
