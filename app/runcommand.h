#pragma once

#include "commandline.h"

namespace joinery::app {

// `joinery run DEF.json`: registers the definition (and Conductor's default TaskDefs for its
// SIMPLE tasks that have none), runs it with the demo workers, prints the execution as
// Conductor's workflow JSON. Exit 0 COMPLETED, 1 anything else or timed out, 2 bad input.
int runCommand(const CommandLineOptions &options);

} // namespace joinery::app
