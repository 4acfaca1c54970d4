#include "runcommand.h"

#include "cliutil.h"
#include "definitions/definitionjson.h"
#include "definitions/definitionvalidator.h"
#include "execution/workflowexecutor.h"
#include "model/executionjson.h"
#include "runtime/completionwaiter.h"
#include "runtime/demolibrary.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace joinery::app {
namespace {

// Gives this command's messages a translation context that lupdate can see.
struct RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

} // namespace

int runCommand(const CommandLineOptions &o)
{
    QFile file(o.definitionFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(RunCommand::tr("cannot read %1: %2").arg(o.definitionFile, file.errorString()));
    QJsonObject json;
    DefinitionError error;
    if (!parseJsonObject(file.readAll(), &json, &error))
        return fail(QStringLiteral("%1: %2").arg(o.definitionFile, error.toString()));
    WorkflowDef def;
    if (!workflowDefFromJson(json, &def, &error))
        return fail(QStringLiteral("%1: %2").arg(o.definitionFile, error.toString()));
    if (const QList<DefinitionError> problems = DefinitionValidator::validate(def); !problems.isEmpty()) {
        QStringList lines;
        for (const DefinitionError &p : problems)
            lines << p.toString();
        return fail(QStringLiteral("%1: %2").arg(o.definitionFile, lines.join(QLatin1String("; "))));
    }
    QJsonObject input;
    if (!o.input.isEmpty()) {
        DefinitionError inputError;
        if (!parseJsonObject(o.input.toUtf8(), &input, &inputError))
            return fail(QStringLiteral("--input: %1").arg(inputError.toString()));
    }

    QString openError;
    EngineOptions options;
    options.databasePath = databasePathFor(o);
    std::unique_ptr<Engine> engine = Engine::open(options, &openError);
    if (!engine)
        return fail(openError);
    DemoLibrary::registerAll(*engine); // so that demo sub-workflows resolve
    const ActionResult registered = engine->registerWorkflowDef(json, true);
    if (!registered.ok())
        return fail(registered.message);
    engine->registerMissingTaskDefs(def.name, def.version);
    DemoWorkers::install(engine->workers(), engine->faults(), &engine->delays(), DemoWorkerConfig{16, 0, 0});
    engine->workers().start();

    CompletionWaiter waiter(engine->executor());
    StartRequest start;
    start.name = def.name;
    start.version = def.version;
    start.input = input;
    const ActionResult started = engine->executor().start(start, LockRole::ApiRequest);
    if (!started.ok())
        return fail(started.message, started.error == ErrorKind::Internal ? 1 : 2);

    const bool finished = waiter.waitFor(started.id, o.timeoutSeconds > 0 ? o.timeoutSeconds * 1000 : -1);
    engine->workers().stop();
    engine->executor().waitIdle();
    const std::optional<WorkflowRun> run = engine->executor().find(started.id, true);
    if (run)
        QTextStream(stdout) << QJsonDocument(workflowToJson(*run, true)).toJson(QJsonDocument::Indented);
    if (!finished)
        return fail(RunCommand::tr("workflow %1 did not end within %2 s").arg(started.id).arg(o.timeoutSeconds), 1);
    if (!run || run->status != WorkflowStatus::Completed)
        return fail(RunCommand::tr("workflow %1 ended %2%3")
                        .arg(started.id, run ? workflowStatusName(run->status) : QStringLiteral("missing"),
                             run && !run->reasonForIncompletion.isEmpty() ? QStringLiteral(": ") + run->reasonForIncompletion : QString()),
                    1);
    return 0;
}

} // namespace joinery::app
