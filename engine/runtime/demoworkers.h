#pragma once

#include "runtime/workerhost.h"

namespace joinery {

class DelayScheduler;
class FaultInjection;

// The built-in demo workers used by `run`, `bench`, `soak` and the GUI's demo mode: each copies
// its input to its output (plus who ran it and when), after a delay drawn from
// [minDelayMs, maxDelayMs], and fails on purpose with the fault injector's worker failure rate.
struct DemoWorkerConfig
{
    int concurrency = 64;
    int minDelayMs = 0;
    int maxDelayMs = 0;
};

class DemoWorkers
{
public:
    // Installs the demo worker as the host's fallback, so it serves every task type.
    static void install(WorkerHost &host, FaultInjection &faults, DelayScheduler *delays, const DemoWorkerConfig &config);
};

} // namespace joinery
