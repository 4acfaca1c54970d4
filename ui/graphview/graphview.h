#pragma once

#include "graph/dagmodel.h"
#include "graphview/subworkflowexpansions.h"
#include "runtime/stall.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedLayout;
class QToolButton;

namespace joinery {
struct WorkflowRun;
}

namespace joinery::ui {

class DagLayout;
class ExecutionSource;
class GraphCanvas;
class GraphLayoutJob;
class GraphScene;
class LegendStrip;
class NodeItem;
class Selection;

// The selected workflow's definition with its execution laid over it (issue 6, "Graph view"):
// follows Selection's workflow, fetches the run from the ExecutionSource, lays it out with
// DagModel/DagLayout (on a worker thread for big graphs) and keeps the scene's items in step
// with every live update, repainting only the nodes that changed. A click on a node selects its
// task; double-clicking a collapsed dynamic fork expands it (double-click the fork to collapse
// it again).
//
// A SUB_WORKFLOW whose child has started expands in place (double-click, its expander, the
// context menu or E on the selected node): the child execution is fetched from the source,
// drawn in a frame by the same layout (its node ids prefixed "<sub node id>/") and kept live
// from executionsChanged like the parent; children nest up to DagModel::Options'
// maxSubWorkflowDepth. Expansions survive the parent's updates and are forgotten when another
// workflow is selected. Selection holds one workflow's task, so a click on a task of a child
// only marks it here (and clears the parent's task selection); "Open in the child execution"
// in its context menu selects that workflow and task everywhere.
//
// Zoom with the wheel or Ctrl +/−, pan by dragging, F fits, the search field finds a
// task by reference name. GUI thread only.
class GraphView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    GraphView(ExecutionSource *source, Selection *selection, QWidget *parent = nullptr);
    ~GraphView() override;

    QString workflowId() const { return m_workflowId; }
    GraphScene *scene() const { return m_scene; }
    GraphCanvas *canvas() const { return m_canvas; }
    GraphLayoutJob *layoutJob() const { return m_job; }
    QLineEdit *searchField() const { return m_search; }
    // The message shown instead of the graph (empty while a graph is shown).
    QString message() const;
    QSize sizeHint() const override { return QSize(900, 520); }

    // Finds nodes whose reference contains `text` (exact and prefix matches first), centres on
    // the first and marks it; returns the number of matches.
    int find(const QString &text);
    // Moves to the next match of the current search.
    void findNext();
    // Expands a collapsed dynamic fork ("<fork>#children"), or collapses an expanded one when
    // given its fork's id.
    void toggleGroup(const QString &nodeId);
    // Expands a SUB_WORKFLOW node whose child has started, or collapses an expanded one (with
    // whatever was expanded inside it).
    void toggleSubWorkflow(const QString &nodeId);
    bool isSubWorkflowExpanded(const QString &nodeId) const { return m_expansions.isExpanded(nodeId); }
    // The execution a node of the shown graph belongs to: the shown workflow, or the child
    // execution of the innermost expanded sub-workflow around it.
    QString workflowOfNode(const QString &nodeId) const { return m_expansions.workflowOf(nodeId, m_workflowId); }
    // The node marked by a click inside an expanded child (empty if none).
    QString childMark() const { return m_childNode; }
    // Adds the actions of a node's context menu to `menu` (what a right-click shows).
    void fillNodeMenu(QMenu *menu, const QString &nodeId);

signals:
    // A layout was applied to the scene (tests wait on this).
    void graphUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showWorkflow(const QString &workflowId);
    // Returns whether a layout of `run` was requested (false for an older snapshot).
    bool takeRun(std::shared_ptr<const WorkflowRun> run);
    void applyLayout(const DagLayout &layout);
    void onNodeClicked(const QString &nodeId);
    void onNodeDoubleClicked(const QString &nodeId);
    void relayout();
    void fetchChild(const QString &nodeId);
    void setChildMark(const QString &nodeId);
    void markTask(const QString &taskId);
    enum class MessageKind { NoSelection, Loading, NotFound, NoDefinition, None };
    void showMessage(MessageKind kind);
    void updateHeader();
    void updateMatches();
    // Badges on the nodes the stall detector names for the shown workflow.
    void markStalls();
    // The node a first look should land on: the first one running or waiting, else the first
    // that failed; null when the run has nothing pending or failed.
    const NodeItem *frontier(const DagModel &model) const;

    ExecutionSource *m_source;
    Selection *m_selection;
    GraphScene *m_scene;
    GraphCanvas *m_canvas;
    GraphLayoutJob *m_job;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_matchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    LegendStrip *m_legend = nullptr;
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_subWorkflowAction = nullptr;

    QString m_workflowId;
    std::shared_ptr<const WorkflowRun> m_run;
    DagModel::Options m_options;
    SubWorkflowExpansions m_expansions{m_options}; // keeps m_options.expandedSubWorkflows
    QString m_childNode; // node inside a child marked by a click
    quint64 m_fetch = 0;      // version of the latest fetchExecution request
    bool m_fitPending = false; // fit once the first layout of a workflow arrives
    bool m_clicking = false;   // the selection change comes from a click in the graph
    MessageKind m_messageKind = MessageKind::NoSelection;
    QStringList m_matches;
    int m_matchIndex = -1;
    QString m_marked;       // node carrying the search mark
    QString m_selectedNode; // node of the selected task
    QList<Stall> m_stalls;  // the stall detector's latest list (all workflows)
    QStringList m_stalledNodes; // nodes carrying a stall badge
};

} // namespace joinery::ui
