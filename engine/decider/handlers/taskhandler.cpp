#include "decider/handlers/taskhandler.h"

#include "decider/handlers/handlers.h"

namespace joinery {

const TaskHandler &handlerFor(TaskType type)
{
    switch (type) {
    case TaskType::ForkJoin:
        return handlers::forkJoin();
    case TaskType::ForkJoinDynamic:
        return handlers::dynamicFork();
    case TaskType::Join:
        return handlers::join();
    case TaskType::Switch:
    case TaskType::Decision:
        return handlers::switchTask();
    case TaskType::DoWhile:
        return handlers::doWhile();
    case TaskType::SubWorkflow:
        return handlers::subWorkflow();
    case TaskType::Wait:
        return handlers::wait();
    case TaskType::Human:
        return handlers::human();
    case TaskType::Terminate:
        return handlers::terminate();
    case TaskType::SetVariable:
        return handlers::setVariable();
    case TaskType::Inline:
        return handlers::inlineScript();
    case TaskType::JsonJqTransform:
        return handlers::jsonJq();
    case TaskType::Http:
        return handlers::http();
    case TaskType::Lambda:
        return handlers::lambda();
    case TaskType::Simple:
    case TaskType::Fork:
    case TaskType::Unknown:
        break;
    }
    return handlers::simple();
}

} // namespace joinery
