#include "execution/taskdomains.h"

#include "execution/taskqueues.h"

#include <QStringList>

namespace joinery {

QString TaskDomains::resolve(const QJsonObject &taskToDomain, const QString &taskName,
    const std::function<Millis(const QString &queue)> &lastPollTime, Millis now)
{
    constexpr Millis kActiveWorkerWindow = 10'000; // Conductor's activeWorkerLastPollInSecs
    QString list = taskToDomain.value(taskName).toString();
    if (list.isEmpty())
        list = taskToDomain.value(QLatin1String("*")).toString();
    const QStringList domains = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : domains) {
        const QString domain = raw.trimmed();
        if (domain == QLatin1String("NO_DOMAIN"))
            return QString();
        const Millis polled = lastPollTime(TaskQueues::queueName(taskName, domain));
        if (polled > 0 && now - polled <= kActiveWorkerWindow)
            return domain;
    }
    return domains.isEmpty() ? QString() : domains.last().trimmed();
}

} // namespace joinery
