#include "http/polldatatracker.h"

#include "store/changeset.h"
#include "store/storewriter.h"

#include <algorithm>

namespace joinery::http {

PollDataTracker::PollDataTracker(store::StoreReader &reader, store::StoreWriter &writer)
    : m_writer(writer)
{
    const QList<store::StoreReader::PollData> stored = reader.loadPollData();
    for (const store::StoreReader::PollData &p : stored)
        m_entries.insert(keyOf(p.queue, p.domain), p);
}

QString PollDataTracker::keyOf(const QString &queue, const QString &domain)
{
    return queue + QLatin1Char('\n') + domain;
}

void PollDataTracker::record(
    const QString &queue, const QString &domain, const QString &workerId, Millis time)
{
    const QString key = keyOf(queue, domain);
    std::lock_guard lock(m_mutex);
    m_entries.insert(key, {queue, domain, workerId, time});
    m_dirty.insert(key);
}

QList<store::StoreReader::PollData> PollDataTracker::forQueue(const QString &queue) const
{
    QList<store::StoreReader::PollData> list;
    {
        std::lock_guard lock(m_mutex);
        for (const store::StoreReader::PollData &p : m_entries) {
            if (p.queue == queue)
                list << p;
        }
    }
    std::sort(
        list.begin(), list.end(), [](const auto &a, const auto &b) { return a.domain < b.domain; });
    return list;
}

QList<store::StoreReader::PollData> PollDataTracker::all() const
{
    QList<store::StoreReader::PollData> list;
    {
        std::lock_guard lock(m_mutex);
        list = m_entries.values();
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.queue != b.queue ? a.queue < b.queue : a.domain < b.domain;
    });
    return list;
}

void PollDataTracker::flush()
{
    store::ChangeSet changes;
    {
        std::lock_guard lock(m_mutex);
        for (const QString &key : std::as_const(m_dirty)) {
            const store::StoreReader::PollData &p = m_entries[key];
            changes.recordPoll(p.queue, p.domain, p.workerId, p.lastPollTime);
        }
        m_dirty.clear();
    }
    if (!changes.isEmpty() && !m_writer.hasFailed())
        m_writer.submit(std::move(changes));
}

} // namespace joinery::http
