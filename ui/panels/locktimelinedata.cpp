#include "panels/locktimelinedata.h"

#include <QHash>

#include <cmath>

namespace joinery::ui {

LockTimelineData::LockTimelineData(int capacity) : m_capacity(qMax(1, capacity)) { }

void LockTimelineData::append(const QList<LockEvent> &events)
{
    if (events.isEmpty())
        return;
    for (const LockEvent &e : events) {
        if (e.sequence > 0) {
            if (e.sequence <= m_lastSequence)
                continue;
            m_lastSequence = e.sequence;
        }
        m_events.append(e);
    }
    const qsizetype excess = m_events.size() - m_capacity;
    if (excess > 0) {
        m_events.remove(0, excess);
        m_dropped += excess;
    }
    m_dirty = true;
}

void LockTimelineData::clear()
{
    m_events.clear();
    m_dropped = 0;
    m_lastSequence = -1;
    m_dirty = true;
}

QList<LockEvent> LockTimelineData::visibleEvents() const
{
    if (m_filter.isEmpty())
        return m_events;
    QList<LockEvent> out;
    for (const LockEvent &e : m_events) {
        if (passes(e))
            out.append(e);
    }
    return out;
}

void LockTimelineData::setLaneMode(LaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_dirty = true;
}

void LockTimelineData::setWorkflowFilter(const QString &workflowId)
{
    if (workflowId == m_filter)
        return;
    m_filter = workflowId;
    m_dirty = true;
}

const QStringList &LockTimelineData::lanes() const
{
    rebuild();
    return m_lanes;
}

const QList<LockTimelineData::Bar> &LockTimelineData::bars() const
{
    rebuild();
    return m_bars;
}

const QList<LockTimelineData::Mark> &LockTimelineData::marks() const
{
    rebuild();
    return m_marks;
}

Millis LockTimelineData::earliest() const
{
    rebuild();
    return m_earliest;
}

Millis LockTimelineData::latest() const
{
    rebuild();
    return m_latest;
}

void LockTimelineData::rebuild() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_lanes.clear();
    m_bars.clear();
    m_marks.clear();
    m_earliest = 0;
    m_latest = 0;
    QHash<QString, int> laneOf;
    auto stretch = [this](Millis t) {
        if (t <= 0)
            return;
        m_earliest = m_earliest == 0 ? t : qMin(m_earliest, t);
        m_latest = qMax(m_latest, t);
    };
    for (int i = 0; i < m_events.size(); ++i) {
        const LockEvent &e = m_events.at(i);
        if (!passes(e))
            continue;
        const QString &key = m_mode == LaneMode::Workflow ? e.workflowId : e.thread;
        auto it = laneOf.constFind(key);
        if (it == laneOf.constEnd()) {
            it = laneOf.insert(key, int(m_lanes.size()));
            m_lanes.append(key);
        }
        const int lane = it.value();
        stretch(e.requestedAt);
        if (e.deferred) {
            m_marks.append({lane, e.requestedAt, MarkKind::Deferred, i});
            continue;
        }
        if (e.acquiredAt == 0) {
            const Millis end = qMax(e.requestedAt, e.gaveUpAt);
            stretch(end);
            if (end > e.requestedAt)
                m_bars.append({lane, e.requestedAt, end, BarKind::Wait, i});
            m_marks.append({lane, end, e.dropped ? MarkKind::Dropped : MarkKind::Miss, i});
            continue;
        }
        if (e.acquiredAt > e.requestedAt)
            m_bars.append({lane, e.requestedAt, e.acquiredAt, BarKind::Wait, i});
        const Millis released = qMax(e.acquiredAt, e.releasedAt);
        stretch(released);
        m_bars.append({lane, e.acquiredAt, released, BarKind::Hold, i});
    }
}

QRectF LockTimelineData::barRect(const Bar &bar)
{
    const qreal h = bar.kind == BarKind::Hold ? kHoldHalfHeight : kWaitHalfHeight;
    return QRectF(toX(bar.start), bar.lane - h, toX(bar.end) - toX(bar.start), 2 * h);
}

QRectF LockTimelineData::markRect(const Mark &mark)
{
    return QRectF(toX(mark.at), mark.lane - kMarkHalfHeight, 0, 2 * kMarkHalfHeight);
}

LockTimelineData::Hit LockTimelineData::hitTest(double x, double y, double xTolerance) const
{
    rebuild();
    Hit best;
    double bestDistance = xTolerance;
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRectF r = markRect(m_marks.at(i));
        const double d = std::abs(x - r.left());
        if (y >= r.top() && y <= r.bottom() && d <= bestDistance) {
            best = {Hit::MarkHit, i};
            bestDistance = d;
        }
    }
    if (best.what != Hit::None)
        return best;
    for (const BarKind kind : {BarKind::Hold, BarKind::Wait}) {
        for (int i = m_bars.size() - 1; i >= 0; --i) {
            const Bar &b = m_bars.at(i);
            if (b.kind != kind)
                continue;
            const QRectF r = barRect(b);
            if (y >= r.top() && y <= r.bottom() && x >= r.left() - xTolerance && x <= r.right() + xTolerance)
                return {Hit::BarHit, i};
        }
    }
    return best;
}

int LockTimelineData::holderOf(int event) const
{
    if (event < 0 || event >= m_events.size())
        return -1;
    const LockEvent &asker = m_events.at(event);
    int best = -1;
    for (int i = 0; i < m_events.size(); ++i) {
        const LockEvent &e = m_events.at(i);
        if (i == event || e.workflowId != asker.workflowId || e.acquiredAt == 0)
            continue;
        if (e.acquiredAt <= asker.requestedAt && e.releasedAt > asker.requestedAt
            && (best < 0 || e.acquiredAt > m_events.at(best).acquiredAt))
            best = i;
    }
    return best;
}

LockTimelineData::Histogram LockTimelineData::waitHistogram(int bins) const
{
    Histogram h;
    bins = qMax(1, bins);
    QList<Millis> waits;
    for (const LockEvent &e : m_events) {
        if (!passes(e) || e.deferred || e.acquiredAt == 0)
            continue;
        const Millis w = qMax<Millis>(0, e.acquiredAt - e.requestedAt);
        waits.append(w);
        h.maxWait = qMax(h.maxWait, w);
    }
    // The smallest round width (1, 2, 5 × 10^k ms) that fits the longest wait into `bins`.
    const double raw = double(h.maxWait + 1) / bins;
    Millis width = 1;
    for (Millis decade = 1; width < raw; decade *= 10) {
        for (Millis step : {1, 2, 5}) {
            width = step * decade;
            if (width >= raw)
                break;
        }
    }
    h.binWidth = width;
    h.counts = QList<int>(bins, 0);
    for (Millis w : std::as_const(waits))
        ++h.counts[qMin<qsizetype>(bins - 1, w / width)];
    h.total = int(waits.size());
    return h;
}

} // namespace joinery::ui
