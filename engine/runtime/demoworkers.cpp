#include "runtime/demoworkers.h"

#include "execution/faultinjection.h"
#include "runtime/delayscheduler.h"

#include <QDateTime>

#include <random>

namespace joinery {

void DemoWorkers::install(WorkerHost &host, FaultInjection &faults, DelayScheduler *delays, const DemoWorkerConfig &config)
{
    host.registerFallback(config.concurrency, [&faults, delays, config](const TaskRun &task, WorkerHost::Done done) {
        TaskResult result;
        if (faults.roll(faults.workerFailureRate.load())) {
            result.status = TaskStatus::Failed;
            result.reasonForIncompletion = QStringLiteral("demo worker failed on purpose (worker failure rate %1)")
                                               .arg(faults.workerFailureRate.load());
        } else {
            result.status = TaskStatus::Completed;
            result.outputData = task.inputData;
            result.outputData.insert(QStringLiteral("processedBy"), task.referenceTaskName);
            result.outputData.insert(QStringLiteral("attempt"), task.retryCount + 1);
        }
        int delay = config.minDelayMs;
        if (config.maxDelayMs > config.minDelayMs) {
            thread_local std::mt19937 random(std::random_device{}());
            delay = std::uniform_int_distribution<int>(config.minDelayMs, config.maxDelayMs)(random);
        }
        if (delay > 0 && delays)
            delays->schedule(delay, [done, result] { done(result); });
        else
            done(result);
    });
}

} // namespace joinery
