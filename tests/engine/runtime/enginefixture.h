#pragma once

// Shared set-up for engine tests: an engine on a temporary SQLite file with a clock the test
// moves, no background sweeper or legacy JOIN worker (the test drives them), and helpers that
// play a worker by hand.

#include "common/clock.h"
#include "definitions/definitionjson.h"
#include "definitions/taskdef.h"
#include "execution/executiontypes.h"
#include "execution/workflowexecutor.h"
#include "runtime/engine.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace joinery::testing {

struct EngineFixture
{
    QTemporaryDir dir;
    ManualClock clock{1'700'000'000'000};
    std::unique_ptr<Engine> engine;

    explicit EngineFixture(bool legacy = false) { open(legacy); }

    void open(bool legacy = false)
    {
        EngineOptions options;
        options.databasePath = dir.filePath(QStringLiteral("engine.sqlite"));
        options.clock = &clock;
        options.startSweeper = false;
        options.startLegacyJoinWorker = false;
        options.legacyDecide = legacy;
        QString error;
        engine = Engine::open(options, &error);
        if (!engine)
            qFatal("engine did not open: %s", qPrintable(error));
    }
    void close() { engine.reset(); }

    WorkflowExecutor &executor() { return engine->executor(); }

    bool registerFixture(const QString &file)
    {
        QFile f(QStringLiteral(JOINERY_SHARED_DIR "/conductor-fixtures/") + file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject json;
        DefinitionError error;
        if (!parseJsonObject(f.readAll(), &json, &error))
            return false;
        const ActionResult r = engine->registerWorkflowDef(json, true);
        if (!r.ok())
            qWarning("%s", qPrintable(r.message));
        return r.ok();
    }

    void registerTaskDef(const QString &name, int retryCount = 1)
    {
        TaskDef def = TaskDef::defaultsFor(name);
        def.retryCount = retryCount;
        def.timeoutSeconds = 120;
        def.responseTimeoutSeconds = 120;
        def.retryDelaySeconds = 0;
        engine->registerTaskDef(taskDefToJson(def));
    }

    QString start(const QString &name, const QJsonObject &input = {})
    {
        StartRequest request;
        request.name = name;
        request.input = input;
        const ActionResult r = executor().start(request, LockRole::Test);
        if (!r.ok())
            qWarning("start %s: %s", qPrintable(name), qPrintable(r.message));
        return r.id;
    }

    // Polls one task of `taskType` and completes it with `output`; returns its task id.
    QString completeOne(const QString &taskType, const QJsonObject &output = {}, TaskStatus status = TaskStatus::Completed)
    {
        const QList<TaskRun> tasks = executor().poll(taskType, QStringLiteral("test-worker"), 1, 0);
        if (tasks.isEmpty())
            return QString();
        TaskResult r;
        r.workflowId = tasks.first().workflowId;
        r.taskId = tasks.first().taskId;
        r.status = status;
        r.outputData = output;
        const ActionResult done = executor().updateTask(r, LockRole::Test);
        if (!done.ok())
            qWarning("update %s: %s", qPrintable(taskType), qPrintable(done.message));
        executor().waitIdle();
        return r.taskId;
    }

    WorkflowRun run(const QString &workflowId)
    {
        executor().waitIdle();
        return executor().find(workflowId).value_or(WorkflowRun{});
    }

    static const TaskRun *task(const WorkflowRun &run, const QString &reference)
    {
        return run.latestByReference(reference);
    }
};

} // namespace joinery::testing
