#include "runtime/demoload.h"

#include "execution/workflowexecutor.h"
#include "runtime/demolibrary.h"
#include "runtime/engine.h"

#include <QThread>

namespace joinery {

DemoLoad::DemoLoad(Engine &engine) : m_engine(engine) { }

DemoLoad::~DemoLoad()
{
    stop();
}

void DemoLoad::start(double workflowsPerSecond)
{
    {
        std::lock_guard lock(m_mutex);
        m_rate = std::clamp(workflowsPerSecond, 0.05, 500.0);
        if (m_running.load())
            return;
        m_stopping = false;
    }
    DemoLibrary::registerAll(m_engine);
    m_running = true;
    m_thread = std::thread([this] {
        QThread::currentThread()->setObjectName(QStringLiteral("demo-load"));
        run();
    });
}

void DemoLoad::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

double DemoLoad::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

void DemoLoad::run()
{
    static const QStringList mix{
        QStringLiteral("crazy-nested-fork-join"), QStringLiteral("order-flow"), QStringLiteral("crazy-nested-fork-join"),
        QStringLiteral("dynamic-fan-out"), QStringLiteral("crazy-nested-fork-join"), QStringLiteral("parent-with-sub-workflow"),
        QStringLiteral("retry-loop"),
    };
    for (qint64 n = 0;; ++n) {
        double rate;
        {
            std::unique_lock lock(m_mutex);
            rate = m_rate;
            const auto pause = std::chrono::milliseconds(qint64(1000.0 / rate));
            if (m_wake.wait_for(lock, pause, [&] { return m_stopping; }))
                return;
        }
        StartRequest start;
        start.name = mix.at(int(n % mix.size()));
        start.input = DemoLibrary::sampleInput(start.name, int(n));
        start.correlationId = QStringLiteral("demo-%1").arg(n);
        m_engine.executor().startAsync(start, LockRole::GuiAction, [this](const ActionResult &r) {
            if (r.ok())
                ++m_started;
        });
    }
}

} // namespace joinery
