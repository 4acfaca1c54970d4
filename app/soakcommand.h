#pragma once

#include "commandline.h"

namespace joinery::app {

// `joinery soak`: runs N crazy-nested-fork-join workflows with demo workers under injected
// faults and reports completed, stalled (detected), recovered, duplicate completions, the
// longest JOIN-to-successor time and lock statistics. Normal mode passes (exit 0) only when every
// workflow completed with no stall and no duplicate; legacy mode passes when stalls happened,
// every one was detected and, with --recover, every one was recovered by a forced decide.
int soakCommand(const CommandLineOptions &options);

} // namespace joinery::app
