#include "execution/lockevent.h"

namespace joinery {

QString lockRoleName(LockRole role)
{
    switch (role) {
    case LockRole::Sweeper:
        return QStringLiteral("sweeper");
    case LockRole::SystemTaskWorker:
        return QStringLiteral("system-task worker");
    case LockRole::WorkerCallback:
        return QStringLiteral("worker callback");
    case LockRole::ApiRequest:
        return QStringLiteral("API request");
    case LockRole::GuiAction:
        return QStringLiteral("GUI action");
    case LockRole::Engine:
        return QStringLiteral("engine");
    case LockRole::Test:
        return QStringLiteral("test");
    }
    return QString();
}

LockRole lockRoleFromName(const QString &name)
{
    for (LockRole role : {LockRole::Sweeper, LockRole::SystemTaskWorker, LockRole::WorkerCallback,
             LockRole::ApiRequest, LockRole::GuiAction, LockRole::Engine, LockRole::Test}) {
        if (lockRoleName(role) == name)
            return role;
    }
    return LockRole::Engine;
}

QJsonObject lockEventToJson(const LockEvent &e)
{
    return QJsonObject {
        {QStringLiteral("sequence"), double(e.sequence)},
        {QStringLiteral("workflowId"), e.workflowId},
        {QStringLiteral("role"), lockRoleName(e.role)},
        {QStringLiteral("thread"), e.thread},
        {QStringLiteral("requestedAt"), double(e.requestedAt)},
        {QStringLiteral("acquiredAt"), double(e.acquiredAt)},
        {QStringLiteral("releasedAt"), double(e.releasedAt)},
        {QStringLiteral("gaveUpAt"), double(e.gaveUpAt)},
        {QStringLiteral("deferred"), e.deferred},
        {QStringLiteral("injected"), e.injected},
        {QStringLiteral("dropped"), e.dropped},
    };
}

LockEvent lockEventFromJson(const QJsonObject &json)
{
    auto millis = [&json](const char *key) {
        return Millis(json.value(QLatin1String(key)).toDouble());
    };
    LockEvent e;
    e.sequence = qint64(json.value(QStringLiteral("sequence")).toDouble());
    e.workflowId = json.value(QStringLiteral("workflowId")).toString();
    e.role = lockRoleFromName(json.value(QStringLiteral("role")).toString());
    e.thread = json.value(QStringLiteral("thread")).toString();
    e.requestedAt = millis("requestedAt");
    e.acquiredAt = millis("acquiredAt");
    e.releasedAt = millis("releasedAt");
    e.gaveUpAt = millis("gaveUpAt");
    e.deferred = json.value(QStringLiteral("deferred")).toBool();
    e.injected = json.value(QStringLiteral("injected")).toBool();
    e.dropped = json.value(QStringLiteral("dropped")).toBool();
    return e;
}

} // namespace joinery
