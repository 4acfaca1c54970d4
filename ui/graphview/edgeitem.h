#pragma once

#include "graph/daglayout.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace joinery::ui {

// One arrow of the execution graph, along the orthogonal route DagLayout computed (scene
// coordinates; the item sits at the origin). Taken edges are dark, untaken ones light and
// dashed, the taken case of a SWITCH is drawn in the accent colour with its label in bold,
// loop-backs are dash-dotted. Far out (level of detail) it is a one-pixel line without arrow or
// label.
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    // `switchCase`: the edge leaves a SWITCH/DECISION for one of its cases.
    EdgeItem(const DagEdge &edge, const DagEdgeRoute &route, bool switchCase);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return QPainterPath(); } // never hit by clicks
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const DagEdge &edge() const { return m_edge; }
    const DagEdgeRoute &route() const { return m_route; }
    bool switchCase() const { return m_case; }

    // Returns whether anything drawn changed (and only then schedules a repaint).
    bool set(const DagEdge &edge, const DagEdgeRoute &route, bool switchCase);

    // A stable key for reusing the item across layouts: ends, role and branch slot.
    static QString key(const DagModel &model, const DagEdge &edge);

private:
    void rebuild();

    DagEdge m_edge;
    DagEdgeRoute m_route;
    bool m_case = false;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace joinery::ui
