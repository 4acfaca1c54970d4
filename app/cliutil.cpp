#include "cliutil.h"

#include "common/paths.h"

#include <QTextStream>

#include <unistd.h>

namespace joinery::app {

int fail(const QString &reason, int code)
{
    QTextStream(stderr) << "joinery: " << reason << Qt::endl;
    return code;
}

QString databasePathFor(const CommandLineOptions &options)
{
    return options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace joinery::app
