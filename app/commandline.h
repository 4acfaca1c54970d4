#pragma once

#include <QString>
#include <QStringList>

namespace joinery::app {

// The command-line contract of ../shared/DESIGN.md ("Command line"), parsed without side effects
// so that tests can check every form. Exit codes: 0 success, 1 a failed workflow or check,
// 2 bad usage or bad input.
enum class Command { Gui, Serve, Run, Bench, Soak };

struct CommandLineOptions
{
    Command command = Command::Gui;

    // Shared
    QString databasePath; // empty: the default location
    QString traceOut;     // serve, bench, soak: Chrome trace JSON of lock events
    bool json = false;    // bench, soak

    // GUI
    QString attachUrl;
    QString token;
    QString language; // "", "en" or "ko"
    bool demo = false;

    // serve
    int port = 8080;
    QString bindAddress = QStringLiteral("127.0.0.1");
    bool demoWorkers = false;

    // run
    QString definitionFile;
    QString input; // JSON text
    int timeoutSeconds = 0; // 0: no limit

    // bench, soak
    int workflows = 0; // 0: the command's default
    double lockFailRate = 0.0;
    int decideDelayMs = 0;
    bool legacyDecide = false;
    bool recover = false;
    quint64 seed = 0;
    bool seedGiven = false;
};

struct ParseResult
{
    enum class Outcome { Proceed, ShowText, Error };
    Outcome outcome = Outcome::Proceed;
    CommandLineOptions options;
    // For ShowText: what to print on stdout (help or version). For Error: a one-line reason.
    QString text;
    int exitCode = 0;
};

// `arguments` includes the program name, as QCoreApplication::arguments() does.
ParseResult parseCommandLine(const QStringList &arguments);

// The synopsis printed by --help.
QString usageText();

} // namespace joinery::app
