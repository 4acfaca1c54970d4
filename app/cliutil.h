#pragma once

#include "commandline.h"

#include <QString>

namespace joinery::app {

// Prints "joinery: <reason>" on stderr and returns `code` (2: bad usage or input).
int fail(const QString &reason, int code = 2);
// The database a command uses: --db, or the default in the user's data folder.
QString databasePathFor(const CommandLineOptions &options);
// True when stderr is a terminal (progress lines are only drawn there).
bool stderrIsTerminal();

} // namespace joinery::app
