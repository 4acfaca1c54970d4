#pragma once

#include "common/clock.h"

#include <QCoreApplication>
#include <QString>

namespace joinery::ui {

// Times and durations as the tables show them: local wall-clock time to the second, durations
// in the largest sensible unit ("450 ms", "3.2 s", "4 min 05 s", "2 h 03 min"). An unset time
// (0) is an empty cell, not 1970.
class TimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)

public:
    static QString dateTime(Millis epochMs);
    static QString duration(Millis ms);
    // Duration from `start` to `end`, or to `now` when not ended; empty when not started.
    static QString span(Millis start, Millis end, Millis now);
};

} // namespace joinery::ui
