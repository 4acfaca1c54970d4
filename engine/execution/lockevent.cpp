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

} // namespace joinery
