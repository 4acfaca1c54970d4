#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace joinery::ui {

// A location inside a workflow definition's JSON: object keys (QString) and array indices
// (int), e.g. {"tasks", 2, "forkTasks", 1} is the second branch of the third top-level task.
using JsonPath = QVariantList;

// Where a task sits: the array that holds it and its index there.
struct TaskSlot
{
    JsonPath list;
    int index = -1;
    JsonPath path() const { return list + JsonPath {index}; }
};

// Walks the task lists of a definition held as JSON, the way the engine's WorkflowTask::children
// does (only the blocks of a task's own type count: forkTasks of a FORK_JOIN, decisionCases and
// defaultCase of a SWITCH/DECISION, loopOver of a DO_WHILE). The editor edits JSON rather than a
// WorkflowDef so that whatever it does not touch is written back byte for byte as it was read.
// Pure functions, QtCore only.
class TaskPaths
{
public:
    static QJsonValue valueAt(const QJsonValue &root, const JsonPath &path);
    // Replaces (or, for an undefined `value`, removes) what sits at `path`, creating objects on
    // the way; an index equal to an array's size appends.
    static void setValueAt(QJsonObject &root, const JsonPath &path, const QJsonValue &value);

    static QString typeOf(const QJsonObject &task); // "SIMPLE" when absent
    static QString refOf(const QJsonObject &task) { return task.value(QLatin1String("taskReferenceName")).toString(); }

    // The task lists a task opens (paths relative to the definition), given the task's own path.
    static QList<JsonPath> childLists(const QJsonObject &task, const JsonPath &taskPath);
    // Every task list, the root "tasks" first, then depth first in definition order.
    static void forEachList(const QJsonObject &def, const std::function<void(const JsonPath &, const QJsonArray &)> &visit);
    static std::optional<TaskSlot> find(const QJsonObject &def, const QString &ref);
    // Every reference in the definition / under one task (itself included), definition order.
    static QStringList allRefs(const QJsonObject &def);
    static QStringList refsUnder(const QJsonObject &task);

    // The reference of the innermost task an error path ("tasks[2].forkTasks[0][1].name") points
    // into, or "" for workflow-level errors.
    static QString refAtErrorPath(const QJsonObject &def, const QString &errorPath);

    // References whose output a task may read when it runs: the tasks before it in its own list
    // and, going outwards, before each enclosing block (and the enclosing blocks themselves).
    static QStringList precedingRefs(const QJsonObject &def, const QString &ref);
};

} // namespace joinery::ui
