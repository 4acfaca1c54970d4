#pragma once

#include "definitions/tasktype.h"
#include "definitions/workflowdef.h"
#include "model/taskstatus.h"
#include "model/workflowrun.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace joinery::ui {

// One box of the execution graph. Synthetic nodes (START, END, the junction that closes a
// SWITCH, the placeholder/collapsed group of a dynamic fork) get ids with a '#', which Conductor
// references never contain in practice, so they cannot collide with a task's id.
struct DagNode
{
    // What the node is drawn as; the task type is in `type`.
    enum class Kind {
        Start,        // "#start"
        End,          // "#end"
        Task,         // any task that is not a block opener/closer (SUB_WORKFLOW included)
        Fork,         // FORK_JOIN or FORK_JOIN_DYNAMIC
        Join,         // JOIN (or "<fork>#join" when a definition lacks one)
        Decision,     // SWITCH / DECISION
        Merge,        // "<switch>#merge": where the cases of a SWITCH meet again
        Loop,         // DO_WHILE (its body sits inside a frame, see DagLayout)
        DynamicGroup, // "<fork>#children": placeholder (no children yet) or collapsed children
        Note,         // "<sub>/#note": a message standing in for a sub-workflow's graph
    };

    QString id;    // stable across snapshots of one execution: the reference name (no "__n")
    // Inside an expanded sub-workflow: the length of the "<sub node id>/" prefix of `id`, so
    // that views can show the child's own reference (id.mid(prefixLength)).
    qsizetype prefixLength = 0;
    QString label; // the task's name, or a short description for synthetic nodes
    Kind kind = Kind::Task;
    TaskType type = TaskType::Unknown;

    // Built from a definition alone (the editor): there is no run, so painters leave out the
    // status and progress they would otherwise show.
    bool planOnly = false;

    // From the run (all empty without one). For a task inside a DO_WHILE the values are those
    // of the loop's current iteration; not yet scheduled in it means no status.
    std::optional<TaskStatus> status; // latest attempt; nullopt: not scheduled
    QString taskId;                   // latest attempt's taskId
    int attempts = 0;                 // retryCount + 1 of the latest attempt, 0 if not scheduled
    int pollCount = 0;
    int iteration = 0;      // Loop: current iteration; task inside a loop: its iteration
    QString dynamicForkId;  // dynamic child or group: the id of its FORK_JOIN_DYNAMIC node

    // JOIN: joinOn references that have ended, and the ones still awaited (ids, no "__n").
    int joinTotal = 0;
    int joinDone = 0;
    QStringList joinAwaited;
    // SWITCH / DECISION: the case taken (selectedCase, else evaluationResult[0]); null if none.
    QString selectedCase;
    // SUB_WORKFLOW: the child definition's name, and the child execution once started.
    QString subWorkflowName;
    QString subWorkflowId;
    // SUB_WORKFLOW shown expanded (the header of a SubWorkflow block), and the status of the
    // child execution drawn inside (nullopt while it is not there yet).
    bool subWorkflowExpanded = false;
    std::optional<WorkflowStatus> subWorkflowStatus;
    // DynamicGroup: number of children (0 for the placeholder), counts per status, and whether
    // it hides children that DagModel::Options::expandedGroups could show.
    int childCount = 0;
    QMap<TaskStatus, int> statusHistogram;
    bool expandable = false;
};

// One arrow. `role`, `block` and `slot` say which part of the block structure the edge belongs
// to; DagLayout routes by them, and a painter may style by role (e.g. dash loop-backs).
struct DagEdge
{
    enum class Role {
        Flow,     // consecutive items of a sequence (including DO_WHILE -> first body task)
        Branch,   // opener -> first node of branch `slot` (or -> closer, if the branch is empty)
        Merge,    // last node of branch `slot` -> closer
        LoopBack, // last node of a loop body -> its DO_WHILE node
    };

    int from = -1; // node indices
    int to = -1;
    QString label; // SWITCH case value ("default" for the default case), else empty
    bool taken = false; // on the executed path
    Role role = Role::Flow;
    int block = -1; // owning block: the sequence, fork/switch/dynamic fork or loop
    int slot = -1;  // Branch/Merge: branch (or dynamic child) index
};

// The block structure the layout recurses over: a series-parallel tree. Children are indices
// into DagModel::blocks().
struct DagBlock
{
    enum class Kind {
        Node,        // one node
        Sequence,    // children run one after another (may be empty)
        Fork,        // node = FORK, close = JOIN; children = one Sequence per branch
        Switch,      // node = SWITCH, close = its Merge; children = cases, then default
        DynamicFork, // node = FORK_JOIN_DYNAMIC, close = JOIN; children = Node blocks
        Loop,        // node = DO_WHILE; children = [body Sequence]
        SubWorkflow, // node = SUB_WORKFLOW (the frame's header); children = [child's Sequence]
    };

    Kind kind = Kind::Node;
    int node = -1;
    int close = -1;
    QList<int> children;
};

// The graph of one workflow definition, optionally overlaid with one execution of it: the input
// of DagLayout and what the graph view's items read their state from. Built in one pass over the
// definition (O(definition + run)); a plain value, immutable once built, safe to copy to and read
// from any thread.
//
// An expanded sub-workflow is built in place: the child definition with the child execution
// laid over it, inside a SubWorkflow block, its node ids prefixed by the SUB_WORKFLOW node's id
// and a '/', so that it can never collide with the parent's (nor with a sibling child's).
//
// Invariants: node ids are unique; the root block is a Sequence that starts with "#start" and
// ends with "#end"; every node belongs to exactly one Node block or is the node/close of one
// block; block indices of children are smaller than their parent's.
//
// Naming note: this is not a QAbstractItemModel; the name follows the graph view's issue.
class DagModel
{
public:
    struct Options
    {
        // A dynamic fork with more children than this shows one DynamicGroup node instead.
        int collapseThreshold = 8;
        // DynamicGroup ids ("<fork>#children") whose children are shown even above the threshold.
        QSet<QString> expandedGroups;
        // Expanded SUB_WORKFLOW nodes by node id, with the child execution to draw in their
        // frame (null while it is being fetched: the frame then holds a note). Nodes of a child
        // get ids prefixed with "<sub node id>/", so keys of nested expansions carry the
        // prefixes of their ancestors. A snapshot whose workflowId is not the node's
        // subWorkflowId (a loop moved on to another child) is treated as not fetched yet.
        QHash<QString, std::shared_ptr<const WorkflowRun>> expandedSubWorkflows;
        // Expansions nested deeper than this show a note instead of the child's graph.
        int maxSubWorkflowDepth = 4;
    };

    // `run` may be null (definition only) or an execution of `def`; tasks of the run that the
    // definition does not know (other than dynamic-fork children) are ignored.
    static DagModel build(const WorkflowDef &def, const WorkflowRun *run, const Options &options);
    static DagModel build(const WorkflowDef &def, const WorkflowRun *run = nullptr);

    const QList<DagNode> &nodes() const { return m_nodes; }
    const QList<DagEdge> &edges() const { return m_edges; }
    const QList<DagBlock> &blocks() const { return m_blocks; }
    int rootBlock() const { return m_blocks.size() - 1; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

private:
    friend class DagModelBuilder;

    QList<DagNode> m_nodes;
    QList<DagEdge> m_edges;
    QList<DagBlock> m_blocks;
    QHash<QString, int> m_index;
};

QString dagNodeKindName(DagNode::Kind kind); // "task", "fork", … (for dumps and tests)

} // namespace joinery::ui
