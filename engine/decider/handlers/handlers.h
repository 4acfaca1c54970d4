#pragma once

#include "decider/handlers/taskhandler.h"

// One accessor per task type; each lives in the handler's own file.
namespace joinery::handlers {

const TaskHandler &simple();
const TaskHandler &forkJoin();
const TaskHandler &dynamicFork();
const TaskHandler &join();
const TaskHandler &switchTask();
const TaskHandler &doWhile();
const TaskHandler &subWorkflow();
const TaskHandler &wait();
const TaskHandler &human();
const TaskHandler &terminate();
const TaskHandler &setVariable();
const TaskHandler &inlineScript();
const TaskHandler &lambda();
const TaskHandler &jsonJq();
const TaskHandler &http();

} // namespace joinery::handlers
