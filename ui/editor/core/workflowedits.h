#pragma once

#include "editor/core/taskpaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace joinery::ui {

// The outcome of one edit: the whole new definition (or an error saying why the edit does not
// apply) and the node to select afterwards (the task that was added or moved).
struct EditResult
{
    bool ok = false;
    QJsonObject json;
    QString select;
    QString error; // untranslated reason, for tests and logs; the editor disables what cannot apply

    static EditResult fail(const QString &why)
    {
        EditResult r;
        r.error = why;
        return r;
    }
};

// The editing operations of the workflow editor, as pure functions from one definition (JSON) to
// the next, so that each can be tested without widgets and undone by restoring the JSON before.
//
// Nodes are addressed by the graph's node ids (DagModel): a task's reference name, "#start",
// "#end", or "<ref>#…" for the synthetic nodes of a block (a SWITCH's merge, a dynamic fork's
// children), which stand for their block. A FORK_JOIN / FORK_JOIN_DYNAMIC and the JOIN right
// after it are one unit: inserting after the fork goes after its JOIN, deleting or moving either
// takes both.
//
// JOINs follow their forks: a JOIN whose joinOn was exactly "the last task of every branch"
// before an edit is set to the new last tasks after it (so adding a task at the end of a branch
// keeps the join waiting for that branch); a joinOn the user chose otherwise only loses
// references that no longer exist inside its fork.
//
// QtCore only; thread-safe (no state).
class WorkflowEdits
{
public:
    enum class Where { Before, After };

    // Task types the palette offers (Conductor's names); FORK_JOIN, SWITCH and DO_WHILE have
    // their own operations.
    static QStringList paletteTypes();

    // An empty definition: a name, version 1, schemaVersion 2, no tasks.
    static QJsonObject emptyDefinition(const QString &name);
    // `base` if no task uses it, else base_2, base_3…; never one of `alsoTaken`.
    static QString uniqueRef(const QJsonObject &def, const QString &base, const QSet<QString> &alsoTaken = {});

    // Inserts a task of `type` (a palette type or SIMPLE) next to `anchor` ("" or "#end": at the
    // end of the workflow, "#start": at its beginning). FORK_JOIN_DYNAMIC comes with its JOIN.
    static EditResult insertTask(const QJsonObject &def, const QString &anchor, Where where, const QString &type);
    // A FORK_JOIN with `branches` branches (one SIMPLE task each) and its JOIN.
    static EditResult insertFork(const QJsonObject &def, const QString &anchor, Where where, int branches);
    // A SWITCH (value-param on workflow.input.case) with one SIMPLE task per case and a default.
    static EditResult insertSwitch(const QJsonObject &def, const QString &anchor, Where where, const QStringList &cases);
    // Puts the units of `ids` (consecutive in one list, or the span between them) in a DO_WHILE
    // that loops three times.
    static EditResult wrapInLoop(const QJsonObject &def, const QStringList &ids);

    static EditResult addBranch(const QJsonObject &def, const QString &forkId);
    static EditResult removeBranch(const QJsonObject &def, const QString &forkId, int branch);
    // Replaces a SWITCH's case names: cases kept by name keep their tasks, new ones get a SIMPLE
    // task, missing ones are dropped.
    static EditResult setCases(const QJsonObject &def, const QString &switchId, const QStringList &cases);

    static EditResult remove(const QJsonObject &def, const QString &id);
    static EditResult move(const QJsonObject &def, const QString &id, const QString &target, Where where);

    // Sets (or, for an undefined value, removes) a field of one task; `field` is relative to the
    // task, e.g. {"inputParameters", "http_request", "uri"}.
    static EditResult setTaskField(const QJsonObject &def, const QString &ref, const JsonPath &field, const QJsonValue &value);
    // Renames a reference and every use of it: joinOn entries and "${old." in expressions.
    static EditResult renameRef(const QJsonObject &def, const QString &from, const QString &to);
    static EditResult setWorkflowField(const QJsonObject &def, const QString &field, const QJsonValue &value);

    // Last reference of each branch of the FORK_JOIN `fork` (empty branches give nothing).
    static QStringList branchLasts(const QJsonObject &fork);

private:
    struct Unit
    {
        TaskSlot slot;  // first task of the unit
        int count = 1;  // 2 for a fork with its JOIN
    };
    static std::optional<Unit> unitOf(const QJsonObject &def, const QString &id);
    static std::optional<TaskSlot> insertionPoint(const QJsonObject &def, const QString &anchor, Where where);
    static EditResult insertUnit(const QJsonObject &def, const QString &anchor, Where where, const QJsonArray &tasks);
    static QJsonObject simpleTask(const QJsonObject &def, QSet<QString> *taken);
    static QJsonObject followJoins(const QJsonObject &before, QJsonObject after);
};

} // namespace joinery::ui
