#pragma once

#include <QGraphicsView>
#include <QPoint>

namespace joinery::ui {

class GraphScene;
class NodeItem;

// The graph's viewport: the wheel zooms around the cursor, dragging pans, a click (a press and
// release without movement) on a node reports it, a double-click too; a click on a node's
// expander (NodePainter::expanderRect) reports that instead, a right-click asks for its menu. Zoom is clamped, and
// fitting never enlarges a small graph beyond 100%. GUI thread only.
class GraphCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    static constexpr qreal kMinZoom = 0.02;
    static constexpr qreal kMaxZoom = 4.0;

    explicit GraphCanvas(GraphScene *scene, QWidget *parent = nullptr);

    qreal zoom() const;
    // Multiplies the zoom, keeping the centre of the viewport in place.
    void zoomBy(qreal factor);
    void resetZoom();
    // Shows the whole graph (at most at 100%).
    void fitAll();
    // Centres on a node, zooming in to at least `minZoom` so that it can be read.
    void focusNode(const NodeItem *item, qreal minZoom = 0.8);

signals:
    void nodeClicked(const QString &nodeId);
    void nodeDoubleClicked(const QString &nodeId);
    void nodeExpanderClicked(const QString &nodeId);
    void nodeMenuRequested(const QString &nodeId, const QPoint &globalPos);
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void setZoom(qreal zoom);
    NodeItem *nodeAt(const QPoint &viewportPos) const;

    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace joinery::ui
