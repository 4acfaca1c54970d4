#pragma once

#include <QString>
#include <QUrl>

namespace joinery::ui {

class LanguageManager;
class MainWindow;
class RemoteSource;

// Opens a window on a remote server, for `joinery --attach URL` and File → Attach to Server….
// The RemoteSource is created at once and probes the server; the window follows as soon as the
// probe has answered (or failed), because which panels have data depends on what the server
// offers. The window deletes itself when closed and takes its source with it; it says which
// server it shows in its title and status bar. When the server was down at first and answers
// later with more to offer, the window is built again in the same place. Returns the source (owned by the window once it
// exists, by itself until then). GUI thread only.
RemoteSource *openRemoteWindow(LanguageManager *languages, const QUrl &url, const QString &token);

} // namespace joinery::ui
