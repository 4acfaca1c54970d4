#include "graphview/edgeitem.h"

#include "graphview/graphpalette.h"
#include "graphview/nodepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace joinery::ui {

namespace {
constexpr qreal kArrow = 7;
}

EdgeItem::EdgeItem(const DagEdge &edge, const DagEdgeRoute &route, bool switchCase)
    : m_edge(edge), m_route(route), m_case(switchCase)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-1);
    rebuild();
}

QString EdgeItem::key(const DagModel &model, const DagEdge &edge)
{
    return model.nodes().at(edge.from).id + u'>' + model.nodes().at(edge.to).id + u'|'
        + QString::number(int(edge.role)) + u'|' + QString::number(edge.slot);
}

bool EdgeItem::set(const DagEdge &edge, const DagEdgeRoute &route, bool switchCase)
{
    const bool geometry = route.points != m_route.points || route.labelPos != m_route.labelPos
        || edge.label != m_edge.label;
    const bool look = edge.taken != m_edge.taken || edge.role != m_edge.role || switchCase != m_case;
    m_edge = edge;
    m_route = route;
    m_case = switchCase;
    if (geometry) {
        prepareGeometryChange();
        rebuild();
    }
    if (geometry || look)
        update();
    return geometry || look;
}

void EdgeItem::rebuild()
{
    m_path = QPainterPath();
    m_arrow.clear();
    m_labelRect = QRectF();
    const QList<QPointF> &pts = m_route.points;
    if (pts.size() >= 2) {
        m_path.moveTo(pts.first());
        for (int i = 1; i < pts.size(); ++i)
            m_path.lineTo(pts.at(i));
        const QPointF tip = pts.last();
        const QPointF from = pts.at(pts.size() - 2);
        const qreal len = std::hypot(tip.x() - from.x(), tip.y() - from.y());
        if (len > 0) {
            const QPointF d = (tip - from) / len;
            const QPointF n(-d.y(), d.x());
            const QPointF base = tip - d * kArrow;
            m_arrow = QPolygonF({tip, base + n * kArrow * 0.5, base - n * kArrow * 0.5});
        }
    }
    if (!m_edge.label.isEmpty()) {
        const QFontMetricsF fm(GraphPalette::detailFont());
        const QSizeF s(fm.horizontalAdvance(m_edge.label) + 8, fm.height() + 2);
        m_labelRect = QRectF(m_route.labelPos - QPointF(s.width() / 2, s.height() / 2), s);
    }
    m_bounds = m_path.boundingRect().adjusted(-kArrow, -kArrow, kArrow, kArrow).united(m_labelRect);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool caseTaken = m_case && m_edge.taken;
    const QColor colour = caseTaken ? GraphPalette::takenCase()
                                    : (m_edge.taken ? GraphPalette::takenEdge() : GraphPalette::untakenEdge());
    if (lod < NodePainter::kBoxOnlyBelow) {
        QPen pen(colour, 0); // cosmetic: one device pixel
        painter->setPen(pen);
        painter->drawPath(m_path);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, caseTaken ? 2.6 : (m_edge.taken ? 1.6 : 1.2));
    if (m_edge.role == DagEdge::Role::LoopBack)
        pen.setStyle(Qt::DashDotLine);
    else if (!m_edge.taken)
        pen.setStyle(Qt::DashLine);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
    if (m_labelRect.isNull() || lod < NodePainter::kTextFrom)
        return;
    painter->setPen(QPen(m_case && !m_edge.taken ? GraphPalette::untakenEdge() : colour, 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_labelRect, 3, 3);
    QFont font = GraphPalette::detailFont();
    font.setBold(caseTaken);
    painter->setFont(font);
    painter->setPen(m_case && !m_edge.taken ? QColor(0x9a, 0xa1, 0xab) : QColor(0x1f, 0x23, 0x29));
    painter->drawText(m_labelRect, Qt::AlignCenter, m_edge.label);
}

} // namespace joinery::ui
