#pragma once

#include "execution/lockevent.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace joinery::ui {

// The lock-contention timeline's data and geometry, apart from any painting (Hotspot's
// TimeLineData): a bounded buffer of LockEvents, the lanes they fall into (one per workflow or
// one per thread), and the bars and marks to draw. QtCore only; tested without a GUI.
//
// Coordinates are the plot's: x is time in seconds since the Unix epoch (a double holds
// milliseconds exactly at this magnitude), y is the lane index; lane i is centred on y = i.
// Waits are thinner than holds; misses, drops and deferrals are marks at one instant.
//
// Lanes are listed in order of first appearance in the buffer, so a live view's lanes stay put
// while events arrive (until the oldest events of a lane fall out of the buffer).
//
// Thread safety: none; one thread (the GUI's) owns an instance. Derived data (lanes, bars,
// marks) is recomputed lazily after a change, in O(buffered events).
class LockTimelineData
{
public:
    enum class LaneMode { Workflow, Thread };
    enum class BarKind { Wait, Hold };
    enum class MarkKind { Miss, Dropped, Deferred };

    struct Bar
    {
        int lane = 0;
        Millis start = 0;
        Millis end = 0;
        BarKind kind = BarKind::Hold;
        int event = -1; // index into events()
    };
    struct Mark
    {
        int lane = 0;
        Millis at = 0;
        MarkKind kind = MarkKind::Miss;
        int event = -1;
    };
    struct Hit
    {
        enum What { None, BarHit, MarkHit } what = None;
        int index = -1; // into bars() or marks()
    };
    struct Histogram
    {
        Millis binWidth = 1;  // milliseconds per bin
        QList<int> counts;    // bin k counts waits in [k * binWidth, (k + 1) * binWidth)
        int total = 0;
        Millis maxWait = 0;
    };

    static constexpr qreal kHoldHalfHeight = 0.32;
    static constexpr qreal kWaitHalfHeight = 0.16;
    static constexpr qreal kMarkHalfHeight = 0.42;

    explicit LockTimelineData(int capacity = 20000);

    // Adds events (complete ones, as the engine publishes them); the oldest beyond the capacity
    // are dropped. Events whose sequence is not newer than the last one seen are ignored (a
    // source that resends), unless sequences are not used (0).
    void append(const QList<LockEvent> &events);
    void clear();
    int capacity() const { return m_capacity; }
    qint64 droppedCount() const { return m_dropped; }
    const QList<LockEvent> &events() const { return m_events; }
    // The events that pass the workflow filter (what is drawn and exported).
    QList<LockEvent> visibleEvents() const;

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    // Only events of this workflow; empty: all.
    void setWorkflowFilter(const QString &workflowId);
    QString workflowFilter() const { return m_filter; }

    const QStringList &lanes() const;
    const QList<Bar> &bars() const;
    const QList<Mark> &marks() const;
    Millis earliest() const; // over visible events; 0 if none
    Millis latest() const;

    static double toX(Millis t) { return double(t) / 1000.0; }
    static Millis fromX(double x) { return Millis(x * 1000.0 + (x >= 0 ? 0.5 : -0.5)); }
    // A bar's or mark's rectangle in plot coordinates.
    static QRectF barRect(const Bar &bar);
    static QRectF markRect(const Mark &mark);

    // What is at (x, y), with `xTolerance` seconds of slack sideways; marks win over holds,
    // holds over waits.
    Hit hitTest(double x, double y, double xTolerance) const;
    // The hold of the same workflow's lock that was in force when event `event` asked for it
    // (latest acquisition at or before the request, released after it); -1 if none is buffered.
    int holderOf(int event) const;

    // Waits of acquired locks (acquiredAt - requestedAt) of the visible events, in `bins` bins
    // of a round width (1, 2, 5 × 10^k ms).
    Histogram waitHistogram(int bins) const;

private:
    void rebuild() const;
    bool passes(const LockEvent &e) const { return m_filter.isEmpty() || e.workflowId == m_filter; }

    QList<LockEvent> m_events;
    int m_capacity;
    qint64 m_dropped = 0;
    qint64 m_lastSequence = -1;
    LaneMode m_mode = LaneMode::Workflow;
    QString m_filter;

    // Derived, rebuilt when m_dirty.
    mutable bool m_dirty = true;
    mutable QStringList m_lanes;
    mutable QList<Bar> m_bars;
    mutable QList<Mark> m_marks;
    mutable Millis m_earliest = 0;
    mutable Millis m_latest = 0;
};

} // namespace joinery::ui
