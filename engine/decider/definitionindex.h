#pragma once

#include "definitions/workflowdef.h"

#include <QHash>
#include <QString>

#include <memory>

namespace joinery {

// Navigation over a WorkflowDef's nested blocks, computed once per definition: where each task
// sits (its list, index, enclosing block) and what comes after it, by Conductor's rules
// (reference/conductor-notes.md §1.3 "Navigation"):
//   - the next sibling in the same list;
//   - at the end of a fork branch: the JOIN after the FORK_JOIN;
//   - at the end of a SWITCH/DECISION case: whatever follows the SWITCH;
//   - at the end of a DO_WHILE body: the DO_WHILE itself (it decides whether to loop);
//   - at the end of the top-level list: nothing.
// Immutable after construction, so it is shared between threads without locks.
class DefinitionIndex
{
public:
    struct Position
    {
        const WorkflowTask *task = nullptr;
        const TaskList *list = nullptr;
        int index = 0;
        const WorkflowTask *parent = nullptr; // enclosing FORK_JOIN, SWITCH/DECISION or DO_WHILE
        const WorkflowTask *loop = nullptr;   // innermost enclosing DO_WHILE, if any
    };

    explicit DefinitionIndex(WorkflowDefPtr def);

    // Shared, cached index for a definition (keyed by the definition object).
    static std::shared_ptr<const DefinitionIndex> of(const WorkflowDefPtr &def);

    const WorkflowDef &definition() const { return *m_def; }
    const WorkflowTask *find(const QString &reference) const;
    const Position *position(const WorkflowTask *task) const;
    // The task that runs after `task` completes, or nullptr (see the class comment).
    const WorkflowTask *next(const WorkflowTask *task) const;
    // The JOIN that closes the FORK_JOIN / FORK_JOIN_DYNAMIC `fork`, or nullptr.
    const WorkflowTask *joinAfter(const WorkflowTask *fork) const;
    // All references inside a DO_WHILE body, at any depth.
    QStringList loopReferences(const WorkflowTask *doWhile) const;

private:
    void add(const TaskList &list, const WorkflowTask *parent, const WorkflowTask *loop);

    WorkflowDefPtr m_def;
    QHash<QString, const WorkflowTask *> m_byRef;
    QHash<const WorkflowTask *, Position> m_positions;
};

} // namespace joinery
