#include "decider/scripting/scriptevaluator.h"

#include "decider/scripting/scriptsandbox.h"

#include <cmath>

namespace joinery {

ScriptResult ScriptEvaluator::evaluate(
    const QString &script, const QJsonValue &input, int timeLimitMs)
{
    bool intact = true;
    ScriptResult result
        = ScriptSandbox::forThisThread().evaluate(script, input, timeLimitMs, &intact);
    if (!intact) {
        ScriptSandbox::replaceForThisThread();
    }
    return result;
}

bool ScriptEvaluator::isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

} // namespace joinery
