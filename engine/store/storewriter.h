#pragma once

#include "store/changeset.h"

#include <QHash>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace joinery::store {

class Connection;
class Database;
class Statement;

// The single writer of an engine database, with group commit: change sets submitted from any
// thread are applied in submission order, as many as are waiting in one transaction, and each
// submitter's callback runs only after that transaction is durable (DESIGN.md: "each caller
// answered only after its change is durable").
//
// It also keeps the committed generation of every decide marker in memory, so deciders can read
// "the generation I am about to clear" without a query.
//
// Thread safety: every public function may be called from any thread. Callbacks run on the
// writer thread, in commit order; they must be short and must not call submitAndWait().
// Failure: a failed transaction is rolled back, its callbacks get ok=false, and the writer stops
// accepting work (the engine's in-memory state no longer matches the file); failureMessage()
// says why.
class StoreWriter
{
public:
    using Done = std::function<void(bool ok)>;

    explicit StoreWriter(const Database &db);
    ~StoreWriter(); // commits what is queued, then stops

    void submit(ChangeSet &&changes, Done done = {});
    bool submitAndWait(ChangeSet &&changes);
    // Waits until everything submitted before the call is durable.
    void flush();

    qint64 markerGeneration(const QString &workflowId) const; // 0: no marker
    void loadMarkerGenerations(QHash<QString, qint64> generations);

    bool hasFailed() const;
    QString failureMessage() const;

    struct Stats
    {
        qint64 transactions = 0;
        qint64 changeSets = 0;
        qint64 operations = 0;
        qint64 largestBatch = 0;
    };
    Stats stats() const;

private:
    struct Pending
    {
        ChangeSet changes;
        Done done;
    };
    struct Statements;

    void run();
    void apply(const ChangeSet &changes, QHash<QString, qint64> &markerChanges);

    const Database &m_db;
    std::unique_ptr<Connection> m_connection; // used only by the writer thread
    std::unique_ptr<Statements> m_statements;

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    std::condition_variable m_committed;
    std::deque<Pending> m_queue;
    qint64 m_submitted = 0;
    qint64 m_done = 0;
    bool m_stopping = false;
    bool m_failed = false;
    QString m_failure;
    QHash<QString, qint64> m_generations;
    Stats m_stats;

    std::thread m_thread;
};

} // namespace joinery::store
