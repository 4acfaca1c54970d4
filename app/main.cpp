// joinery: the desktop application and its command-line tools. This file only parses the command
// line and wires the layers together; the engine and the window live in their own libraries.

#include "benchcommand.h"
#include "cliutil.h"
#include "commandline.h"
#include "runcommand.h"
#include "soakcommand.h"
#include "servecommand.h"

#include "common/paths.h"
#include "common/version.h"
#include "i18n/languagemanager.h"
#include "runtime/engine.h"
#include "shell/attachdialog.h"
#include "shell/mainwindow.h"
#include "shell/remotewindow.h"
#include "source/embeddedsource.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QUrl>

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

    if (!options.attachUrl.isEmpty()) {
        // No engine here: the window reads the server, and the application runs until the last
        // window (this one or any attached later from its File menu) is closed.
        const QUrl url = ui::AttachDialog::parseUrl(options.attachUrl);
        if (!url.isValid())
            return app::fail(QCoreApplication::translate("main", "--attach needs an http:// or https:// URL, not \"%1\"")
                                 .arg(options.attachUrl));
        ui::openRemoteWindow(&languages, url, options.token);
        return app.exec();
    }

    const QString db = options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    QDir().mkpath(QFileInfo(db).absolutePath());
    EngineOptions engineOptions;
    engineOptions.databasePath = db;
    QString error;
    std::unique_ptr<Engine> engine = Engine::open(engineOptions, &error);
    if (!engine) {
        const QString reason =
            QCoreApplication::translate("main", "Could not open the database %1: %2").arg(db, error);
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Joinery"), reason);
        return app::fail(reason);
    }

    int status = 0;
    {
        ui::EmbeddedSource source(*engine);
        ui::MainWindow window(&languages, &source);
        if (options.demo)
            source.setDemoLoad(true, 1);
        window.show();
        status = app.exec();
    } // the window and the source go before the engine they read
    return status;
}

// The --lang argument, read before parsing so that the parser's own messages are translated
// (empty: the system locale decides).
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const app::ParseResult parsed = app::parseCommandLine(arguments);
    if (parsed.outcome == app::ParseResult::Outcome::Proceed
        && parsed.options.command == app::Command::Gui)
        return runGui(argc, argv, parsed.options);

    // Every other command is headless: one QCoreApplication, the user's language, then the
    // command (help and usage errors are parsed again, now translated).
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    ui::LanguageManager languages;
    languages.setLanguage(ui::LanguageManager::resolve(languageArgument(arguments)));
    const app::ParseResult translated = app::parseCommandLine(arguments);
    switch (translated.outcome) {
    case app::ParseResult::Outcome::ShowText:
        QTextStream(stdout) << translated.text;
        return translated.exitCode;
    case app::ParseResult::Outcome::Error:
        return app::fail(translated.text, translated.exitCode);
    case app::ParseResult::Outcome::Proceed:
        break;
    }
    switch (translated.options.command) {
    case app::Command::Gui:
        break;
    case app::Command::Serve:
        return app::serveCommand(translated.options);
    case app::Command::Run:
        return app::runCommand(translated.options);
    case app::Command::Bench:
        return app::benchCommand(translated.options);
    case app::Command::Soak:
        return app::soakCommand(translated.options);
    }
    return 2;
}
