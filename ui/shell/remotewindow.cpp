#include "shell/remotewindow.h"

#include "shell/mainwindow.h"
#include "source/remotesource.h"

namespace joinery::ui {

RemoteSource *openRemoteWindow(LanguageManager *languages, const QUrl &url, const QString &token)
{
    auto *source = new RemoteSource(url, token);
    QObject::connect(source, &RemoteSource::ready, source, [languages, source] {
        auto *window = new MainWindow(languages, source);
        window->setAttribute(Qt::WA_DeleteOnClose);
        // The window reads the source until its last moment, so the source goes after it.
        QObject::connect(window, &QObject::destroyed, source, &QObject::deleteLater);
        window->show();
    }, Qt::SingleShotConnection);
    source->connectToServer();
    return source;
}

} // namespace joinery::ui
