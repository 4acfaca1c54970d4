#pragma once

// A test double of ExecutionSource for the widget tests: holds runs, stalls, previews and
// fault settings that a test sets directly, records what the widgets ask for, and answers
// asynchronously (queued to the event loop), as real sources do. Not shipped.

#include "source/executionsource.h"

#include <QHash>
#include <QMetaObject>

#include <functional>

namespace joinery::ui::test {

class FakeExecutionSource final : public ExecutionSource
{

public:
    using ExecutionSource::ExecutionSource;

    Capabilities caps = Stalls | LockEvents | Faults | DecidePreview | DemoLoad | LiveEvents | Metrics;
    QHash<QString, RunSnapshot> runs;
    QList<Stall> stalls;
    QHash<QString, QStringList> previews;
    QHash<QString, QString> previewErrors;
    QHash<QString, QString> actErrors; // workflowId -> error message for act()
    QJsonObject faultSettings;

    // What the widgets did.
    QStringList fetchedExecutions;
    QStringList previewed;
    QList<QJsonObject> registered;
    QStringList removedDefinitions;
    QList<QPair<QString, WorkflowAction::Kind>> actions;
    QList<QJsonObject> setFaultsCalls;
    bool demoRunning = false;
    int demoRate = 0;
    int fetchStallsCalls = 0;
    // Called for every act(), before answering (e.g. to publish the decided run).
    std::function<void(const QString &, const WorkflowAction &)> onAct;

    QString describe() const override { return QStringLiteral("Test source"); }
    Capabilities capabilities() const override { return caps; }

    void queryExecutions(const ExecutionQuery &, std::function<void(ExecutionPage)> done) override
    {
        later([done] { done(ExecutionPage()); });
    }
    void fetchExecution(const QString &workflowId, std::function<void(RunSnapshot)> done) override
    {
        fetchedExecutions << workflowId;
        const RunSnapshot run = runs.value(workflowId);
        later([done, run] { done(run); });
    }
    void fetchDefinitions(std::function<void(QList<WorkflowDefPtr>)> done) override
    {
        later([done] { done({}); });
    }
    void fetchStalls(std::function<void(QList<Stall>)> done) override
    {
        ++fetchStallsCalls;
        const QList<Stall> s = stalls;
        later([done, s] { done(s); });
    }
    void previewDecide(const QString &workflowId, std::function<void(QStringList, QString)> done) override
    {
        previewed << workflowId;
        const QStringList lines = previews.value(workflowId);
        const QString error = previewErrors.value(workflowId);
        later([done, lines, error] { done(lines, error); });
    }
    void registerDefinition(const QJsonObject &definition, bool, Done done) override
    {
        registered << definition;
        later([done] { done(ActionResult::success()); });
    }
    void removeDefinition(const QString &name, int version, Done done) override
    {
        removedDefinitions << QStringLiteral("%1:%2").arg(name).arg(version);
        later([done] { done(ActionResult::success()); });
    }
    void startWorkflow(const StartRequest &, Done done) override
    {
        later([done] { done(ActionResult::failure(ErrorKind::BadRequest, QStringLiteral("not in this test"))); });
    }
    void act(const QString &workflowId, const WorkflowAction &action, Done done) override
    {
        actions.append({workflowId, action.kind});
        if (onAct)
            onAct(workflowId, action);
        const QString error = actErrors.value(workflowId);
        later([done, error] {
            done(error.isEmpty() ? ActionResult::success() : ActionResult::failure(ErrorKind::Conflict, error));
        });
    }
    void updateTask(const TaskResult &, Done done) override
    {
        later([done] { done(ActionResult::success()); });
    }
    QJsonObject faults() const override { return faultSettings; }
    void setFaults(const QJsonObject &settings, Done done) override
    {
        setFaultsCalls << settings;
        for (auto it = settings.begin(); it != settings.end(); ++it)
            faultSettings.insert(it.key(), it.value());
        later([done] { done(ActionResult::success()); });
    }
    bool demoLoadRunning() const override { return demoRunning; }
    void setDemoLoad(bool on, int workflowsPerSecond) override
    {
        demoRunning = on;
        demoRate = workflowsPerSecond;
    }

    // Stores a run and announces it, as a live update does.
    void publish(const RunSnapshot &run)
    {
        runs.insert(run->workflowId, run);
        emit executionsChanged({run});
    }

private:
    void later(std::function<void()> f)
    {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    }
};

} // namespace joinery::ui::test
