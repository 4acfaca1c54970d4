#pragma once

// A small harness for golden tests of the pure decider: a definition, an input, some TaskDefs
// and a script of steps that play the part of workers, timers and the clock. Each step either
// changes the execution value the way the executor would (a poll, a worker's update) and then
// decides, or appends something to a text trace; the trace ends with a dump of the execution.
// Rows compare that trace with QCOMPARE, so a failure shows the whole story.
//
// JSON in the tables is written with single quotes (moc mis-reads raw string literals), and
// tasks may be abbreviated: {'ref':'a'} is a SIMPLE task named and referenced "a".
//
// Script steps, separated by ';':
//   decide                 decide now (a timer fired, a signal arrived)
//   poll REF               a worker claims the latest REF: IN_PROGRESS, pollCount+1
//   progress REF           the worker reports IN_PROGRESS (no decide, as in the executor)
//   complete REF [JSON]    the latest REF ends COMPLETED with that output, then decide
//   fail REF               ... FAILED, then decide
//   terminal REF           ... FAILED_WITH_TERMINAL_ERROR, then decide
//   cancel REF             ... CANCELED (a SUB_WORKFLOW whose child was terminated), then decide
//   timeout REF            ... TIMED_OUT (a SUB_WORKFLOW whose child timed out), then decide
//   advance SECONDS        move the clock
//   dump                   the execution as one line: STATUS seq:ref:type:status[:retryCount][@callbackS] ...
//   out REF / in REF       REF's output / input as compact JSON
//   vars / wfout / reason  the workflow's variables / output / reasonForIncompletion
//   children               the child workflows the last decide asked for, and those it terminates
//   failureworkflows       the failure workflows the last decide asked for
//   ids                    every task id, in seq order
// The trace shows JSON with single quotes, like the tables.

#include "decider/decider.h"
#include "definitions/definitionjson.h"
#include "definitions/definitionvalidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include <initializer_list>

namespace joinery::test {

inline constexpr Millis kStart = 1'700'000'000'000;

// Parses single-quoted JSON; aborts the test binary on a typo (it is the test's own data).
inline QJsonValue json(const QByteArray &text)
{
    QByteArray bytes = text;
    bytes.replace('\'', '"');
    bytes = "[" + bytes + "]";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test data at %d: %s", error.offset, text.constData());
    return document.array().at(0);
}

inline QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Fills in the abbreviations: 'ref' gives taskReferenceName (and name), type defaults to SIMPLE.
inline QJsonObject expandTask(QJsonObject t)
{
    if (t.contains(QLatin1String("ref"))) {
        const QJsonValue ref = t.take(QLatin1String("ref"));
        t.insert(QStringLiteral("taskReferenceName"), ref);
        if (!t.contains(QLatin1String("name")))
            t.insert(QStringLiteral("name"), ref);
    }
    if (!t.contains(QLatin1String("type")))
        t.insert(QStringLiteral("type"), QStringLiteral("SIMPLE"));
    auto expandList = [](const QJsonValue &list) {
        QJsonArray out;
        for (const QJsonValue &v : list.toArray())
            out.append(expandTask(v.toObject()));
        return out;
    };
    if (t.contains(QLatin1String("forkTasks"))) {
        QJsonArray branches;
        for (const QJsonValue &b : t.value(QLatin1String("forkTasks")).toArray())
            branches.append(expandList(b));
        t.insert(QStringLiteral("forkTasks"), branches);
    }
    for (const char *key : {"defaultCase", "loopOver"}) {
        if (t.contains(QLatin1String(key)))
            t.insert(QLatin1String(key), expandList(t.value(QLatin1String(key))));
    }
    if (t.contains(QLatin1String("decisionCases"))) {
        QJsonObject cases = t.value(QLatin1String("decisionCases")).toObject();
        for (auto it = cases.begin(); it != cases.end(); ++it)
            it.value() = expandList(it.value());
        t.insert(QStringLiteral("decisionCases"), cases);
    }
    return t;
}

// A tasks array, or a whole definition object with "tasks".
inline WorkflowDefPtr definitionFrom(const QByteArray &text, QString *error)
{
    const QJsonValue value = json(text);
    QJsonObject def = value.isArray() ? QJsonObject{{QStringLiteral("tasks"), value}} : value.toObject();
    if (!def.contains(QLatin1String("name")))
        def.insert(QStringLiteral("name"), QStringLiteral("wf"));
    if (!def.contains(QLatin1String("version")))
        def.insert(QStringLiteral("version"), 1);
    QJsonArray tasks;
    for (const QJsonValue &t : def.value(QLatin1String("tasks")).toArray())
        tasks.append(expandTask(t.toObject()));
    def.insert(QStringLiteral("tasks"), tasks);

    auto parsed = std::make_shared<WorkflowDef>();
    DefinitionError e;
    if (!workflowDefFromJson(def, parsed.get(), &e)) {
        *error = e.toString();
        return nullptr;
    }
    QStringList problems;
    for (const DefinitionError &p : DefinitionValidator::validate(*parsed))
        problems << p.toString();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1String("; "));
        return nullptr;
    }
    return parsed;
}

class TaskDefTable final : public TaskDefLookup
{
public:
    // A JSON array of TaskDefs (single-quoted); an empty text means none.
    bool load(const QByteArray &text, QString *error)
    {
        if (text.isEmpty())
            return true;
        for (const QJsonValue &v : json(text).toArray()) {
            TaskDef def;
            DefinitionError e;
            if (!taskDefFromJson(v.toObject(), &def, &e)) {
                *error = e.toString();
                return false;
            }
            m_defs.insert(def.name, def);
        }
        return true;
    }
    std::optional<TaskDef> findTaskDef(const QString &name) const override
    {
        auto it = m_defs.constFind(name);
        return it == m_defs.constEnd() ? std::nullopt : std::optional<TaskDef>(*it);
    }

private:
    QHash<QString, TaskDef> m_defs;
};

inline QString dumpRun(const WorkflowRun &run)
{
    QStringList parts{workflowStatusName(run.status)};
    for (const TaskRun &t : run.tasks) {
        QString s = QStringLiteral("%1:%2:%3:%4").arg(t.seq).arg(t.referenceTaskName, taskTypeName(t.type),
                                                         taskStatusName(t.status));
        if (t.retryCount > 0)
            s += QLatin1Char(':') + QString::number(t.retryCount);
        if (t.callbackAfterSeconds > 0)
            s += QLatin1Char('@') + QString::number(t.callbackAfterSeconds) + QLatin1Char('s');
        parts << s;
    }
    return parts.join(QLatin1Char(' '));
}

// Runs a script against the decider. Everything the decider does goes through Decider::decide;
// the steps only do what a worker, the clock or the executor's bookkeeping would do.
class Scenario
{
public:
    Scenario(WorkflowDefPtr def, const QJsonObject &input, const TaskDefLookup &taskDefs,
             const QString &workflowId = QStringLiteral("wf-1"))
        : m_taskDefs(taskDefs)
    {
        run.workflowId = workflowId;
        run.workflowName = def->name;
        run.workflowVersion = def->version;
        run.input = input;
        run.variables = def->variables;
        run.createTime = run.startTime = run.updateTime = now;
        run.definition = std::move(def);
    }

    void decide()
    {
        last = Decider::decide(run, now, m_taskDefs);
        run = last.after;
    }

    // Plays the script; returns the trace (one entry per line), ending with a dump.
    QString play(const QString &script)
    {
        decide(); // the start
        QStringList trace;
        for (const QString &raw : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString step = raw.trimmed();
            if (step.isEmpty())
                continue;
            const int space = step.indexOf(QLatin1Char(' '));
            const QString verb = space < 0 ? step : step.left(space);
            const QString rest = space < 0 ? QString() : step.mid(space + 1).trimmed();
            const int space2 = rest.indexOf(QLatin1Char(' '));
            const QString ref = space2 < 0 ? rest : rest.left(space2);
            const QString arg = space2 < 0 ? QString() : rest.mid(space2 + 1).trimmed();
            if (!apply(verb, ref, arg, &trace))
                trace << QStringLiteral("!bad step '%1'").arg(step);
        }
        trace << dumpRun(run);
        // Single quotes throughout, so that expected texts need no escapes.
        return trace.join(QLatin1Char('\n')).replace(QLatin1Char('"'), QLatin1Char('\''));
    }

    TaskRun *latest(const QString &ref)
    {
        for (int i = run.tasks.size() - 1; i >= 0; --i) {
            if (run.tasks.at(i).referenceTaskName == ref)
                return &run.tasks[i];
        }
        return nullptr;
    }

    WorkflowRun run;
    DecideOutcome last;
    Millis now = kStart;

private:
    bool finish(const QString &ref, TaskStatus status, const QString &output)
    {
        TaskRun *t = latest(ref);
        if (!t || t->isTerminal())
            return false;
        t->status = status;
        if (!output.isEmpty())
            t->outputData = json(output.toUtf8()).toObject();
        if (t->startTime == 0)
            t->startTime = now;
        t->endTime = t->updateTime = now;
        if (status != TaskStatus::Completed)
            t->reasonForIncompletion = QStringLiteral("%1 by the test").arg(taskStatusName(status));
        decide();
        return true;
    }

    bool apply(const QString &verb, const QString &ref, const QString &arg, QStringList *trace)
    {
        if (verb == QLatin1String("decide")) {
            decide();
            return true;
        }
        if (verb == QLatin1String("advance")) {
            now += ref.toLongLong() * 1000;
            return true;
        }
        if (verb == QLatin1String("poll")) {
            TaskRun *t = latest(ref);
            if (!t || t->status != TaskStatus::Scheduled)
                return false;
            t->status = TaskStatus::InProgress;
            if (t->startTime == 0)
                t->startTime = now;
            t->updateTime = now;
            t->pollCount += 1;
            t->callbackAfterSeconds = 0;
            return true;
        }
        if (verb == QLatin1String("progress")) {
            // A worker's IN_PROGRESS update without a callback: the task stays claimed.
            TaskRun *t = latest(ref);
            if (!t || t->status != TaskStatus::InProgress)
                return false;
            t->updateTime = now;
            return true;
        }
        if (verb == QLatin1String("complete"))
            return finish(ref, TaskStatus::Completed, arg);
        if (verb == QLatin1String("fail"))
            return finish(ref, TaskStatus::Failed, arg);
        if (verb == QLatin1String("terminal"))
            return finish(ref, TaskStatus::FailedWithTerminalError, arg);
        if (verb == QLatin1String("cancel"))
            return finish(ref, TaskStatus::Canceled, arg);
        if (verb == QLatin1String("timeout"))
            return finish(ref, TaskStatus::TimedOut, arg);
        if (verb == QLatin1String("dump")) {
            *trace << dumpRun(run);
            return true;
        }
        if (verb == QLatin1String("out") || verb == QLatin1String("in")) {
            const TaskRun *t = latest(ref);
            if (!t)
                return false;
            *trace << ref + QLatin1Char('.') + verb + QLatin1Char('=')
                    + compact(verb == QLatin1String("out") ? t->outputData : t->inputData);
            return true;
        }
        if (verb == QLatin1String("vars")) {
            *trace << QStringLiteral("variables=") + compact(run.variables);
            return true;
        }
        if (verb == QLatin1String("wfout")) {
            *trace << QStringLiteral("output=") + compact(run.output);
            return true;
        }
        if (verb == QLatin1String("reason")) {
            *trace << QStringLiteral("reason=") + run.reasonForIncompletion;
            return true;
        }
        if (verb == QLatin1String("children")) {
            QStringList parts;
            for (const ChildWorkflowRequest &c : std::as_const(last.childWorkflows)) {
                const TaskRun *parent = run.taskById(c.parentTaskId);
                parts << QStringLiteral("start %1 for %2 with %3 as %4")
                             .arg(c.name, parent ? parent->referenceTaskName : QStringLiteral("?"), compact(c.input),
                                  c.childWorkflowId == Decider::childWorkflowIdFor(c.parentTaskId, parent ? parent->retryCount : 0)
                                      ? QStringLiteral("derived id")
                                      : QStringLiteral("other id"));
            }
            for (const QString &id : std::as_const(last.childWorkflowsToTerminate)) {
                QString owner = QStringLiteral("?");
                for (const TaskRun &t : std::as_const(run.tasks)) {
                    if (t.subWorkflowId == id)
                        owner = t.referenceTaskName;
                }
                parts << QStringLiteral("terminate the child of %1").arg(owner);
            }
            *trace << QStringLiteral("children: ") + parts.join(QLatin1String(", "));
            return true;
        }
        if (verb == QLatin1String("failureworkflows")) {
            QStringList parts;
            for (const FailureWorkflowRequest &f : std::as_const(last.failureWorkflows))
                parts << f.name + QLatin1Char('(') + f.input.value(QLatin1String("failureStatus")).toString() + QLatin1Char(')');
            *trace << QStringLiteral("failure workflows: ") + parts.join(QLatin1String(", "));
            return true;
        }
        if (verb == QLatin1String("ids")) {
            QStringList ids;
            for (const TaskRun &t : std::as_const(run.tasks))
                ids << t.taskId;
            *trace << ids.join(QLatin1Char(' '));
            return true;
        }
        return false;
    }

    const TaskDefLookup &m_taskDefs;
};

// The columns every scenario table has, one row per scenario.
inline void addScenarioColumns()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("taskDefs");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
}

// `expected` is the trace, one entry per line (see play()).
inline void addScenario(const char *name, const char *definition, const char *script,
                        std::initializer_list<const char *> expected, const char *input = "{}",
                        const char *taskDefs = "")
{
    QStringList lines;
    for (const char *line : expected)
        lines << QString::fromUtf8(line);
    QTest::newRow(name) << QByteArray(definition) << QByteArray(input) << QByteArray(taskDefs)
                        << QString::fromUtf8(script) << lines.join(QLatin1Char('\n'));
}

// The body of every scenario test function.
inline void playScenario()
{
    QFETCH(QByteArray, definition);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, taskDefs);
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QString error;
    const WorkflowDefPtr def = definitionFrom(definition, &error);
    QVERIFY2(def, qPrintable(error));
    TaskDefTable defs;
    QVERIFY2(defs.load(taskDefs, &error), qPrintable(error));
    Scenario scenario(def, json(input).toObject(), defs);
    QCOMPARE(scenario.play(script), expected);
}

} // namespace joinery::test
