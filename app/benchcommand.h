#pragma once

#include "commandline.h"

namespace joinery::app {

// `joinery bench [--workflows N] [--json] [--trace-out FILE]`: runs N crazy-nested-fork-join
// workflows with in-process demo workers (no delay) on a fresh durable database and reports
// tasks/s, workflows/s, JOIN-to-successor latency (p50, p99) and peak memory.
int benchCommand(const CommandLineOptions &options);

} // namespace joinery::app
