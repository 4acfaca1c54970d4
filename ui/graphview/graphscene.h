#pragma once

#include "graph/daglayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QString>

namespace joinery::ui {

class EdgeItem;
class LoopFrameItem;
class NodeItem;
class SubWorkflowFrameItem;

// The items of one execution graph: one NodeItem per node, one EdgeItem per edge, one
// LoopFrameItem per DO_WHILE, one SubWorkflowFrameItem per expanded sub-workflow, keyed by node id (edges by their ends, role and slot) so that
// apply() can bring them in line with a new layout by touching only what changed. Because
// DagLayout is stable (nodes never move while an execution grows), a live update normally
// repaints a handful of items and moves none. GUI thread only.
class GraphScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphScene)

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    struct ApplyStats
    {
        int created = 0;   // items added
        int repainted = 0; // existing items whose look changed (each repaints itself only)
        int moved = 0;     // existing items whose geometry changed
        int removed = 0;   // items deleted
    };

    // Brings the items in line with `layout` (see the class comment).
    ApplyStats apply(const DagLayout &layout);
    // Deletes every graph item.
    void clearGraph();

    const DagLayout &layout() const { return m_layout; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    // The node of a task of the shown workflow (not of an expanded child), or null.
    NodeItem *nodeItemForTask(const QString &taskId) const;
    int nodeItemCount() const { return int(m_nodes.size()); }
    int edgeItemCount() const { return int(m_edges.size()); }
    int frameItemCount() const { return int(m_frames.size()); }
    EdgeItem *edgeItem(const QString &key) const { return m_edges.value(key); }
    LoopFrameItem *frameItem(const QString &loopId) const { return m_frames.value(loopId); }
    int subWorkflowFrameItemCount() const { return int(m_subFrames.size()); }
    SubWorkflowFrameItem *subWorkflowFrameItem(const QString &nodeId) const { return m_subFrames.value(nodeId); }

    // Badges ignore the zoom, so the view hides them when zoomed far out.
    void setBadgesVisible(bool visible);
    bool badgesVisible() const { return m_badgesVisible; }
    // Repaints every item (after a language change: their texts are translated).
    void repaintAll();

protected:
    // Tooltips are built on demand from the node under the cursor.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    // Whether `layout` has the nodes, edges and frames of the current one, in the same order
    // (the common case of a live update): then items are matched by index, without hashing.
    bool sameStructure(const DagLayout &layout) const;
    ApplyStats applyByIndex(const DagLayout &layout);
    ApplyStats applyById(const DagLayout &layout);

    DagLayout m_layout;
    // Aligned with m_layout's nodes, edges and loop frames.
    QList<NodeItem *> m_nodeOrder;
    QList<EdgeItem *> m_edgeOrder;
    QList<LoopFrameItem *> m_frameOrder;
    QList<SubWorkflowFrameItem *> m_subFrameOrder;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;
    QHash<QString, LoopFrameItem *> m_frames;
    QHash<QString, SubWorkflowFrameItem *> m_subFrames; // by SUB_WORKFLOW node id
    bool m_badgesVisible = true;
};

// The NodeItem at a scene point (a badge counts as its node), or null.
NodeItem *nodeItemAt(const QList<QGraphicsItem *> &itemsUnderPoint);

} // namespace joinery::ui
