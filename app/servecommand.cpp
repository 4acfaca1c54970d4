#include "servecommand.h"

#include "cliutil.h"
#include "terminationwatcher.h"

#include "execution/chrometrace.h"
#include "execution/lockeventlog.h"
#include "http/restserver.h"
#include "runtime/demolibrary.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "runtime/workerhost.h"

#include <QCoreApplication>
#include <QTextStream>

namespace joinery::app {
namespace {

// Gives this command's messages a translation context that lupdate can see.
struct ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

} // namespace

int serveCommand(const CommandLineOptions &o)
{
    TerminationWatcher termination;
    if (!termination.isActive())
        return fail(ServeCommand::tr("cannot install the SIGINT/SIGTERM handlers"), 1);

    EngineOptions engineOptions;
    engineOptions.databasePath = databasePathFor(o);
    QString error;
    std::unique_ptr<Engine> engine = Engine::open(engineOptions, &error);
    if (!engine)
        return fail(error);
    if (o.demoWorkers) {
        DemoLibrary::registerAll(*engine);
        engine->ensureDemoWorkers(DemoWorkerConfig {64, 0, 0});
    }

    http::RestServerOptions serverOptions;
    serverOptions.bindAddress = o.bindAddress;
    serverOptions.port = o.port;
    serverOptions.token = o.token;
    int status = 0;
    {
        http::RestServer server(*engine, serverOptions);
        if (!server.start(&error))
            return fail(error);
        // Scripts find the URL on this line (tests/interop/joineryserver.js), in any language.
        QTextStream(stdout) << (o.demoWorkers ? ServeCommand::tr("Listening on %1 (database %2, demo workers)")
                                              : ServeCommand::tr("Listening on %1 (database %2)"))
                                   .arg(server.url(), engine->databasePath())
                            << Qt::endl;
        QObject::connect(
            &termination, &TerminationWatcher::terminationRequested, qApp, [](int signalNumber) {
                QTextStream(stderr)
                    << ServeCommand::tr("joinery: signal %1, shutting down").arg(signalNumber)
                    << Qt::endl;
                QCoreApplication::quit();
            });
        status = QCoreApplication::exec();
        server.stop();
    }
    engine->workers().stop();
    if (!o.traceOut.isEmpty()) {
        const LockEventLog::Page page = engine->locks().read(0, 1'000'000);
        if (!ChromeTrace::write(o.traceOut, page.events, &error))
            return fail(error, 1);
    }
    engine.reset(); // stops the sweeper, lets owners finish, flushes the store
    return status;
}

} // namespace joinery::app
