#include "commandline.h"

#include "common/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <limits>

namespace joinery::app {
namespace {

// Gives the parser's messages a translation context that lupdate can see.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};


ParseResult error(const QString &reason)
{
    ParseResult r;
    r.outcome = ParseResult::Outcome::Error;
    r.text = reason;
    r.exitCode = 2;
    return r;
}

ParseResult showText(const QString &text)
{
    ParseResult r;
    r.outcome = ParseResult::Outcome::ShowText;
    r.text = text;
    return r;
}

// Reads an integer option within [min, max]; sets `failure` when the value is not one.
int intOption(const QCommandLineParser &p, const QString &name, int fallback, int min, int max,
              QString *failure)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        *failure = CommandLine::tr("--%1 expects a whole number from %2 to %3, not '%4'")
                       .arg(name).arg(min).arg(max).arg(p.value(name));
    return v;
}

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

QCommandLineOption flagOption(const char *name, const QString &description)
{
    return QCommandLineOption(QString::fromLatin1(name), description);
}

} // namespace

QString usageText()
{
    return CommandLine::tr("Usage:\n"
              "  joinery [--db PATH] [--attach URL] [--token SECRET] [--demo] [--lang en|ko]\n"
              "      Open the window on the embedded engine (or on a server with --attach).\n"
              "  joinery serve [--db PATH] [--port 8080] [--bind 127.0.0.1] [--token SECRET]\n"
              "                [--demo-workers] [--trace-out FILE]\n"
              "      Serve the Conductor-compatible REST API.\n"
              "  joinery run DEF.json [--input JSON] [--db PATH] [--timeout SECONDS]\n"
              "      Register a workflow definition, run it with demo workers, print the execution.\n"
              "  joinery bench [--workflows N] [--json] [--trace-out FILE]\n"
              "      Measure engine throughput on the crazy-nested-fork-join workflow.\n"
              "  joinery soak [--workflows N] [--lock-fail-rate P] [--decide-delay-ms D]\n"
              "               [--legacy-decide] [--recover] [--seed S] [--json] [--trace-out FILE]\n"
              "      Run workflows under injected faults and check that none is stranded.\n"
              "\n"
              "Options:\n"
              "  -h, --help     Show this help.\n"
              "  -v, --version  Show the version.\n"
              "\n"
              "Exit status: 0 success, 1 a failed workflow or check, 2 bad usage or bad input.\n");
}

ParseResult parseCommandLine(const QStringList &arguments)
{
    const QStringList args = arguments.isEmpty() ? QStringList{QStringLiteral("joinery")} : arguments;
    const QString first = args.size() > 1 ? args.at(1) : QString();

    CommandLineOptions o;
    if (first == QLatin1String("serve"))
        o.command = Command::Serve;
    else if (first == QLatin1String("run"))
        o.command = Command::Run;
    else if (first == QLatin1String("bench"))
        o.command = Command::Bench;
    else if (first == QLatin1String("soak"))
        o.command = Command::Soak;
    else if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')))
        return error(CommandLine::tr("unknown command '%1' (try --help)").arg(first));

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, CommandLine::tr("Show the version."));
    p.addOption(help);
    p.addOption(version);
    p.addOption(valueOption("db", CommandLine::tr("SQLite database file."), "PATH"));

    switch (o.command) {
    case Command::Gui:
        p.addOption(valueOption("attach", CommandLine::tr("Attach to a Conductor or Joinery server."), "URL"));
        p.addOption(valueOption("token", CommandLine::tr("Access token for the server."), "SECRET"));
        p.addOption(valueOption("lang", CommandLine::tr("Interface language: en or ko."), "LANG"));
        p.addOption(flagOption("demo", CommandLine::tr("Start a stream of demo workflows.")));
        break;
    case Command::Serve:
        p.addOption(valueOption("port", CommandLine::tr("TCP port."), "PORT"));
        p.addOption(valueOption("bind", CommandLine::tr("Address to bind."), "ADDRESS"));
        p.addOption(valueOption("token", CommandLine::tr("Require this secret."), "SECRET"));
        p.addOption(flagOption("demo-workers", CommandLine::tr("Run the built-in demo workers.")));
        p.addOption(valueOption("trace-out", CommandLine::tr("Write lock events as Chrome trace JSON."), "FILE"));
        break;
    case Command::Run:
        p.addOption(valueOption("input", CommandLine::tr("Workflow input as JSON."), "JSON"));
        p.addOption(valueOption("timeout", CommandLine::tr("Give up after this many seconds."), "SECONDS"));
        p.addPositionalArgument(QStringLiteral("DEF.json"), CommandLine::tr("Workflow definition."));
        break;
    case Command::Bench:
    case Command::Soak:
        p.addOption(valueOption("workflows", CommandLine::tr("Number of workflows."), "N"));
        p.addOption(flagOption("json", CommandLine::tr("Print one JSON object.")));
        p.addOption(valueOption("trace-out", CommandLine::tr("Write lock events as Chrome trace JSON."), "FILE"));
        if (o.command == Command::Soak) {
            p.addOption(valueOption("lock-fail-rate", CommandLine::tr("Probability of an injected lock miss."), "P"));
            p.addOption(valueOption("decide-delay-ms", CommandLine::tr("Delay added inside each decide."), "D"));
            p.addOption(flagOption("legacy-decide", CommandLine::tr("Behave as Conductor before v3.31.2.")));
            p.addOption(flagOption("recover", CommandLine::tr("Recover stalls with a forced decide.")));
            p.addOption(valueOption("seed", CommandLine::tr("Random seed."), "S"));
        }
        break;
    }

    QStringList toParse = args;
    if (o.command != Command::Gui)
        toParse.removeAt(1);
    if (!p.parse(toParse))
        return error(p.errorText());
    if (p.isSet(help))
        return showText(usageText());
    if (p.isSet(version))
        return showText(QStringLiteral("joinery %1\n").arg(QString::fromLatin1(kVersion)));

    const QStringList positional = p.positionalArguments();
    if (o.command == Command::Run) {
        if (positional.size() != 1)
            return error(CommandLine::tr("run expects exactly one workflow definition file"));
        o.definitionFile = positional.first();
    } else if (!positional.isEmpty()) {
        return error(CommandLine::tr("unexpected argument '%1'").arg(positional.first()));
    }

    QString failure;
    o.databasePath = p.value(QStringLiteral("db"));
    switch (o.command) {
    case Command::Gui:
        o.attachUrl = p.value(QStringLiteral("attach"));
        o.token = p.value(QStringLiteral("token"));
        o.demo = p.isSet(QStringLiteral("demo"));
        o.language = p.value(QStringLiteral("lang"));
        if (p.isSet(QStringLiteral("lang")) && o.language != QLatin1String("en")
            && o.language != QLatin1String("ko"))
            return error(CommandLine::tr("--lang expects en or ko, not '%1'").arg(o.language));
        if (!o.attachUrl.isEmpty() && !o.databasePath.isEmpty())
            return error(CommandLine::tr("--attach and --db exclude each other"));
        break;
    case Command::Serve:
        o.port = intOption(p, QStringLiteral("port"), 8080, 0, 65535, &failure);
        if (p.isSet(QStringLiteral("bind")))
            o.bindAddress = p.value(QStringLiteral("bind"));
        o.token = p.value(QStringLiteral("token"));
        o.demoWorkers = p.isSet(QStringLiteral("demo-workers"));
        o.traceOut = p.value(QStringLiteral("trace-out"));
        break;
    case Command::Run:
        o.input = p.value(QStringLiteral("input"));
        o.timeoutSeconds = intOption(p, QStringLiteral("timeout"), 0, 1, 7 * 24 * 3600, &failure);
        break;
    case Command::Bench:
    case Command::Soak:
        o.workflows = intOption(p, QStringLiteral("workflows"), 0, 1, 10'000'000, &failure);
        o.json = p.isSet(QStringLiteral("json"));
        o.traceOut = p.value(QStringLiteral("trace-out"));
        if (o.command == Command::Soak) {
            if (p.isSet(QStringLiteral("lock-fail-rate"))) {
                bool ok = false;
                o.lockFailRate = p.value(QStringLiteral("lock-fail-rate")).toDouble(&ok);
                if (!ok || o.lockFailRate < 0.0 || o.lockFailRate > 1.0)
                    return error(CommandLine::tr("--lock-fail-rate expects a probability from 0 to 1, not '%1'")
                                     .arg(p.value(QStringLiteral("lock-fail-rate"))));
            }
            o.decideDelayMs = intOption(p, QStringLiteral("decide-delay-ms"), 0, 0, 60'000, &failure);
            o.legacyDecide = p.isSet(QStringLiteral("legacy-decide"));
            o.recover = p.isSet(QStringLiteral("recover"));
            if (p.isSet(QStringLiteral("seed"))) {
                bool ok = false;
                o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
                if (!ok)
                    return error(CommandLine::tr("--seed expects a whole number, not '%1'").arg(p.value(QStringLiteral("seed"))));
                o.seedGiven = true;
            }
        }
        break;
    }
    if (!failure.isEmpty())
        return error(failure);

    ParseResult r;
    r.options = o;
    return r;
}

} // namespace joinery::app
