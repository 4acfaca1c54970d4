#include "panels/locklanesplottable.h"

#include "panels/locktimelinedata.h"

namespace joinery::ui {

LockLanesPlottable::LockLanesPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const LockTimelineData *data)
    : QCPAbstractPlottable(keyAxis, valueAxis), m_data(data)
{
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
}

double LockLanesPlottable::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // hover details come from LockTimelineData::hitTest, not QCustomPlot selection
}

QCPRange LockLanesPlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = m_data->latest() > 0;
    return QCPRange(LockTimelineData::toX(m_data->earliest()), LockTimelineData::toX(m_data->latest()));
}

QCPRange LockLanesPlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = !m_data->lanes().isEmpty();
    return QCPRange(-0.5, m_data->lanes().size() - 0.5);
}

void LockLanesPlottable::draw(QCPPainter *painter)
{
    QCPAxis *keyAxis = mKeyAxis.data();
    QCPAxis *valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis)
        return;
    const QCPRange keys = keyAxis->range();
    auto toPixels = [&](const QRectF &r) {
        const QPointF a = coordsToPixels(r.left(), r.top());
        const QPointF b = coordsToPixels(r.right(), r.bottom());
        QRectF px = QRectF(a, b).normalized();
        if (px.width() < 1)
            px.setWidth(1);
        return px;
    };
    painter->setPen(Qt::NoPen);
    for (const LockTimelineData::Bar &bar : m_data->bars()) {
        const QRectF r = LockTimelineData::barRect(bar);
        if (r.right() < keys.lower || r.left() > keys.upper)
            continue;
        painter->setBrush(bar.kind == LockTimelineData::BarKind::Hold ? holdColour() : waitColour());
        painter->drawRect(toPixels(r));
    }
    painter->setBrush(Qt::NoBrush);
    for (const LockTimelineData::Mark &mark : m_data->marks()) {
        const QRectF r = LockTimelineData::markRect(mark);
        if (r.left() < keys.lower || r.left() > keys.upper)
            continue;
        QColor colour = missColour();
        if (mark.kind == LockTimelineData::MarkKind::Dropped)
            colour = droppedColour();
        else if (mark.kind == LockTimelineData::MarkKind::Deferred)
            colour = deferredColour();
        const QRectF px = toPixels(r);
        painter->setPen(QPen(colour, mark.kind == LockTimelineData::MarkKind::Deferred ? 1.5 : 2.5));
        painter->drawLine(QPointF(px.left(), px.top()), QPointF(px.left(), px.bottom()));
        if (mark.kind != LockTimelineData::MarkKind::Deferred) {
            // A small cap: misses and drops must catch the eye even among dense bars.
            painter->setBrush(colour);
            painter->drawEllipse(QPointF(px.left(), px.top()), 2.5, 2.5);
            painter->setBrush(Qt::NoBrush);
        }
    }
}

void LockLanesPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(holdColour());
    painter->drawRect(rect);
}

} // namespace joinery::ui
