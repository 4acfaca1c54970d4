#include "graphview/badgeitem.h"

#include "graphview/graphpalette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace joinery::ui {

BadgeItem::BadgeItem(const QColor &colour, QGraphicsItem *parent, Anchor anchor)
    : QGraphicsItem(parent), m_colour(colour), m_anchor(anchor)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
}

void BadgeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    const QFontMetricsF fm(GraphPalette::detailFont());
    const qreal h = fm.height() + 2;
    const qreal w = qMax(h, fm.horizontalAdvance(text) + 10);
    const QRectF rect(m_anchor == Anchor::Right ? -w + 6 : -6, -h / 2, w, h);
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    m_text = text;
    update();
}

void BadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(m_colour);
    const qreal r = m_rect.height() / 2;
    painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), r, r);
    painter->setPen(Qt::white);
    painter->setFont(GraphPalette::detailFont());
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace joinery::ui
