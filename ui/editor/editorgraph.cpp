#include "editor/editorgraph.h"

#include "definitions/workflowdef.h"
#include "graphview/badgeitem.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphlayoutjob.h"
#include "graphview/graphpalette.h"
#include "graphview/graphscene.h"
#include "graphview/nodeitem.h"

#include <QContextMenuEvent>
#include <QMouseEvent>

namespace joinery::ui {

EditorGraph::EditorGraph(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_scene(new GraphScene(this))
    , m_canvas(new GraphCanvas(m_scene, parentWidget))
{
    m_canvas->setObjectName(QStringLiteral("editorCanvas"));
    m_canvas->viewport()->installEventFilter(this);
    m_canvas->viewport()->setMouseTracking(false);
}

EditorGraph::~EditorGraph() = default;

void EditorGraph::show(const WorkflowDef &def)
{
    const bool first = m_scene->nodeItemCount() == 0;
    clearBadges();
    m_scene->apply(GraphLayoutJob::compute(def, nullptr, DagModel::Options {}));
    QStringList alive;
    for (const QString &id : std::as_const(m_selection))
        if (m_scene->nodeItem(id))
            alive << id;
    if (alive != m_selection) {
        m_selection = alive;
        emit selectionChanged(m_selection);
    }
    syncMarks();
    addBadges();
    if (first)
        fitAll();
}

void EditorGraph::fitAll()
{
    const QSize size = m_canvas->viewport()->size();
    m_fitPending = !m_canvas->isVisible() || size.width() < 64 || size.height() < 64;
    if (!m_fitPending)
        m_canvas->fitAll();
}

void EditorGraph::setProblems(const QHash<QString, QStringList> &problems)
{
    clearBadges();
    m_problems = problems;
    addBadges();
}

void EditorGraph::clearBadges()
{
    // Badges are children of node items; GraphScene::apply may delete an item, so they are
    // removed before every apply and made again after it.
    for (BadgeItem *badge : std::as_const(m_badges))
        delete badge;
    m_badges.clear();
}

void EditorGraph::addBadges()
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        NodeItem *item = m_scene->nodeItem(it.key());
        if (!item)
            continue;
        auto *badge = new BadgeItem(GraphPalette::stallBadge(), item, BadgeItem::Anchor::Left);
        badge->setText(it.value().size() == 1 ? tr("error") : tr("%n errors", nullptr, int(it.value().size())));
        badge->setToolTip(it.value().join(QLatin1Char('\n')));
        badge->setPos(0, 0);
        m_badges.insert(it.key(), badge);
    }
}

void EditorGraph::select(const QStringList &ids)
{
    QStringList next;
    for (const QString &id : ids)
        if (m_scene->nodeItem(id) && !next.contains(id))
            next << id;
    if (next == m_selection)
        return;
    m_selection = next;
    syncMarks();
    if (!m_selection.isEmpty())
        m_canvas->ensureVisible(m_scene->nodeItem(m_selection.last())->box(), 40, 40);
    emit selectionChanged(m_selection);
}

void EditorGraph::syncMarks()
{
    const QList<QGraphicsItem *> items = m_scene->items();
    for (QGraphicsItem *item : items) {
        if (item->type() == NodeItem::Type) {
            auto *node = static_cast<NodeItem *>(item);
            node->setSelectedMark(m_selection.contains(node->node().id));
        }
    }
}

QPoint EditorGraph::viewportPos(const QString &id) const
{
    const NodeItem *item = m_scene->nodeItem(id);
    return item ? m_canvas->mapFromScene(item->box().center()) : QPoint();
}

NodeItem *EditorGraph::nodeAt(const QPoint &viewportPos) const
{
    return nodeItemAt(m_canvas->items(viewportPos));
}

bool EditorGraph::movable(const NodeItem *item)
{
    // START/END and the synthetic junctions are not tasks; a JOIN moves with its fork.
    const DagNode::Kind kind = item->node().kind;
    return kind == DagNode::Kind::Task || kind == DagNode::Kind::Fork || kind == DagNode::Kind::Join
        || kind == DagNode::Kind::Decision || kind == DagNode::Kind::Loop;
}

bool EditorGraph::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Show:
        if (m_fitPending)
            fitAll();
        return false;
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        NodeItem *item = nodeAt(e->position().toPoint());
        if (e->button() != Qt::LeftButton || !item)
            return false; // the background pans, as in the monitoring view
        m_pressed = item->node().id;
        m_pressPos = e->position().toPoint();
        m_dragging = false;
        return true;
    }
    case QEvent::MouseMove: {
        if (m_pressed.isEmpty())
            return false;
        auto *e = static_cast<QMouseEvent *>(event);
        if (!m_dragging && (e->position().toPoint() - m_pressPos).manhattanLength() > 6) {
            const NodeItem *item = m_scene->nodeItem(m_pressed);
            m_dragging = item && movable(item);
            if (m_dragging)
                m_canvas->viewport()->setCursor(Qt::ClosedHandCursor);
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_pressed.isEmpty())
            return false;
        auto *e = static_cast<QMouseEvent *>(event);
        const QString pressed = std::exchange(m_pressed, QString());
        if (m_dragging) {
            m_dragging = false;
            m_canvas->viewport()->unsetCursor();
            NodeItem *target = nodeAt(e->position().toPoint());
            if (target && target->node().id != pressed) {
                const QPointF scenePos = m_canvas->mapToScene(e->position().toPoint());
                const auto where = scenePos.y() < target->box().center().y() ? WorkflowEdits::Where::Before
                                                                             : WorkflowEdits::Where::After;
                emit moveRequested(pressed, target->node().id, where);
            }
            return true;
        }
        if (e->modifiers() & Qt::ControlModifier) {
            QStringList next = m_selection;
            if (next.contains(pressed))
                next.removeAll(pressed);
            else
                next << pressed;
            select(next);
        } else {
            select({pressed});
        }
        return true;
    }
    case QEvent::ContextMenu: {
        auto *e = static_cast<QContextMenuEvent *>(event);
        NodeItem *item = nodeAt(e->pos());
        const QString id = item ? item->node().id : QString();
        if (item && !m_selection.contains(id))
            select({id});
        emit contextMenuRequested(id, e->globalPos());
        return true;
    }
    default:
        return false;
    }
}

} // namespace joinery::ui
