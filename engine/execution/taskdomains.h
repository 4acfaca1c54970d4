#pragma once

#include "common/clock.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace joinery {

class TaskDomains
{
public:
    // Conductor's task-to-domain routing for a worker task being scheduled: the task's name (or
    // "*") maps to a comma-separated list of domains; the first whose queue was polled within
    // the last 10 s wins; when none was, NO_DOMAIN in the list means no domain, otherwise the
    // last domain is used (and waits for its workers). Empty: no domain.
    static QString resolve(const QJsonObject &taskToDomain, const QString &taskName,
        const std::function<Millis(const QString &queue)> &lastPollTime, Millis now);
};

} // namespace joinery
