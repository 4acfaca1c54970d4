#pragma once

#include "graph/dagmodel.h"

#include <QHash>
#include <QList>

namespace joinery::ui {

// What DagModel::build() runs; not for use elsewhere. Walks the definition once, creating
// nodes, blocks and edges bottom-up (children before their parent, so a parent's edges can read
// what its children reached). Run lookups go through one hash of "reference as the engine
// writes it" (with "__n" inside loops) -> latest attempt, so a build is O(definition + run).
//
// An expanded sub-workflow is built by the same walk: buildSubWorkflow() points the run
// lookups at the child execution and prefixes ids for the child's definition, then restores them.
//
// Thread safety: one instance per build, used by one thread; `options` must outlive it.
class DagModelBuilder
{
public:
    DagModelBuilder(const WorkflowRun *run, const DagModel::Options &options);
    DagModel build(const WorkflowDef &def);

private:
    // START, the items of `def`, END, as the blocks of one sequence (with the current prefix).
    QList<int> buildWorkflow(const WorkflowDef &def);
    void setRun(const WorkflowRun *run);
    // Run lookups; `iteration` is that of the innermost enclosing DO_WHILE (0 outside loops).
    const TaskRun *task(const QString &ref, int iteration) const;
    bool terminal(int node) const;
    void fillFromRun(DagNode &n, const TaskRun &t) const;

    int addNode(DagNode node, bool reached);
    int addBlock(DagBlock block);
    void addEdge(int from, int to, DagEdge::Role role, int block, int slot, bool taken,
                 const QString &label = QString());
    int nodeBlock(int node);
    int taskNode(const WorkflowTask &wt, DagNode::Kind kind, int iteration);
    int syntheticNode(const QString &id, DagNode::Kind kind, TaskType type, bool reached);

    // First / last node of a block (-1 for an empty sequence).
    int head(int block) const;
    int tail(int block) const;

    // Each returns the index of the block it adds.
    int makeSequence(const QList<int> &items);
    QList<int> buildItems(const TaskList &list, int iteration);
    int buildFork(const WorkflowTask &wt, const WorkflowTask *join, int iteration);
    int buildSwitch(const WorkflowTask &wt, int iteration);
    int buildLoop(const WorkflowTask &wt);
    int buildDynamicFork(const WorkflowTask &wt, const WorkflowTask *join, int iteration);
    int buildSubWorkflow(const WorkflowTask &wt, int iteration);
    int noteNode(const QString &text);

    // The execution being walked: the run given, or the child of an expanded sub-workflow.
    const WorkflowRun *m_run = nullptr;
    const DagModel::Options &m_options;
    QHash<QString, int> m_latest; // referenceTaskName -> index of its latest attempt in m_run
    QString m_prefix;             // prepended to every node id: "" or "<sub node id>/"
    int m_depth = 0;              // expanded sub-workflows around the walk
    QList<bool> m_reached;        // per node: the execution got there (drives DagEdge::taken)
    DagModel m_model;
};

} // namespace joinery::ui
