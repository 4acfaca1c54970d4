#include "common/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace joinery {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("joinery.sqlite"));
}

} // namespace joinery
