#include "graphview/subworkflowframeitem.h"

#include "common/statusstyle.h"
#include "graphview/graphpalette.h"
#include "graphview/nodepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace joinery::ui {

namespace {
QColor fill() { return QColor(0xee, 0xf4, 0xfb); }
QColor border() { return QColor(0x6b, 0x8e, 0xb8); }
} // namespace

SubWorkflowFrameItem::SubWorkflowFrameItem(const DagSubWorkflowFrame &frame, const DagNode &node)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-2);
    set(frame, node);
}

QRectF SubWorkflowFrameItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1);
}

bool SubWorkflowFrameItem::set(const DagSubWorkflowFrame &frame, const DagNode &node)
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
    if (node.subWorkflowName != m_name || node.subWorkflowId != m_childId || node.subWorkflowStatus != m_status) {
        m_name = node.subWorkflowName;
        m_childId = node.subWorkflowId;
        m_status = node.subWorkflowStatus;
        changed = true;
    }
    if (changed)
        update();
    return changed;
}

QString SubWorkflowFrameItem::title() const
{
    const QString name = m_name.isEmpty() ? tr("Sub-workflow") : m_name;
    if (m_childId.isEmpty())
        return name;
    // A frame is as narrow as the child's graph: a UUID's first group tells executions apart.
    const QString id = m_childId.size() > 12 ? m_childId.left(8) + u'…' : m_childId;
    if (!m_status)
        return tr("%1 · %2").arg(name, id);
    return tr("%1 · %2 · %3").arg(name, id, StatusStyle::text(*m_status));
}

void SubWorkflowFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r(QPointF(0, 0), m_size);
    if (lod < NodePainter::kBoxOnlyBelow) {
        painter->fillRect(r, fill());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(border(), 1.4));
    painter->setBrush(fill());
    painter->drawRoundedRect(r.adjusted(0.7, 0.7, -0.7, -0.7), 10, 10);
    if (lod < NodePainter::kTextFrom)
        return;
    const QFont f = GraphPalette::detailFont();
    const QRectF strip(12, 6, r.width() - 24, 20);
    painter->setFont(f);
    painter->setPen(border().darker(140));
    painter->drawText(strip, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(f).elidedText(title(), Qt::ElideMiddle, strip.width()));
}

} // namespace joinery::ui
