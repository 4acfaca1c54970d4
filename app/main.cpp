// joinery: the desktop application and its command-line tools. This file only parses the command
// line and wires the layers together; the engine and the window live in their own libraries.

#include "benchcommand.h"
#include "cliutil.h"
#include "commandline.h"
#include "runcommand.h"
#include "servecommand.h"

#include "common/paths.h"
#include "common/version.h"
#include "i18n/languagemanager.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace joinery;

namespace {

// A GUI start without any display would end in a Qt abort; say what to do instead.
bool haveDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        if (!platform.startsWith("xcb") && !platform.startsWith("wayland"))
            return true; // offscreen, minimal, vnc...: no display needed
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runGui(int argc, char **argv, const app::CommandLineOptions &options)
{
    if (!haveDisplay())
        return app::fail(QCoreApplication::translate(
            "main", "no display found (DISPLAY is not set); run it in a desktop session, under "
                    "xvfb-run, or use 'joinery serve' for a headless engine"));

    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    ui::LanguageManager languages;
    languages.setLanguage(ui::LanguageManager::resolve(options.language));

    const QString db = options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    ui::MainWindow window(&languages, db);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const app::ParseResult parsed = app::parseCommandLine(arguments);
    switch (parsed.outcome) {
    case app::ParseResult::Outcome::ShowText:
        QTextStream(stdout) << parsed.text;
        return parsed.exitCode;
    case app::ParseResult::Outcome::Error:
        return app::fail(parsed.text, parsed.exitCode);
    case app::ParseResult::Outcome::Proceed:
        break;
    }

    switch (parsed.options.command) {
    case app::Command::Gui:
        return runGui(argc, argv, parsed.options);
    case app::Command::Serve: {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
        return app::serveCommand(parsed.options);
    }
    case app::Command::Run: {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
        return app::runCommand(parsed.options);
    }
    case app::Command::Bench: {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
        return app::benchCommand(parsed.options);
    }
    case app::Command::Soak:
        return app::fail(QStringLiteral("'soak' is not available yet"));
    }
    return 2;
}
