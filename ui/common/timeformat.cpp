#include "common/timeformat.h"

#include <QDateTime>

namespace joinery::ui {

QString TimeFormat::dateTime(Millis epochMs)
{
    if (epochMs <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TimeFormat::duration(Millis ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86'400)
        return tr("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86'400).arg((seconds % 86'400) / 3600);
}

QString TimeFormat::span(Millis start, Millis end, Millis now)
{
    if (start <= 0)
        return QString();
    return duration((end > 0 ? end : now) - start);
}

} // namespace joinery::ui
