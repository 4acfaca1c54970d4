#pragma once

// Inputs shared by the DagModel and DagLayout tests: the demo definitions, hand-written runs
// (each task as the engine writes it: references with "__n" inside loops, seq order) and a
// generator of large nested fork/join definitions for the benchmarks.

#include "definitions/definitionjson.h"
#include "definitions/workflowdef.h"
#include "model/workflowrun.h"

#include <QFile>
#include <QJsonArray>
#include <QString>
#include <QTest>

#include <functional>

namespace dagtest {

using namespace joinery;

// A demo definition from resources/workflows, or a fatal test error.
inline WorkflowDef loadDefinition(const QString &fileName)
{
    QFile file(QStringLiteral(JOINERY_SOURCE_DIR "/resources/workflows/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QJsonObject json;
    DefinitionError error;
    WorkflowDef def;
    if (!parseJsonObject(file.readAll(), &json, &error) || !workflowDefFromJson(json, &def, &error))
        qFatal("%s: %s", qPrintable(fileName), qPrintable(error.toString()));
    return def;
}

// Appends TaskRuns the way the engine does; add() returns the new task for further tweaks.
class RunBuilder
{
public:
    explicit RunBuilder(const WorkflowDef &def)
    {
        run.workflowId = QStringLiteral("wf-1");
        run.workflowName = def.name;
        run.definition = std::make_shared<const WorkflowDef>(def);
    }

    TaskRun &add(const QString &ref, TaskType type, TaskStatus status, int iteration = 0)
    {
        TaskRun t;
        t.seq = run.nextSeq();
        t.taskId = QStringLiteral("task-%1").arg(t.seq);
        t.workflowId = run.workflowId;
        t.type = type;
        t.referenceTaskName = withIteration(ref, iteration);
        t.iteration = iteration;
        t.status = status;
        run.tasks.append(t);
        return run.tasks.last();
    }

    // A retry: the previous attempt stays (retried), the new one counts one more retry.
    TaskRun &retry(const QString &ref, TaskStatus status, int iteration = 0)
    {
        const TaskRun *previous = run.latestByReference(withIteration(ref, iteration));
        Q_ASSERT(previous);
        const TaskType type = previous->type;
        const int retries = previous->retryCount + 1;
        const QJsonObject blueprint = previous->dynamicWorkflowTask;
        const int index = run.indexOfTask(previous->taskId);
        run.tasks[index].retried = true;
        TaskRun &t = add(ref, type, status, iteration);
        t.retryCount = retries;
        t.dynamicWorkflowTask = blueprint;
        return t;
    }

    TaskRun &join(const QString &ref, const QStringList &joinOn, TaskStatus status, int iteration = 0)
    {
        TaskRun &t = add(ref, TaskType::Join, status, iteration);
        QJsonArray refs;
        for (const QString &r : joinOn)
            refs.append(withIteration(r, iteration));
        t.inputData.insert(QStringLiteral("joinOn"), refs);
        return t;
    }

    // A FORK_JOIN_DYNAMIC's FORK, its children (SIMPLE tasks named `taskName`) and its JOIN.
    void dynamicFork(const QString &forkRef, const QString &joinRef, const QStringList &children,
                     const QString &taskName, TaskStatus childStatus, int iteration = 0)
    {
        QJsonArray refs;
        for (const QString &c : children)
            refs.append(withIteration(c, iteration));
        TaskRun &fork = add(forkRef, TaskType::Fork, TaskStatus::Completed, iteration);
        fork.inputData.insert(QStringLiteral("forkedTasks"), refs);
        for (const QString &c : children) {
            TaskRun &t = add(c, TaskType::Simple, childStatus, iteration);
            t.dynamicWorkflowTask = QJsonObject{{QStringLiteral("name"), taskName},
                                                {QStringLiteral("taskReferenceName"), c},
                                                {QStringLiteral("type"), QStringLiteral("SIMPLE")}};
        }
        join(joinRef, children, TaskStatus::InProgress, iteration);
    }

    // Changes the latest attempt in place, as a worker's update does.
    TaskRun &set(const QString &ref, TaskStatus status, int iteration = 0)
    {
        const TaskRun *t = run.latestByReference(withIteration(ref, iteration));
        Q_ASSERT(t);
        TaskRun &task = run.tasks[run.indexOfTask(t->taskId)];
        task.status = status;
        return task;
    }

    WorkflowRun run;
};

inline QStringList numbered(const QString &prefix, int count)
{
    QStringList out;
    for (int i = 1; i <= count; ++i)
        out << prefix + QString::number(i);
    return out;
}

inline WorkflowTask simple(const QString &ref)
{
    WorkflowTask t;
    t.name = QStringLiteral("step");
    t.taskReferenceName = ref;
    return t;
}

inline WorkflowTask typed(const QString &ref, TaskType type)
{
    WorkflowTask t = simple(ref);
    t.name = ref;
    t.type = type;
    t.typeName = taskTypeName(type);
    return t;
}

// `chain` SIMPLE tasks, then (while depth > 0) a FORK_JOIN of `fanout` branches built the same
// way one level down, and its JOIN.
inline TaskList nestedForks(const QString &prefix, int depth, int fanout, int chain)
{
    TaskList list;
    for (int i = 0; i < chain; ++i)
        list << simple(prefix + QStringLiteral("_s") + QString::number(i));
    if (depth == 0)
        return list;
    WorkflowTask fork = typed(prefix + QStringLiteral("_fork"), TaskType::ForkJoin);
    WorkflowTask join = typed(prefix + QStringLiteral("_join"), TaskType::Join);
    for (int b = 0; b < fanout; ++b) {
        const QString branch = prefix + QStringLiteral("_b") + QString::number(b);
        fork.forkTasks << nestedForks(branch, depth - 1, fanout, chain);
        join.joinOn << fork.forkTasks.last().last().taskReferenceName;
    }
    list << fork << join;
    return list;
}

// Nested forks three deep, padded with a trailing chain so that the graph (START and END
// included) has exactly `nodes` nodes.
inline WorkflowDef syntheticDefinition(int nodes, int fanout)
{
    WorkflowDef def;
    def.name = QStringLiteral("synthetic");
    def.tasks = nestedForks(QStringLiteral("n"), 3, fanout, 3);
    const qsizetype have = def.allTasks().size() + 2;
    Q_ASSERT(have <= nodes);
    for (qsizetype i = have; i < nodes; ++i)
        def.tasks << simple(QStringLiteral("tail") + QString::number(i));
    return def;
}

// The crazy-nested demo part-way: a2_open failed once and is being retried, a1b1's first
// branch is done, its second still running, a3's subtree has not started.
inline RunBuilder crazyPartialRun(const WorkflowDef &def)
{
    RunBuilder b(def);
    b.add(QStringLiteral("start"), TaskType::Simple, TaskStatus::Completed);
    b.add(QStringLiteral("outer_fork"), TaskType::Fork, TaskStatus::Completed);
    b.add(QStringLiteral("a1_open"), TaskType::Simple, TaskStatus::Completed).pollCount = 3;
    b.add(QStringLiteral("a2_open"), TaskType::Simple, TaskStatus::Failed);
    b.add(QStringLiteral("a3_open"), TaskType::Simple, TaskStatus::Scheduled);
    b.join(QStringLiteral("outer_fork_join"), {QStringLiteral("a1_close"), QStringLiteral("a2_close"), QStringLiteral("a3_close")},
           TaskStatus::InProgress);
    b.retry(QStringLiteral("a2_open"), TaskStatus::InProgress);
    b.add(QStringLiteral("a1_fork"), TaskType::Fork, TaskStatus::Completed);
    b.add(QStringLiteral("a1b1_open"), TaskType::Simple, TaskStatus::Completed);
    b.add(QStringLiteral("a1b2_open"), TaskType::Simple, TaskStatus::InProgress);
    b.join(QStringLiteral("a1_fork_join"), {QStringLiteral("a1b1_close"), QStringLiteral("a1b2_close")}, TaskStatus::InProgress);
    b.add(QStringLiteral("a1b1_fork"), TaskType::Fork, TaskStatus::Completed);
    b.add(QStringLiteral("a1b1c1_x"), TaskType::Simple, TaskStatus::Completed);
    b.add(QStringLiteral("a1b1c2_x"), TaskType::Simple, TaskStatus::Completed);
    b.join(QStringLiteral("a1b1_fork_join"), {QStringLiteral("a1b1c1_y"), QStringLiteral("a1b1c2_y")}, TaskStatus::InProgress);
    b.add(QStringLiteral("a1b1c1_y"), TaskType::Simple, TaskStatus::Completed);
    b.add(QStringLiteral("a1b1c2_y"), TaskType::Simple, TaskStatus::InProgress);
    return b;
}

// Every task of a fork/join-only definition COMPLETED, as a finished execution has them.
inline WorkflowRun completedRun(const WorkflowDef &def)
{
    RunBuilder b(def);
    for (const WorkflowTask *t : def.allTasks()) {
        if (t->type == TaskType::Join)
            b.join(t->taskReferenceName, t->joinOn, TaskStatus::Completed);
        else
            b.add(t->taskReferenceName, t->type == TaskType::ForkJoin ? TaskType::Fork : t->type,
                  TaskStatus::Completed);
    }
    b.run.status = WorkflowStatus::Completed;
    return b.run;
}

} // namespace dagtest
