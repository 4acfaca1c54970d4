#pragma once

#include "execution/lockevent.h"

#include <QByteArray>
#include <QList>

namespace joinery {

// Lock events as Chrome trace JSON ("Trace Event Format"), which chrome://tracing, Perfetto and
// speedscope open: one process, one track per thread; waits and holds as complete events ("X")
// named "wait <workflow>" / "hold <workflow>", misses and deferrals as instant events ("i").
class ChromeTrace
{
public:
    static QByteArray toJson(const QList<LockEvent> &events);
    // Writes the file; false (with the reason) when it cannot.
    static bool write(const QString &path, const QList<LockEvent> &events, QString *error);
};

} // namespace joinery
