#include "definitions/taskdef.h"

namespace joinery {

TaskDef TaskDef::defaultsFor(const QString &name)
{
    // Conductor's `new TaskDef(name)`: every other field keeps its declared default.
    TaskDef def;
    def.name = name;
    return def;
}

QString timeoutPolicyName(TimeoutPolicy p)
{
    switch (p) {
    case TimeoutPolicy::Retry:
        return QStringLiteral("RETRY");
    case TimeoutPolicy::TimeOutWorkflow:
        return QStringLiteral("TIME_OUT_WF");
    case TimeoutPolicy::AlertOnly:
        return QStringLiteral("ALERT_ONLY");
    }
    return QString(); // not reached: the switch covers every enumerator
}

QString retryLogicName(RetryLogic r)
{
    switch (r) {
    case RetryLogic::Fixed:
        return QStringLiteral("FIXED");
    case RetryLogic::ExponentialBackoff:
        return QStringLiteral("EXPONENTIAL_BACKOFF");
    case RetryLogic::LinearBackoff:
        return QStringLiteral("LINEAR_BACKOFF");
    }
    return QString(); // not reached: the switch covers every enumerator
}

} // namespace joinery
