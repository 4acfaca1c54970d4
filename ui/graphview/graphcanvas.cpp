#include "graphview/graphcanvas.h"

#include "graphview/graphscene.h"
#include "graphview/nodeitem.h"
#include "graphview/nodepainter.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace joinery::ui {

GraphCanvas::GraphCanvas(GraphScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Panning scrolls the viewport and paints only the uncovered strip; items paint from
    // their device-coordinate caches.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

qreal GraphCanvas::zoom() const
{
    return transform().m11();
}

void GraphCanvas::setZoom(qreal z)
{
    z = qBound(kMinZoom, z, kMaxZoom);
    if (qFuzzyCompare(z, zoom()))
        return;
    const qreal factor = z / zoom();
    scale(factor, factor);
    emit zoomChanged(zoom());
}

void GraphCanvas::zoomBy(qreal factor)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() * factor);
    setTransformationAnchor(anchor);
}

void GraphCanvas::resetZoom()
{
    zoomBy(1.0 / zoom());
}

void GraphCanvas::fitAll()
{
    const QRectF rect = scene() ? scene()->sceneRect() : QRectF();
    if (rect.isEmpty())
        return;
    const qreal before = zoom();
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.0) {
        const qreal factor = 1.0 / zoom();
        scale(factor, factor);
    }
    if (zoom() < kMinZoom) {
        const qreal factor = kMinZoom / zoom();
        scale(factor, factor);
    }
    centerOn(rect.center());
    if (!qFuzzyCompare(before, zoom()))
        emit zoomChanged(zoom());
}

void GraphCanvas::focusNode(const NodeItem *item, qreal minZoom)
{
    if (!item)
        return;
    if (zoom() < minZoom)
        zoomBy(minZoom / zoom());
    centerOn(item->box().center());
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.0015, delta.y())); // one notch (120) ≈ ×1.2
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return; // that was a drag (pan)
    NodeItem *item = nodeAt(event->position().toPoint());
    if (!item)
        return;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (NodePainter::canExpand(item->node()) && NodePainter::expanderRect(item->box()).contains(scenePos))
        emit nodeExpanderClicked(item->node().id);
    else
        emit nodeClicked(item->node().id);
}

void GraphCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    if (NodeItem *item = nodeAt(event->pos())) {
        emit nodeMenuRequested(item->node().id, event->globalPos());
        event->accept();
        return;
    }
    QGraphicsView::contextMenuEvent(event);
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (NodeItem *item = nodeAt(event->position().toPoint())) {
            // The first click of the pair already toggled the expander; a second toggle
            // would undo it.
            const QPointF scenePos = mapToScene(event->position().toPoint());
            if (!(NodePainter::canExpand(item->node()) && NodePainter::expanderRect(item->box()).contains(scenePos)))
                emit nodeDoubleClicked(item->node().id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

NodeItem *GraphCanvas::nodeAt(const QPoint &viewportPos) const
{
    return nodeItemAt(items(viewportPos));
}

} // namespace joinery::ui
