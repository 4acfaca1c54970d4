#pragma once

#include <QJsonObject>

#include <atomic>
#include <mutex>
#include <random>

namespace joinery {

// Faults that can be switched on while the engine runs (DESIGN.md "fault injection"), to widen
// race windows and prove that contention delays work but never loses it. All settings are
// atomics: any thread may read or change them at any time.
class FaultInjection
{
public:
    std::atomic<double> lockMissRate{0.0};   // probability that taking a workflow's lock fails
    std::atomic<int> decideDelayMs{0};       // sleep inside each decide, holding the lock
    std::atomic<double> workerFailureRate{0.0}; // demo workers fail a task with this probability
    std::atomic<bool> sweeperPaused{false};
    std::atomic<bool> legacyDecide{false};   // Conductor before v3.31.2 (see DESIGN.md)

    void seed(quint64 seed);
    // Draws against a probability with the shared, seeded generator.
    bool roll(double probability);

    QJsonObject toJson() const;
    // Applies the keys present in `json`; returns false (and changes nothing) on a bad value.
    bool apply(const QJsonObject &json, QString *error);

private:
    std::mutex m_mutex;
    std::mt19937_64 m_random{0x6a6f696e657279ULL};
};

} // namespace joinery
