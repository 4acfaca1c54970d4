#include "graphview/loopframeitem.h"

#include "graphview/badgeitem.h"
#include "graphview/graphpalette.h"
#include "graphview/nodepainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace joinery::ui {

LoopFrameItem::LoopFrameItem(const DagLoopFrame &frame, int iteration)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-2);
    set(frame, iteration);
}

QRectF LoopFrameItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1);
}

bool LoopFrameItem::set(const DagLoopFrame &frame, int iteration)
{
    bool changed = false;
    if (frame.rect.size() != m_size) {
        prepareGeometryChange();
        m_size = frame.rect.size();
        changed = true;
    }
    if (frame.rect.topLeft() != pos()) {
        setPos(frame.rect.topLeft());
        changed = true;
    }
    if (iteration != m_iteration || frame.label != m_label) {
        m_iteration = iteration;
        m_label = frame.label;
        changed = true;
    }
    if (changed) {
        syncBadge();
        update();
    }
    return changed;
}

QString LoopFrameItem::badgeText() const
{
    return m_iteration > 0 ? tr("iteration %1").arg(m_iteration) : QString();
}

void LoopFrameItem::setBadgeVisible(bool visible)
{
    m_badgeVisible = visible;
    syncBadge();
}

void LoopFrameItem::syncBadge()
{
    if (m_iteration > 0 && !m_badge)
        m_badge = new BadgeItem(GraphPalette::frameBorder(), this);
    if (!m_badge)
        return;
    m_badge->setText(badgeText());
    m_badge->setPos(m_size.width() - 4, 0);
    m_badge->setVisible(m_badgeVisible && m_iteration > 0);
}

void LoopFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r(QPointF(0, 0), m_size);
    if (lod < NodePainter::kBoxOnlyBelow) {
        painter->fillRect(r, GraphPalette::frameFill());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(GraphPalette::frameBorder(), 1.2, Qt::DashLine));
    painter->setBrush(GraphPalette::frameFill());
    painter->drawRoundedRect(r.adjusted(0.6, 0.6, -0.6, -0.6), 10, 10);
}

} // namespace joinery::ui
