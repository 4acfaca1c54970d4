#pragma once

#include "common/clock.h"
#include "store/storereader.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <mutex>

namespace joinery::store {
class StoreWriter;
}

namespace joinery::http {

// Conductor's PollData: per task queue and domain, which worker polled last and when. Every poll
// records here, in memory; flush() writes the entries that changed since the last flush to the
// store in one change set without waiting, so a busy poll loop costs no commit per poll and the
// figures survive a restart (they are loaded from the store on construction).
//
// Thread safety: every function may be called from any thread.
class PollDataTracker
{
public:
    PollDataTracker(store::StoreReader &reader, store::StoreWriter &writer);

    void record(const QString &queue, const QString &domain, const QString &workerId, Millis time);
    QList<store::StoreReader::PollData> forQueue(const QString &queue) const;
    QList<store::StoreReader::PollData> all() const;
    void flush();

private:
    static QString keyOf(const QString &queue, const QString &domain);

    store::StoreWriter &m_writer;
    mutable std::mutex m_mutex; // guards m_entries, m_dirty
    QHash<QString, store::StoreReader::PollData> m_entries; // key: queue + '\n' + domain
    QSet<QString> m_dirty;
};

} // namespace joinery::http
