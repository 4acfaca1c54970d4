#include "common/clock.h"

#include <QDateTime>

namespace joinery {

Millis SystemClock::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace joinery
