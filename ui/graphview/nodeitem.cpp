#include "graphview/nodeitem.h"

#include "graphview/badgeitem.h"
#include "graphview/graphpalette.h"
#include "graphview/nodepainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace joinery::ui {

namespace {
constexpr qreal kMargin = 5; // room for the selection and search outlines
}

NodeItem::NodeItem(const DagNode &node, const QRectF &rect) : m_node(node), m_size(rect.size())
{
    setPos(rect.topLeft());
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(false);
    setAcceptedMouseButtons(Qt::NoButton); // the view handles clicks (and drag-to-pan)
    syncBadges();
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    ++m_paintCount;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r(QPointF(0, 0), m_size);
    NodePainter::paint(painter, m_node, r, lod);
    if (m_found || m_selected) {
        // Outlines keep a minimum width on screen, so a hit stays visible when zoomed out.
        const qreal px = 1.0 / qMax<qreal>(lod, 0.01);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        if (m_found) {
            painter->setPen(QPen(GraphPalette::searchHit(), qMax<qreal>(4, 4 * px)));
            painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 7, 7);
        }
        if (m_selected) {
            painter->setPen(QPen(GraphPalette::selection(), qMax<qreal>(2.2, 2 * px)));
            painter->drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), 7, 7);
        }
    }
}

bool NodeItem::sameLook(const DagNode &a, const DagNode &b)
{
    return a.status == b.status && a.attempts == b.attempts && a.pollCount == b.pollCount
        && a.iteration == b.iteration && a.joinDone == b.joinDone && a.joinTotal == b.joinTotal
        && a.joinAwaited == b.joinAwaited && a.selectedCase == b.selectedCase
        && a.childCount == b.childCount && a.statusHistogram == b.statusHistogram
        && a.expandable == b.expandable && a.label == b.label && a.type == b.type
        && a.kind == b.kind && a.subWorkflowName == b.subWorkflowName && a.planOnly == b.planOnly
        && a.subWorkflowExpanded == b.subWorkflowExpanded && a.subWorkflowId.isEmpty() == b.subWorkflowId.isEmpty();
}

bool NodeItem::setNode(const DagNode &node)
{
    const bool changed = !sameLook(m_node, node);
    m_node = node; // task ids and the like may change without changing the look
    if (!changed)
        return false;
    syncBadges();
    update();
    return true;
}

bool NodeItem::setRect(const QRectF &rect)
{
    bool changed = false;
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
        syncBadges();
        changed = true;
    }
    if (rect.topLeft() != pos()) {
        setPos(rect.topLeft());
        changed = true;
    }
    return changed;
}

void NodeItem::setSelectedMark(bool on)
{
    if (on == m_selected)
        return;
    m_selected = on;
    setZValue(on || m_found ? 1 : 0);
    update();
}

void NodeItem::setFoundMark(bool on)
{
    if (on == m_found)
        return;
    m_found = on;
    setZValue(on || m_selected ? 1 : 0);
    update();
}

void NodeItem::setStall(const QString &reason)
{
    if (reason == m_stall)
        return;
    m_stall = reason;
    syncBadges();
}

void NodeItem::setBadgesVisible(bool visible)
{
    m_badgesVisible = visible;
    if (m_stallBadge)
        m_stallBadge->setVisible(visible && !m_stall.isEmpty());
    if (m_retryBadge)
        m_retryBadge->setVisible(visible);
    if (m_pollBadge)
        m_pollBadge->setVisible(visible);
}

void NodeItem::refresh()
{
    syncBadges();
    update();
}

void NodeItem::syncBadges()
{
    // Badges exist only for nodes that need them: most of a big graph has none.
    const int retries = qMax(0, m_node.attempts - 1);
    if (retries > 0 && !m_retryBadge) {
        m_retryBadge = new BadgeItem(GraphPalette::retryBadge(), this);
        m_retryBadge->setVisible(m_badgesVisible);
    }
    if (m_retryBadge) {
        m_retryBadge->setVisible(m_badgesVisible && retries > 0);
        m_retryBadge->setText(QStringLiteral("↻%1").arg(retries));
        m_retryBadge->setPos(m_size.width(), 0);
    }
    if (!m_stall.isEmpty() && !m_stallBadge)
        m_stallBadge = new BadgeItem(GraphPalette::stallBadge(), this, BadgeItem::Anchor::Left);
    if (m_stallBadge) {
        m_stallBadge->setVisible(m_badgesVisible && !m_stall.isEmpty());
        m_stallBadge->setText(tr("stalled"));
        m_stallBadge->setPos(0, 0);
    }
    // One poll is how every worker task runs; more (a task kept IN_PROGRESS, redelivered
    // after a response timeout) is worth a badge. The tooltip always has the count.
    const bool polls = m_node.pollCount > 1;
    if (polls && !m_pollBadge) {
        m_pollBadge = new BadgeItem(GraphPalette::pollBadge(), this);
        m_pollBadge->setVisible(m_badgesVisible);
    }
    if (m_pollBadge) {
        m_pollBadge->setVisible(m_badgesVisible && polls);
        m_pollBadge->setText(tr("%1 polls").arg(m_node.pollCount));
        m_pollBadge->setPos(m_size.width(), m_size.height());
    }
}

QString NodeItem::toolTipText() const
{
    const DagNode &n = m_node;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(n.id.toHtmlEscaped());
    if (n.kind == DagNode::Kind::Task || n.kind == DagNode::Kind::Loop || n.kind == DagNode::Kind::Decision
        || n.kind == DagNode::Kind::Fork || n.kind == DagNode::Kind::Join) {
        lines << tr("Type: %1").arg(taskTypeName(n.type));
        if (n.label != n.id)
            lines << tr("Name: %1").arg(n.label.toHtmlEscaped());
        lines << tr("Status: %1").arg(GraphPalette::statusText(n.status));
    }
    if (n.attempts > 1)
        lines << tr("Attempts: %1 (%2 retries)").arg(n.attempts).arg(n.attempts - 1);
    if (n.pollCount > 0)
        lines << tr("Polled %1 times").arg(n.pollCount);
    if (n.kind == DagNode::Kind::Join && n.joinTotal > 0) {
        lines << tr("%1 of %2 joined branches done").arg(n.joinDone).arg(n.joinTotal);
        if (!n.joinAwaited.isEmpty())
            lines << tr("Still waiting for: %1").arg(n.joinAwaited.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (n.kind == DagNode::Kind::Decision && !n.selectedCase.isNull())
        lines << tr("Case taken: %1").arg(n.selectedCase.toHtmlEscaped());
    if (n.kind == DagNode::Kind::Loop && n.iteration > 0)
        lines << tr("Iteration: %1").arg(n.iteration);
    if (!n.subWorkflowName.isEmpty())
        lines << tr("Sub-workflow: %1").arg(n.subWorkflowName.toHtmlEscaped());
    if (!n.subWorkflowId.isEmpty())
        lines << tr("Child execution: %1").arg(n.subWorkflowId.toHtmlEscaped());
    if (NodePainter::canExpand(n))
        lines << (n.subWorkflowExpanded ? tr("Double-click to collapse the sub-workflow")
                                        : tr("Double-click to show the sub-workflow in place"));
    if (n.kind == DagNode::Kind::DynamicGroup) {
        lines << (n.childCount > 0 ? tr("%1 dynamic tasks: %2").arg(n.childCount).arg(NodePainter::histogramText(n))
                                   : tr("The dynamic fork has not forked yet"));
        if (n.expandable)
            lines << tr("Double-click to show every task");
    } else if (!n.dynamicForkId.isEmpty() && n.kind == DagNode::Kind::Task) {
        lines << tr("Dynamic task of %1 (double-click the fork to collapse)").arg(n.dynamicForkId.toHtmlEscaped());
    }
    if (!n.taskId.isEmpty())
        lines << tr("Task id: %1").arg(n.taskId.toHtmlEscaped());
    if (!m_stall.isEmpty())
        lines << QStringLiteral("<span style='color:#c62828'>%1</span>").arg(tr("Stalled: %1").arg(m_stall.toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace joinery::ui
