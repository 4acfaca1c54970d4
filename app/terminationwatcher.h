#pragma once

#include <QObject>

class QSocketNotifier;

namespace joinery::app {

// Turns SIGINT and SIGTERM into a Qt signal on the thread that owns the watcher, with the
// self-pipe pattern: the POSIX handler only writes one byte to a socket pair (async-signal-safe),
// and a QSocketNotifier on the other end emits terminationRequested() from the event loop. Only
// one watcher may exist at a time; it restores the previous handlers when destroyed.
class TerminationWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationWatcher)

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

    // False when the socket pair or the handlers could not be installed.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace joinery::app
