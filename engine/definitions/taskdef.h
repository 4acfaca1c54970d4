#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace joinery {

enum class TimeoutPolicy { Retry, TimeOutWorkflow, AlertOnly };
enum class RetryLogic { Fixed, ExponentialBackoff, LinearBackoff };

// A Conductor TaskDef: the worker-facing contract of a task name (retries, timeouts, limits).
// Defaults are Conductor's (reference/conductor-notes.md §6.3). Fields Joinery does not act on are
// kept in `extra` so that a definition read and written back loses nothing.
struct TaskDef
{
    QString name;
    QString description;
    int retryCount = 3;
    qint64 timeoutSeconds = 0; // 0: none
    TimeoutPolicy timeoutPolicy = TimeoutPolicy::TimeOutWorkflow;
    RetryLogic retryLogic = RetryLogic::Fixed;
    int retryDelaySeconds = 60;
    qint64 responseTimeoutSeconds = 3600; // 0 disables
    std::optional<qint64> pollTimeoutSeconds;
    int backoffScaleFactor = 1;
    int maxRetryDelaySeconds = 0; // 0: no cap
    int backoffJitterMs = 0;
    qint64 totalTimeoutSeconds = 0;
    int concurrentExecLimit = 0; // 0: unlimited
    int rateLimitPerFrequency = 0;
    int rateLimitFrequencyInSeconds = 1;
    QJsonObject inputTemplate;
    QString ownerEmail;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    QJsonObject extra; // unknown and unmodelled fields, written back as read

    // The TaskDef Conductor assumes for a SIMPLE task nobody registered.
    static TaskDef defaultsFor(const QString &name);
};

QString timeoutPolicyName(TimeoutPolicy p);
QString retryLogicName(RetryLogic r);

} // namespace joinery
