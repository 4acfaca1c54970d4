#pragma once

#include "editor/core/workflowedits.h"

#include <QHash>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QStringList>

namespace joinery {
struct WorkflowDef;
}

namespace joinery::ui {

class BadgeItem;
class GraphCanvas;
class GraphScene;
class NodeItem;

// The editor's graph: the graph view's own scene, items and layout (GraphScene, GraphCanvas,
// DagLayout through GraphLayoutJob::compute), driven for editing instead of watching. It adds
// what editing needs on top of the canvas, through an event filter on its viewport rather than a
// second widget: a click selects a node (Ctrl+click adds to the selection), dragging a task onto
// another node asks to move it before or after that node (upper or lower half), a right click
// asks for a context menu, and nodes the validator complains about get a red badge.
// Dragging the background still pans, as in the monitoring view. GUI thread only.
class EditorGraph final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorGraph)

public:
    explicit EditorGraph(QWidget *parentWidget);
    ~EditorGraph() override;

    GraphCanvas *canvas() const { return m_canvas; }
    GraphScene *scene() const { return m_scene; }

    // Lays out and shows `def`; items of nodes that still exist are kept (and moved).
    void show(const WorkflowDef &def);
    // Shows the whole graph (at most at 100%), now or, while the canvas has no size yet, once
    // it has one.
    void fitAll();
    // Messages per node id; nodes not listed lose their badge.
    void setProblems(const QHash<QString, QStringList> &problems);

    QStringList selection() const { return m_selection; }
    QString current() const { return m_selection.isEmpty() ? QString() : m_selection.last(); }
    void select(const QStringList &ids);
    // The centre of a node in viewport coordinates (tests drive the mouse with it).
    QPoint viewportPos(const QString &id) const;

signals:
    void selectionChanged(const QStringList &ids);
    void moveRequested(const QString &id, const QString &target, joinery::ui::WorkflowEdits::Where where);
    void contextMenuRequested(const QString &id, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NodeItem *nodeAt(const QPoint &viewportPos) const;
    static bool movable(const NodeItem *item);
    void syncMarks();
    void clearBadges();
    void addBadges();

    GraphScene *m_scene;
    GraphCanvas *m_canvas;
    QStringList m_selection;
    QHash<QString, QStringList> m_problems;
    QHash<QString, BadgeItem *> m_badges; // children of the node items, recreated on show()

    // Press on a node: a click, or the start of a drag once the mouse moves far enough.
    QString m_pressed;
    QPoint m_pressPos;
    bool m_dragging = false;
    // A fit asked for before the viewport had a size (the editor is built hidden) waits for it.
    bool m_fitPending = false;
};

} // namespace joinery::ui
