#include "execution/executiontypes.h"

namespace joinery {

QString workflowActionName(WorkflowAction::Kind kind)
{
    switch (kind) {
    case WorkflowAction::Pause:
        return QStringLiteral("pause");
    case WorkflowAction::Resume:
        return QStringLiteral("resume");
    case WorkflowAction::Terminate:
        return QStringLiteral("terminate");
    case WorkflowAction::Restart:
        return QStringLiteral("restart");
    case WorkflowAction::Retry:
        return QStringLiteral("retry");
    case WorkflowAction::Rerun:
        return QStringLiteral("rerun");
    case WorkflowAction::SkipTask:
        return QStringLiteral("skip task");
    case WorkflowAction::Decide:
        return QStringLiteral("decide");
    case WorkflowAction::Remove:
        return QStringLiteral("remove");
    case WorkflowAction::Requeue:
        return QStringLiteral("requeue");
    }
    return QString();
}

} // namespace joinery
