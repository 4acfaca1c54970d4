#include "shell/remotewindow.h"

#include "shell/mainwindow.h"
#include "source/remotesource.h"

namespace joinery::ui {

namespace {

MainWindow *showWindow(LanguageManager *languages, RemoteSource *source, const MainWindow *previous)
{
    auto *window = new MainWindow(languages, source);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (previous) {
        // pos() and move() both mean the frame's corner, whatever the window manager adds.
        window->resize(previous->size());
        window->move(previous->pos());
        window->setWindowState(previous->windowState());
    }
    // The window reads the source until its last moment, so the source goes after it.
    QObject::connect(window, &QObject::destroyed, source, &QObject::deleteLater);
    // Which panels a window builds depends on what the server offers. A server that was down
    // when the window opened says so only once it answers: then the window is built again, in
    // the same place, so that it shows what that server can feed instead of "unavailable".
    const ExecutionSource::Capabilities builtWith = source->capabilities();
    QObject::connect(source, &ExecutionSource::stateChanged, window,
        [languages, source, window, builtWith](const QString &state) {
            if (state != QLatin1String("connected") || source->capabilities() == builtWith)
                return;
            // The new window shows before the old one closes: closing the last window would
            // quit the application.
            QObject::disconnect(window, &QObject::destroyed, source, nullptr);
            MainWindow *next = showWindow(languages, source, window);
            if (!window->close()) { // unsaved editor work, and the user kept it
                QObject::disconnect(next, &QObject::destroyed, source, nullptr);
                next->close();
                QObject::connect(window, &QObject::destroyed, source, &QObject::deleteLater);
            }
        });
    window->show();
    return window;
}

} // namespace

RemoteSource *openRemoteWindow(LanguageManager *languages, const QUrl &url, const QString &token)
{
    auto *source = new RemoteSource(url, token);
    QObject::connect(
        source, &RemoteSource::ready, source,
        [languages, source] { showWindow(languages, source, nullptr); },
        Qt::SingleShotConnection);
    source->connectToServer();
    return source;
}

} // namespace joinery::ui
