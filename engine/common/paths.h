#pragma once

#include <QString>

namespace joinery {

// Where Joinery keeps its data when the user names no --db: the per-user application-data
// folder (~/.local/share/Joinery on Linux). Callable from any thread once a Q(Core)Application
// exists, because QStandardPaths reads the application name from it.
QString defaultDatabasePath();

} // namespace joinery
