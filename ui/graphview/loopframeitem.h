#pragma once

#include "graph/daglayout.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace joinery::ui {

class BadgeItem;

// The frame around a DO_WHILE's body, with the loop's current iteration as a badge on its
// top-right corner. Drawn under edges and nodes.
class LoopFrameItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LoopFrameItem)

public:
    enum { Type = UserType + 3 };

    LoopFrameItem(const DagLoopFrame &frame, int iteration);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Returns whether anything drawn changed.
    bool set(const DagLoopFrame &frame, int iteration);
    int iteration() const { return m_iteration; }
    QString badgeText() const;
    void setBadgeVisible(bool visible);

private:
    void syncBadge();

    QSizeF m_size;
    QString m_label;
    int m_iteration = 0;
    bool m_badgeVisible = true;
    BadgeItem *m_badge = nullptr;
};

} // namespace joinery::ui
