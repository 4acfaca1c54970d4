#pragma once

#include "graph/dagmodel.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace joinery::ui {

class BadgeItem;

// One node of the execution graph. Geometry comes from DagLayout (setRect), state from the
// DagNode (setNode); painting is NodePainter's. The item is reused for the life of the view
// while its node id exists, so a live update repaints it only when its look changed, and its
// device-coordinate cache means panning blits pixmaps instead of painting.
//
// Retries and poll counts are BadgeItems (children that ignore the view's scale).
class NodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 1 };

    NodeItem(const DagNode &node, const QRectF &rect);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const DagNode &node() const { return m_node; }
    QRectF box() const { return QRectF(pos(), m_size); } // scene coordinates

    // Takes the node's new state; schedules a repaint of this item only if something it draws
    // changed. Returns whether it did.
    bool setNode(const DagNode &node);
    // Returns whether the position or size changed.
    bool setRect(const QRectF &rect);

    void setSelectedMark(bool on);
    bool selectedMark() const { return m_selected; }
    void setFoundMark(bool on);
    bool foundMark() const { return m_found; }
    void setBadgesVisible(bool visible);
    // The stall detector's verdict about this node (translated), or empty: a red badge and a
    // line of the tooltip. Repaints nothing else.
    void setStall(const QString &reason);
    QString stall() const { return m_stall; }
    // Re-reads translated texts (badges) and repaints; after a language change.
    void refresh();

    // The tooltip, built on demand (thousands of nodes would otherwise each hold one).
    QString toolTipText() const;

    // Test hook: how often paint() ran since the last reset.
    int paintCount() const { return m_paintCount; }
    void resetPaintCount() { m_paintCount = 0; }

    // Whether two states of one node draw the same (ignores ids, which never change per item).
    static bool sameLook(const DagNode &a, const DagNode &b);

private:
    void syncBadges();

    DagNode m_node;
    QSizeF m_size;
    bool m_selected = false;
    bool m_found = false;
    bool m_badgesVisible = true;
    BadgeItem *m_retryBadge = nullptr;
    BadgeItem *m_pollBadge = nullptr;
    BadgeItem *m_stallBadge = nullptr;
    QString m_stall;
    int m_paintCount = 0;
};

} // namespace joinery::ui
