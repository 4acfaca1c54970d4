#pragma once

#include <QString>

#include <optional>

namespace joinery {

// WAIT task times, as Conductor's DateTimeUtils reads them.
// parseDuration: "30s", "5m", "1h 30m", "2 days 3 hours", "10 minutes 5 secs"; a bare number is
// seconds. Returns milliseconds, or nullopt when the text is not a duration.
std::optional<qint64> parseDuration(const QString &text);
// parseUntil: "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm z" (z: a zone such as UTC, GMT+9, +09:00)
// or "yyyy-MM-dd"; without a zone the time is UTC. Returns epoch milliseconds or nullopt.
std::optional<qint64> parseUntil(const QString &text);

} // namespace joinery
