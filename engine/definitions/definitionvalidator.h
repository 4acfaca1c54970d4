#pragma once

#include "definitions/definitionjson.h"
#include "definitions/workflowdef.h"

#include <QList>

#include <functional>

namespace joinery {

// Checks a WorkflowDef the way a user needs to hear about it: every problem, each with the JSON
// path it sits at, e.g. `tasks[2].forkTasks[1][0].taskReferenceName: duplicate reference "n_13"`.
// Pure and thread-safe.
//
// Checked: name and version (>= 1); every task's name, taskReferenceName (present, unique across
// the whole workflow including nested blocks) and type (known, allowed in a definition: not FORK);
// FORK_JOIN has branches, none empty, and is followed directly by a JOIN in the same list; a JOIN
// directly follows a FORK_JOIN or FORK_JOIN_DYNAMIC, and after a FORK_JOIN its joinOn names
// references inside that fork's branches (at any depth); FORK_JOIN_DYNAMIC names its parameters
// (dynamicForkTasksParam + dynamicForkTasksInputParamName, or the legacy
// dynamicForkJoinTasksParam, each an inputParameters key; or the forkTaskName/forkTaskWorkflow
// form) and is followed by a JOIN; SWITCH has an evaluatorType (value-param, javascript, graaljs)
// and an expression (DECISION a caseValueParam or caseExpression); DO_WHILE has a loopCondition
// (unless it iterates over inputParameters.items) and a non-empty loopOver; SUB_WORKFLOW has a
// subWorkflowParam with a name or a workflowDefinition (an inline definition, itself validated,
// or an expression); TERMINATE has a terminationStatus of COMPLETED, FAILED or TERMINATED (or an
// expression); INLINE has an expression; JSON_JQ_TRANSFORM a queryExpression; HTTP an
// http_request (or an expression) with a uri; WAIT has at most one of duration/until, and it
// parses (or is an expression); every `${...}` in tasks' inputParameters and the workflow's
// outputParameters is well formed (balanced, non-empty; `$${` is a literal).
// A TaskDef: a name, no negative counts or times, backoffScaleFactor >= 1, a rate-limit window
// when rate-limited, and Conductor's timeout ordering (response <= timeout <= total, when set).
// Inline taskDefinitions inside a workflow are not checked, as in Conductor.
class DefinitionValidator
{
public:
    static QList<DefinitionError> validate(const WorkflowDef &def);
    static QList<DefinitionError> validate(const TaskDef &def);
};

} // namespace joinery
