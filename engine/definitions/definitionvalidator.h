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
// Checked: name and version; every task's name, taskReferenceName (present, unique across the
// whole workflow including nested blocks) and type (known, allowed in a definition); FORK_JOIN
// has branches and is followed directly by a JOIN in the same list; a JOIN's joinOn names
// references that exist inside the fork it closes; FORK_JOIN_DYNAMIC names its parameters and is
// followed by a JOIN; SWITCH has an evaluatorType and expression (DECISION a caseValueParam or
// caseExpression); DO_WHILE has a loopCondition and a non-empty loopOver; SUB_WORKFLOW has a
// subWorkflowParam with a name or a workflowDefinition; TERMINATE has a valid terminationStatus;
// INLINE has an expression; JSON_JQ_TRANSFORM a queryExpression; HTTP an http_request with a uri;
// WAIT's duration/until parse; every `${...}` expression in inputParameters and
// outputParameters is well formed (balanced, non-empty).
class DefinitionValidator
{
public:
    static QList<DefinitionError> validate(const WorkflowDef &def);
    static QList<DefinitionError> validate(const TaskDef &def);
};

} // namespace joinery
