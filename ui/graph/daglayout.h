#pragma once

#include "graph/dagmodel.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

namespace joinery::ui {

// The route of one DagEdge: an orthogonal polyline from a point on the border of the source
// node's rect to a point on the border of the target's (no duplicate or collinear points).
struct DagEdgeRoute
{
    QList<QPointF> points;
    QPointF labelPos; // where to centre the edge's label (SWITCH cases); meaningless if none
};

// The frame drawn around a DO_WHILE: its node sits at the top inside, the body below it, the
// loop-back edge runs up a lane inside the right padding. `rect` includes the padding.
struct DagLoopFrame
{
    int node = -1; // the DO_WHILE node
    QRectF rect;
    QString label;
};

// The frame drawn around an expanded sub-workflow: a title strip on top (the child's name, id
// and status, drawn by the view), the SUB_WORKFLOW node under it as the frame's header, the
// child's graph below. `rect` includes the padding and the title strip.
struct DagSubWorkflowFrame
{
    int node = -1; // the SUB_WORKFLOW node
    QRectF rect;
};

// Positions for a DagModel: a deterministic, O(n) layout that recurses over the model's block
// structure instead of running a general layered (Sugiyama) layout. A sequence stacks its items
// vertically on one centre line; a fork or switch puts its branches side by side, top-aligned,
// centred under the opening node and converging on the closing node; a loop puts its body in a
// frame under the DO_WHILE node, an expanded sub-workflow likewise. Edges run in channels half a gap above and below branch areas.
// QtCore only: the graph view's items read the rects and routes and only paint.
//
// Stability rule (what a live view relies on; tests/ui/graph/tst_daglayout.cpp checks it):
//  - Node sizes and x positions depend only on the definition and the metrics, never on the
//    run, so a growing execution (statuses, retries, poll counts, DO_WHILE iterations shown as
//    a badge) leaves every node exactly where it was.
//  - Dynamic-fork children are the one allowed growth. Each FORK_JOIN_DYNAMIC reserves an area
//    `dynamicColumns` cells wide before it has children (a placeholder node sits there); the
//    children fill it row by row (or a single collapsed node does), so the area only grows
//    downwards. No node ever moves horizontally; nodes that start above the area never move;
//    nodes below it move down only (by the area's growth).
// This holds only if Metrics::sizeFor depends on a node's id, kind, type and label alone, not
// on its run fields: draw status and badges inside the box, or as untransformed overlays.
//
// Coordinates: y grows downwards; bounds() starts at (0, 0). A plain value, immutable once
// computed, safe to compute on a worker thread and hand to the GUI thread.
class DagLayout
{
public:
    struct Metrics
    {
        QSizeF taskSize{176, 48};
        QSizeF forkSize{112, 20};  // FORK and JOIN bars
        QSizeF decisionSize{136, 56};
        QSizeF mergeSize{16, 16};
        QSizeF terminalSize{32, 32}; // START, END
        QSizeF loopSize{160, 40};
        QSizeF groupSize{176, 56};   // dynamic-fork placeholder / collapsed children
        qreal hGap = 32;      // between branches side by side
        qreal vGap = 32;      // between items of a sequence; edge channels run in its middle
        qreal labelGap = 20;  // extra room under a SWITCH's channel for case labels
        qreal framePadding = 16;
        qreal frameTitle = 24; // title strip of a sub-workflow frame
        qreal frameMinWidth = 288; // room in that strip for the child's name, id and status
        qreal laneGap = 10;   // distance of a side lane (loop-back, dynamic grid) from boxes
        int dynamicColumns = 2; // width of a dynamic fork's area, in taskSize-wide cells
        // Overrides the per-kind sizes when set; see the stability rule above. Dynamic-fork
        // children and groups are clamped to the width of their cell (taskSize wide) or area.
        // Called once per node, on the thread that runs compute(), so it must be safe there
        // (a QFontMetricsF of a copied QFont is; a widget's fontMetrics() off the GUI thread is
        // not).
        std::function<QSizeF(const DagNode &)> sizeFor;
    };

    static DagLayout compute(const DagModel &model, const Metrics &metrics);
    static DagLayout compute(const DagModel &model);

    const DagModel &model() const { return m_model; }
    // Indexed like model().nodes() and model().edges().
    const QList<QRectF> &nodeRects() const { return m_nodeRects; }
    const QList<DagEdgeRoute> &edgeRoutes() const { return m_edgeRoutes; }
    const QList<DagLoopFrame> &loopFrames() const { return m_frames; }
    const QList<DagSubWorkflowFrame> &subWorkflowFrames() const { return m_subFrames; }
    QRectF bounds() const { return m_bounds; }

    // A readable dump for golden tests: "bounds", then one "node" line per node (id, kind,
    // status, x, y, w, h rounded, then run details when set), one "frame" line per loop, one
    // "subframe" line per expanded sub-workflow and one
    // "edge" line per edge (ends, role, label, taken, route). Deterministic for equal input.
    QString toText() const;

private:
    friend class DagLayoutEngine;

    DagModel m_model;
    QList<QRectF> m_nodeRects;
    QList<DagEdgeRoute> m_edgeRoutes;
    QList<DagLoopFrame> m_frames;
    QList<DagSubWorkflowFrame> m_subFrames;
    QRectF m_bounds;
};

} // namespace joinery::ui
