#pragma once

#include <QtGlobal>

#include <atomic>

namespace joinery {

// Milliseconds since the Unix epoch, as Conductor stores its times.
using Millis = qint64;

// The engine's only source of "now". Production code uses SystemClock; tests use ManualClock and
// move time by hand, so that no test sleeps to wait for a timeout (../shared/STYLE.md).
//
// Thread safety: now() may be called from any thread concurrently.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Millis now() const = 0;
};

class SystemClock final : public Clock
{
public:
    Millis now() const override;
    static SystemClock *instance();
};

// A clock that only moves when told to. advance() and set() are atomic, so a test thread may
// move time while engine threads read it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Millis start = 1'700'000'000'000) : m_now(start) { }
    Millis now() const override { return m_now.load(std::memory_order_acquire); }
    void set(Millis t) { m_now.store(t, std::memory_order_release); }
    void advance(Millis delta) { m_now.fetch_add(delta, std::memory_order_acq_rel); }

private:
    std::atomic<Millis> m_now;
};

} // namespace joinery
