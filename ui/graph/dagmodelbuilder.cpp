#include "graph/dagmodelbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace joinery::ui {

namespace {

bool isForkType(TaskType type)
{
    return type == TaskType::ForkJoin || type == TaskType::ForkJoinDynamic;
}

std::optional<TaskStatus> endStatus(WorkflowStatus status)
{
    switch (status) {
    case WorkflowStatus::Completed:
        return TaskStatus::Completed;
    case WorkflowStatus::Failed:
        return TaskStatus::Failed;
    case WorkflowStatus::TimedOut:
        return TaskStatus::TimedOut;
    case WorkflowStatus::Terminated:
        return TaskStatus::Canceled;
    case WorkflowStatus::Running:
    case WorkflowStatus::Paused:
        break;
    }
    return std::nullopt;
}

// A case value as the SWITCH handler writes it (so it compares equal to a decisionCases key).
QString caseText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return QStringLiteral("null");
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

DagModelBuilder::DagModelBuilder(const WorkflowRun *run, const DagModel::Options &options)
    : m_options(options)
{
    setRun(run);
}

void DagModelBuilder::setRun(const WorkflowRun *run)
{
    m_run = run;
    m_latest.clear();
    if (!run)
        return;
    m_latest.reserve(run->tasks.size());
    for (int i = 0; i < run->tasks.size(); ++i)
        m_latest.insert(run->tasks.at(i).referenceTaskName, i); // seq order: last one wins
}

DagModel DagModelBuilder::build(const WorkflowDef &def)
{
    // Roughly one node per task (plus START/END and switch junctions), one block per node and
    // a few per block; reserving spares the copies of a growing list of large nodes.
    const qsizetype estimate = def.allTasks().size() + 2;
    m_model.m_nodes.reserve(estimate);
    m_model.m_index.reserve(estimate);
    m_model.m_blocks.reserve(2 * estimate);
    m_model.m_edges.reserve(2 * estimate);
    m_reached.reserve(estimate);
    makeSequence(buildWorkflow(def));
    return std::move(m_model);
}

QList<int> DagModelBuilder::buildWorkflow(const WorkflowDef &def)
{
    DagNode start;
    start.id = QStringLiteral("#start");
    start.label = QCoreApplication::translate("joinery::ui::DagModel", "Start");
    start.kind = DagNode::Kind::Start;
    if (m_run)
        start.status = TaskStatus::Completed;
    QList<int> items{nodeBlock(addNode(std::move(start), m_run != nullptr))};
    items += buildItems(def.tasks, 0);
    DagNode end;
    end.id = QStringLiteral("#end");
    end.label = QCoreApplication::translate("joinery::ui::DagModel", "End");
    end.kind = DagNode::Kind::End;
    if (m_run)
        end.status = endStatus(m_run->status);
    const bool completed = m_run && m_run->status == WorkflowStatus::Completed;
    items.append(nodeBlock(addNode(std::move(end), completed)));
    return items;
}

const TaskRun *DagModelBuilder::task(const QString &ref, int iteration) const
{
    const int i = m_latest.value(withIteration(ref, iteration), -1);
    return i < 0 ? nullptr : &m_run->tasks.at(i);
}

bool DagModelBuilder::terminal(int node) const
{
    const auto &s = m_model.m_nodes.at(node).status;
    return s && isTerminal(*s);
}

int DagModelBuilder::addNode(DagNode node, bool reached)
{
    const QString bare = node.id;
    node.id = m_prefix + bare;
    node.prefixLength = m_prefix.size();
    // Ids must be unique; only an invalid definition (duplicate references) or a dynamic
    // child reusing a definition's reference gets here, and the suffix is deterministic.
    if (m_model.m_index.contains(node.id)) {
        QString id = node.dynamicForkId.isEmpty() ? node.id : node.dynamicForkId + u'/' + bare;
        for (int k = 2; m_model.m_index.contains(id); ++k)
            id = node.id + u'#' + QString::number(k);
        node.id = id;
    }
    node.planOnly = m_run == nullptr;
    const int index = m_model.m_nodes.size();
    m_model.m_index.insert(node.id, index);
    m_model.m_nodes.append(std::move(node));
    m_reached.append(reached);
    return index;
}

int DagModelBuilder::addBlock(DagBlock block)
{
    m_model.m_blocks.append(std::move(block));
    return m_model.m_blocks.size() - 1;
}

void DagModelBuilder::addEdge(int from, int to, DagEdge::Role role, int block, int slot, bool taken,
                              const QString &label)
{
    DagEdge e;
    e.from = from;
    e.to = to;
    e.role = role;
    e.block = block;
    e.slot = slot;
    e.taken = taken;
    e.label = label;
    m_model.m_edges.append(std::move(e));
}

int DagModelBuilder::nodeBlock(int node)
{
    DagBlock b;
    b.kind = DagBlock::Kind::Node;
    b.node = node;
    return addBlock(std::move(b));
}

int DagModelBuilder::head(int block) const
{
    const DagBlock &b = m_model.m_blocks.at(block);
    if (b.kind == DagBlock::Kind::Sequence)
        return b.children.isEmpty() ? -1 : head(b.children.first());
    return b.node;
}

int DagModelBuilder::tail(int block) const
{
    const DagBlock &b = m_model.m_blocks.at(block);
    switch (b.kind) {
    case DagBlock::Kind::Node:
        return b.node;
    case DagBlock::Kind::Sequence:
        return b.children.isEmpty() ? -1 : tail(b.children.last());
    case DagBlock::Kind::Loop:
    case DagBlock::Kind::SubWorkflow: {
        const int t = tail(b.children.first());
        return t < 0 ? b.node : t;
    }
    default:
        return b.close;
    }
}

int DagModelBuilder::makeSequence(const QList<int> &items)
{
    DagBlock b;
    b.kind = DagBlock::Kind::Sequence;
    b.children = items;
    const int seq = addBlock(std::move(b));
    for (int k = 1; k < items.size(); ++k) {
        const int from = tail(items.at(k - 1));
        const int to = head(items.at(k));
        addEdge(from, to, DagEdge::Role::Flow, seq, -1, m_reached.at(from) && m_reached.at(to));
    }
    return seq;
}

QList<int> DagModelBuilder::buildItems(const TaskList &list, int iteration)
{
    QList<int> items;
    items.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const WorkflowTask &wt = list.at(i);
        const WorkflowTask *join = nullptr;
        if (isForkType(wt.type) && i + 1 < list.size() && list.at(i + 1).type == TaskType::Join)
            join = &list.at(++i);
        switch (wt.type) {
        case TaskType::ForkJoin:
            items.append(buildFork(wt, join, iteration));
            break;
        case TaskType::ForkJoinDynamic:
            items.append(buildDynamicFork(wt, join, iteration));
            break;
        case TaskType::Switch:
        case TaskType::Decision:
            items.append(buildSwitch(wt, iteration));
            break;
        case TaskType::DoWhile:
            items.append(buildLoop(wt));
            break;
        case TaskType::SubWorkflow:
            if (m_options.expandedSubWorkflows.contains(m_prefix + wt.taskReferenceName)) {
                items.append(buildSubWorkflow(wt, iteration));
                break;
            }
            items.append(nodeBlock(taskNode(wt, DagNode::Kind::Task, iteration)));
            break;
        default:
            items.append(nodeBlock(taskNode(wt, DagNode::Kind::Task, iteration)));
            break;
        }
    }
    return items;
}

void DagModelBuilder::fillFromRun(DagNode &n, const TaskRun &t) const
{
    n.status = t.status;
    n.taskId = t.taskId;
    n.attempts = t.retryCount + 1;
    n.pollCount = t.pollCount;
    n.subWorkflowId = t.subWorkflowId;
}

int DagModelBuilder::taskNode(const WorkflowTask &wt, DagNode::Kind kind, int iteration)
{
    DagNode n;
    n.id = wt.taskReferenceName;
    n.label = wt.name.isEmpty() ? wt.taskReferenceName : wt.name;
    n.kind = kind;
    n.type = wt.type;
    if (wt.subWorkflowParam)
        n.subWorkflowName = wt.subWorkflowParam->name;
    const TaskRun *t = m_run ? task(wt.taskReferenceName, iteration) : nullptr;
    if (t) {
        fillFromRun(n, *t);
        n.iteration = iteration;
    }
    if (kind == DagNode::Kind::Join) {
        // The run's JOIN knows its joinOn as scheduled (a dynamic fork's comes from the run);
        // before that, the definition's.
        QStringList joinOn;
        if (t) {
            joinOn = stringList(t->inputData.value(QLatin1String("joinOn")));
        } else {
            for (const QString &ref : wt.joinOn)
                joinOn.append(withIteration(ref, iteration));
        }
        n.joinTotal = joinOn.size();
        for (const QString &ref : joinOn) {
            const int i = m_latest.value(ref, -1);
            if (i >= 0 && m_run->tasks.at(i).isTerminal())
                ++n.joinDone;
            else
                n.joinAwaited.append(iteration > 0 ? stripIteration(ref) : ref);
        }
    }
    if (kind == DagNode::Kind::Decision && t) {
        const QJsonValue selected = t->outputData.value(QLatin1String("selectedCase"));
        if (selected.isString())
            n.selectedCase = selected.toString();
        else if (const QJsonArray r = t->outputData.value(QLatin1String("evaluationResult")).toArray();
                 !r.isEmpty())
            n.selectedCase = caseText(r.first());
    }
    const bool reached = n.status.has_value();
    return addNode(std::move(n), reached);
}

int DagModelBuilder::syntheticNode(const QString &id, DagNode::Kind kind, TaskType type, bool reached)
{
    DagNode n;
    n.id = id;
    n.kind = kind;
    n.type = type;
    return addNode(std::move(n), reached);
}

int DagModelBuilder::buildFork(const WorkflowTask &wt, const WorkflowTask *join, int iteration)
{
    const int fork = taskNode(wt, DagNode::Kind::Fork, iteration);
    QList<int> branches;
    for (const TaskList &branch : wt.forkTasks)
        branches.append(makeSequence(buildItems(branch, iteration)));
    if (branches.isEmpty()) // a fork of nothing still shows its FORK -> JOIN edge
        branches.append(makeSequence({}));
    // A definition without its JOIN is invalid, but still drawn: its branches meet at a
    // synthetic join so the block keeps one exit.
    const int close = join ? taskNode(*join, DagNode::Kind::Join, iteration)
                           : syntheticNode(wt.taskReferenceName + QStringLiteral("#join"),
                                           DagNode::Kind::Join, TaskType::Join, false);
    DagBlock b;
    b.kind = DagBlock::Kind::Fork;
    b.node = fork;
    b.close = close;
    b.children = branches;
    const int block = addBlock(std::move(b));
    for (int k = 0; k < branches.size(); ++k) {
        const int h = head(branches.at(k));
        if (h < 0) {
            addEdge(fork, close, DagEdge::Role::Branch, block, k, m_reached.at(fork) && m_reached.at(close));
            continue;
        }
        addEdge(fork, h, DagEdge::Role::Branch, block, k, m_reached.at(fork) && m_reached.at(h));
        const int t = tail(branches.at(k));
        addEdge(t, close, DagEdge::Role::Merge, block, k, terminal(t) && m_reached.at(close));
    }
    return block;
}

int DagModelBuilder::buildSwitch(const WorkflowTask &wt, int iteration)
{
    const int decision = taskNode(wt, DagNode::Kind::Decision, iteration);
    const QString selected = m_model.m_nodes.at(decision).selectedCase;
    QList<int> cases;
    QStringList labels;
    int chosen = selected.isNull() ? -1 : int(wt.decisionCases.size()); // default unless matched
    for (const auto &c : wt.decisionCases) {
        if (c.first == selected && chosen == wt.decisionCases.size())
            chosen = cases.size();
        labels.append(c.first);
        cases.append(makeSequence(buildItems(c.second, iteration)));
    }
    labels.append(QStringLiteral("default"));
    cases.append(makeSequence(buildItems(wt.defaultCase, iteration)));

    const int merge = syntheticNode(wt.taskReferenceName + QStringLiteral("#merge"),
                                    DagNode::Kind::Merge, TaskType::Unknown, false);
    DagBlock b;
    b.kind = DagBlock::Kind::Switch;
    b.node = decision;
    b.close = merge;
    b.children = cases;
    const int block = addBlock(std::move(b));
    for (int k = 0; k < cases.size(); ++k) {
        const bool isChosen = k == chosen && terminal(decision);
        const int h = head(cases.at(k));
        if (h < 0) {
            addEdge(decision, merge, DagEdge::Role::Branch, block, k, isChosen, labels.at(k));
            m_reached[merge] = m_reached.at(merge) || isChosen;
            continue;
        }
        addEdge(decision, h, DagEdge::Role::Branch, block, k, isChosen && m_reached.at(h), labels.at(k));
        const int t = tail(cases.at(k));
        const bool out = isChosen && terminal(t);
        addEdge(t, merge, DagEdge::Role::Merge, block, k, out);
        m_reached[merge] = m_reached.at(merge) || out;
    }
    return block;
}

int DagModelBuilder::buildLoop(const WorkflowTask &wt)
{
    // The engine never suffixes a DO_WHILE's own reference, and its body tasks carry the
    // loop's iteration, so the body shows the current iteration (or the first, before any).
    const int loop = taskNode(wt, DagNode::Kind::Loop, 0);
    const TaskRun *t = m_run ? task(wt.taskReferenceName, 0) : nullptr;
    const int iteration = t ? qMax(1, t->iteration) : 1;
    m_model.m_nodes[loop].iteration = t ? iteration : 0;
    const int body = makeSequence(buildItems(wt.loopOver, iteration));

    DagBlock b;
    b.kind = DagBlock::Kind::Loop;
    b.node = loop;
    b.children = {body};
    const int block = addBlock(std::move(b));
    const int h = head(body);
    if (h >= 0) {
        addEdge(loop, h, DagEdge::Role::Flow, block, -1, m_reached.at(loop) && m_reached.at(h));
        addEdge(tail(body), loop, DagEdge::Role::LoopBack, block, -1, t && iteration > 1);
    }
    return block;
}

int DagModelBuilder::buildDynamicFork(const WorkflowTask &wt, const WorkflowTask *join, int iteration)
{
    const int fork = taskNode(wt, DagNode::Kind::Fork, iteration);
    const QString forkId = m_model.m_nodes.at(fork).id;
    const int close = join ? taskNode(*join, DagNode::Kind::Join, iteration)
                           : syntheticNode(wt.taskReferenceName + QStringLiteral("#join"),
                                           DagNode::Kind::Join, TaskType::Join, false);
    // The children, in the order the FORK lists them (the JOIN's joinOn when the FORK's
    // input was externalized, as Conductor's UI back-fills them).
    QStringList refs;
    if (const TaskRun *f = m_run ? task(wt.taskReferenceName, iteration) : nullptr)
        refs = stringList(f->inputData.value(QLatin1String("forkedTasks")));
    if (refs.isEmpty() && join && m_run)
        if (const TaskRun *j = task(join->taskReferenceName, iteration))
            refs = stringList(j->inputData.value(QLatin1String("joinOn")));

    QList<int> children;
    const QString groupId = forkId + QStringLiteral("#children");
    if (refs.isEmpty()
        || (refs.size() > m_options.collapseThreshold && !m_options.expandedGroups.contains(groupId))) {
        DagNode g;
        g.id = groupId;
        g.kind = DagNode::Kind::DynamicGroup;
        g.type = TaskType::Unknown;
        g.dynamicForkId = forkId;
        g.childCount = refs.size();
        g.expandable = refs.size() > m_options.collapseThreshold;
        // Constant, so that a label-based size does not change as children appear.
        g.label = QCoreApplication::translate("joinery::ui::DagModel", "dynamic tasks");
        bool open = false;
        bool failed = false;
        for (const QString &ref : refs) {
            const int i = m_latest.value(ref, -1);
            if (i < 0)
                continue;
            const TaskStatus s = m_run->tasks.at(i).status;
            ++g.statusHistogram[s];
            open = open || !isTerminal(s);
            failed = failed || !isSuccessful(s);
        }
        // The group's status summarises its children: running while any is, else failed
        // if any did not succeed.
        if (!g.statusHistogram.isEmpty())
            g.status = open ? TaskStatus::InProgress : (failed ? TaskStatus::Failed : TaskStatus::Completed);
        const bool reached = !g.statusHistogram.isEmpty();
        children.append(nodeBlock(addNode(std::move(g), reached)));
    } else {
        for (const QString &ref : refs) {
            DagNode n;
            n.id = iteration > 0 ? stripIteration(ref) : ref;
            n.label = n.id;
            n.kind = DagNode::Kind::Task;
            n.dynamicForkId = forkId;
            const int i = m_latest.value(ref, -1);
            if (i >= 0) {
                const TaskRun &t = m_run->tasks.at(i);
                fillFromRun(n, t);
                n.type = t.type;
                n.iteration = iteration;
                n.label = t.dynamicWorkflowTask.value(QLatin1String("name")).toString(n.id);
                n.subWorkflowName = t.dynamicWorkflowTask.value(QLatin1String("subWorkflowParam"))
                                        .toObject().value(QLatin1String("name")).toString();
            }
            const bool reached = n.status.has_value();
            children.append(nodeBlock(addNode(std::move(n), reached)));
        }
    }

    DagBlock b;
    b.kind = DagBlock::Kind::DynamicFork;
    b.node = fork;
    b.close = close;
    b.children = children;
    const int block = addBlock(std::move(b));
    for (int k = 0; k < children.size(); ++k) {
        const int c = m_model.m_blocks.at(children.at(k)).node;
        addEdge(fork, c, DagEdge::Role::Branch, block, k, m_reached.at(fork) && m_reached.at(c));
        const bool done = m_model.m_nodes.at(c).kind == DagNode::Kind::DynamicGroup
            ? m_model.m_nodes.at(c).status && isTerminal(*m_model.m_nodes.at(c).status)
            : terminal(c);
        addEdge(c, close, DagEdge::Role::Merge, block, k, done && m_reached.at(close));
    }
    return block;
}

int DagModelBuilder::noteNode(const QString &text)
{
    DagNode n;
    n.id = QStringLiteral("#note");
    n.label = text;
    n.kind = DagNode::Kind::Note;
    return nodeBlock(addNode(std::move(n), false));
}

int DagModelBuilder::buildSubWorkflow(const WorkflowTask &wt, int iteration)
{
    const int header = taskNode(wt, DagNode::Kind::Task, iteration);
    m_model.m_nodes[header].subWorkflowExpanded = true;
    // Copies: adding nodes below reallocates the node list.
    const QString id = m_model.m_nodes.at(header).id;
    const QString childId = m_model.m_nodes.at(header).subWorkflowId;
    const std::shared_ptr<const WorkflowRun> child = m_options.expandedSubWorkflows.value(id);
    const bool fetched = child && child->definition && !childId.isEmpty() && child->workflowId == childId;

    // Whatever the frame holds gets ids under this node's id.
    const QString parentPrefix = m_prefix;
    m_prefix = id + u'/';
    QList<int> items;
    if (m_depth + 1 > m_options.maxSubWorkflowDepth) {
        items.append(noteNode(QCoreApplication::translate(
            "joinery::ui::DagModel", "Nested deeper than %1 sub-workflows: open the child execution to see it")
                                  .arg(m_options.maxSubWorkflowDepth)));
    } else if (!fetched) {
        items.append(noteNode(childId.isEmpty()
                                  ? QCoreApplication::translate("joinery::ui::DagModel", "The sub-workflow has not started")
                                  : QCoreApplication::translate("joinery::ui::DagModel", "Loading the sub-workflow…")));
    } else {
        m_model.m_nodes[header].subWorkflowStatus = child->status;
        // The child's own walk: its run for the lookups.
        const WorkflowRun *parentRun = m_run;
        QHash<QString, int> parentLatest = std::move(m_latest);
        setRun(child.get());
        ++m_depth;
        items = buildWorkflow(*child->definition);
        --m_depth;
        m_run = parentRun;
        m_latest = std::move(parentLatest);
    }
    m_prefix = parentPrefix;
    const int body = makeSequence(items);

    DagBlock b;
    b.kind = DagBlock::Kind::SubWorkflow;
    b.node = header;
    b.children = {body};
    const int block = addBlock(std::move(b));
    const int first = head(body);
    addEdge(header, first, DagEdge::Role::Flow, block, -1, m_reached.at(header) && m_reached.at(first));
    return block;
}

} // namespace joinery::ui
