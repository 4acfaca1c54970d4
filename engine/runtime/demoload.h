#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace joinery {

class Engine;

// A steady stream of demo workflows with demo workers that take a little time, so the window
// shows live data (`joinery --demo`, the fault-injection panel). Most of the stream is
// crazy-nested-fork-join, with the other demos mixed in.
// Thread safety: start/stop/setRate from any thread.
class DemoLoad
{
public:
    explicit DemoLoad(Engine &engine);
    ~DemoLoad();

    void start(double workflowsPerSecond);
    void stop();
    bool isRunning() const { return m_running.load(); }
    double rate() const;
    qint64 started() const { return m_started.load(); }

private:
    void run();

    Engine &m_engine;
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_started{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    double m_rate = 1.0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace joinery
