#include "definitions/duration.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace joinery {

namespace {

// Conductor's DateTimeUtils.parseDuration pattern: optional days, hours, minutes and seconds, in
// that order, case-insensitive. An all-blank text matches it too; that case is refused below.
const QRegularExpression &durationPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(\\d+)\\s*(?:days?|d))?"
                       "\\s*(?:(\\d+)\\s*(?:hours?|hrs?|h))?"
                       "\\s*(?:(\\d+)\\s*(?:minutes?|mins?|m))?"
                       "\\s*(?:(\\d+)\\s*(?:seconds?|secs?|s))?"
                       "\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Adds count * unit seconds to *total; false on overflow (a duration past ~292 million years
// is a typo, not a wait).
bool addSeconds(const QString &digits, qint64 unit, qint64 *total)
{
    if (digits.isEmpty())
        return true;
    bool ok = false;
    const qint64 count = digits.toLongLong(&ok);
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000;
    if (!ok || count > (maxSeconds - *total) / unit)
        return false;
    *total += count * unit;
    return true;
}

// The zone of "yyyy-MM-dd HH:mm z": UTC/GMT/Z, an offset with or without a UTC/GMT prefix
// ("GMT+9", "UTC-03:30", "+0900"), or an IANA id ("Asia/Seoul").
std::optional<QTimeZone> parseZone(const QString &text)
{
    if (text.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0) {
        return QTimeZone::utc();
    }
    static const QRegularExpression offset(
        QStringLiteral("^(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = offset.match(text); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (hours > 18 || minutes > 59)
            return std::nullopt;
        const int seconds = (hours * 3600 + minutes * 60) * (m.captured(1) == u'-' ? -1 : 1);
        return QTimeZone(seconds);
    }
    const QByteArray id = text.toUtf8();
    if (id.contains('/') && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseDuration(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;

    // Joinery's one addition to Conductor's forms: a bare number is seconds.
    bool isNumber = false;
    const qint64 bare = text.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        if (bare < 0 || bare > std::numeric_limits<qint64>::max() / 1000)
            return std::nullopt;
        return bare * 1000;
    }

    const QRegularExpressionMatch m = durationPattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 seconds = 0;
    if (!addSeconds(m.captured(1), 86400, &seconds) || !addSeconds(m.captured(2), 3600, &seconds)
        || !addSeconds(m.captured(3), 60, &seconds) || !addSeconds(m.captured(4), 1, &seconds)) {
        return std::nullopt;
    }
    return seconds * 1000;
}

std::optional<qint64> parseUntil(const QString &text)
{
    // Conductor tries "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm z" and "yyyy-MM-dd" in turn, each
    // having to consume the whole text; this pattern accepts exactly their union.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                       "(?:\\s+(\\d{1,2}):(\\d{2})(?:\\s+(\\S+))?)?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (m.hasCaptured(4)) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt());
        if (!time.isValid())
            return std::nullopt;
    }
    QTimeZone zone = QTimeZone::utc();
    if (m.hasCaptured(6)) {
        const std::optional<QTimeZone> parsed = parseZone(m.captured(6));
        if (!parsed)
            return std::nullopt;
        zone = *parsed;
    }
    const QDateTime at(date, time, zone);
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

} // namespace joinery
