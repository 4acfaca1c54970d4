#pragma once

// Named executions for the layout tests: one per golden dump, and (early, late) snapshot pairs
// of one execution for the stability test.

#include "dagfixtures.h"
#include "graph/dagmodel.h"

#include <utility>

namespace dagtest {

using joinery::ui::DagModel;

// A DO_WHILE around a SWITCH (one case empty, the default a FORK with an empty branch) and a
// dynamic fork, then an empty FORK and one more task: every kind of block, nested.
inline WorkflowDef kitchenSinkDefinition()
{
    WorkflowTask fork = typed(QStringLiteral("f"), TaskType::ForkJoin);
    fork.forkTasks = {{simple(QStringLiteral("p"))}, {simple(QStringLiteral("q")), simple(QStringLiteral("r"))}, {}};
    WorkflowTask forkJoin = typed(QStringLiteral("f_join"), TaskType::Join);
    forkJoin.joinOn = {QStringLiteral("p"), QStringLiteral("r")};
    WorkflowTask route = typed(QStringLiteral("route"), TaskType::Switch);
    route.decisionCases = {{QStringLiteral("a"), {simple(QStringLiteral("x"))}}, {QStringLiteral("b"), {}}};
    route.defaultCase = {fork, forkJoin};
    route.hasDefaultCase = true;
    WorkflowTask loop = typed(QStringLiteral("loop"), TaskType::DoWhile);
    loop.loopOver = {route, typed(QStringLiteral("dyn"), TaskType::ForkJoinDynamic),
                     typed(QStringLiteral("dyn_join"), TaskType::Join), simple(QStringLiteral("y"))};
    WorkflowDef def;
    def.name = QStringLiteral("kitchen-sink");
    // A FORK of no branches (the validator refuses it; the view still draws FORK -> JOIN).
    def.tasks = {loop, typed(QStringLiteral("g"), TaskType::ForkJoin), typed(QStringLiteral("g_join"), TaskType::Join),
                 simple(QStringLiteral("z"))};
    return def;
}

// pre, a FORK whose first branch holds a dynamic fork and whose second is a plain chain, post.
inline WorkflowDef dynamicInBranchDefinition()
{
    WorkflowTask fork = typed(QStringLiteral("F"), TaskType::ForkJoin);
    fork.forkTasks = {{simple(QStringLiteral("a")), typed(QStringLiteral("dyn"), TaskType::ForkJoinDynamic),
                       typed(QStringLiteral("dyn_join"), TaskType::Join), simple(QStringLiteral("b"))},
                      {simple(QStringLiteral("c")), simple(QStringLiteral("d")), simple(QStringLiteral("e")),
                       simple(QStringLiteral("f")), simple(QStringLiteral("g"))}};
    WorkflowTask join = typed(QStringLiteral("F_join"), TaskType::Join);
    join.joinOn = {QStringLiteral("b"), QStringLiteral("g")};
    WorkflowDef def;
    def.name = QStringLiteral("dynamic-in-branch");
    def.tasks = {simple(QStringLiteral("pre")), fork, join, simple(QStringLiteral("post"))};
    return def;
}

// What payment-child does, with a fork inside: authorise, then check the card's fraud score
// and limit side by side (the limit check holds the funds after it), then capture.
inline WorkflowDef paymentChildWithForkDefinition()
{
    WorkflowTask fork = typed(QStringLiteral("checks"), TaskType::ForkJoin);
    fork.forkTasks = {{simple(QStringLiteral("fraud"))}, {simple(QStringLiteral("limit")), simple(QStringLiteral("hold"))}};
    WorkflowTask join = typed(QStringLiteral("checks_join"), TaskType::Join);
    join.joinOn = {QStringLiteral("fraud"), QStringLiteral("hold")};
    WorkflowDef def;
    def.name = QStringLiteral("payment-child");
    def.tasks = {simple(QStringLiteral("authorise")), fork, join, simple(QStringLiteral("capture"))};
    return def;
}

// The parent of the sub_workflow scenario, waiting on its child "child-1".
inline RunBuilder parentWaitingOnChild(const WorkflowDef &def)
{
    RunBuilder b(def);
    b.add(QStringLiteral("reserve_and_pay"), TaskType::Fork, TaskStatus::Completed);
    b.add(QStringLiteral("reserve"), TaskType::Simple, TaskStatus::InProgress);
    b.add(QStringLiteral("payment"), TaskType::SubWorkflow, TaskStatus::InProgress).subWorkflowId = QStringLiteral("child-1");
    b.join(QStringLiteral("reserve_and_pay_join"), {QStringLiteral("reserve"), QStringLiteral("payment")}, TaskStatus::InProgress);
    return b;
}

// The child "child-1" part-way: the fraud check done, the limit check running.
inline RunBuilder childPartway(const WorkflowDef &def)
{
    RunBuilder b(def);
    b.run.workflowId = QStringLiteral("child-1");
    b.run.parentWorkflowId = QStringLiteral("wf-1");
    b.add(QStringLiteral("authorise"), TaskType::Simple, TaskStatus::Completed);
    b.add(QStringLiteral("checks"), TaskType::Fork, TaskStatus::Completed);
    b.add(QStringLiteral("fraud"), TaskType::Simple, TaskStatus::Completed);
    b.add(QStringLiteral("limit"), TaskType::Simple, TaskStatus::InProgress);
    b.join(QStringLiteral("checks_join"), {QStringLiteral("fraud"), QStringLiteral("hold")}, TaskStatus::InProgress);
    return b;
}

inline DagModel::Options expandedPayment(const WorkflowRun *child)
{
    DagModel::Options options;
    options.expandedSubWorkflows.insert(QStringLiteral("payment"),
                                        child ? std::make_shared<const WorkflowRun>(*child) : nullptr);
    return options;
}

inline QStringList scenarioNames()
{
    return {QStringLiteral("crazy_nested_fork_join"), QStringLiteral("switch_with_default"),
            QStringLiteral("do_while"), QStringLiteral("dynamic_fork_placeholder"),
            QStringLiteral("dynamic_fork_below_threshold"), QStringLiteral("dynamic_fork_above_threshold"),
            QStringLiteral("dynamic_fork_expanded"), QStringLiteral("sub_workflow"),
            QStringLiteral("sub_workflow_expanded"), QStringLiteral("sub_workflow_expanding"),
            QStringLiteral("kitchen_sink")};
}

inline DagModel scenarioModel(const QString &name)
{
    const auto file = [](const char *f) { return loadDefinition(QLatin1String(f)); };
    if (name == QLatin1String("crazy_nested_fork_join")) {
        const WorkflowDef def = file("crazy-nested-fork-join.json");
        const RunBuilder b = crazyPartialRun(def);
        return DagModel::build(def, &b.run);
    }
    if (name == QLatin1String("switch_with_default")) {
        const WorkflowDef def = file("order-flow.json");
        RunBuilder b(def);
        b.add(QStringLiteral("validate"), TaskType::Simple, TaskStatus::Completed);
        b.add(QStringLiteral("payment"), TaskType::Switch, TaskStatus::Completed).outputData
            = QJsonObject{{QStringLiteral("selectedCase"), QStringLiteral("card")}};
        b.add(QStringLiteral("charge_card"), TaskType::Simple, TaskStatus::Completed);
        b.add(QStringLiteral("ship"), TaskType::Fork, TaskStatus::Completed);
        b.add(QStringLiteral("pack"), TaskType::Simple, TaskStatus::InProgress);
        b.add(QStringLiteral("notify"), TaskType::Simple, TaskStatus::Completed);
        b.join(QStringLiteral("ship_join"), {QStringLiteral("pack"), QStringLiteral("notify")}, TaskStatus::InProgress);
        return DagModel::build(def, &b.run);
    }
    if (name == QLatin1String("do_while")) {
        const WorkflowDef def = file("retry-loop.json");
        RunBuilder b(def);
        b.add(QStringLiteral("poll_loop"), TaskType::DoWhile, TaskStatus::InProgress).iteration = 3;
        for (int i = 1; i <= 2; ++i) {
            b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::Completed, i);
            b.add(QStringLiteral("record"), TaskType::SetVariable, TaskStatus::Completed, i);
        }
        b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::Failed, 3);
        b.retry(QStringLiteral("check"), TaskStatus::InProgress, 3);
        return DagModel::build(def, &b.run);
    }
    if (name.startsWith(QLatin1String("dynamic_fork_"))) {
        const WorkflowDef def = file("dynamic-fan-out.json");
        if (name.endsWith(QLatin1String("placeholder")))
            return DagModel::build(def);
        const int children = name.endsWith(QLatin1String("below_threshold")) ? 3 : 12;
        RunBuilder b(def);
        b.add(QStringLiteral("plan"), TaskType::Inline, TaskStatus::Completed);
        b.dynamicFork(QStringLiteral("fan_out"), QStringLiteral("fan_in"), numbered(QStringLiteral("ship_"), children),
                      QStringLiteral("ship_parcel"), TaskStatus::Completed);
        b.set(QStringLiteral("ship_2"), TaskStatus::InProgress);
        b.set(QStringLiteral("ship_3"), TaskStatus::Failed);
        DagModel::Options options;
        if (name.endsWith(QLatin1String("expanded")))
            options.expandedGroups.insert(QStringLiteral("fan_out#children"));
        return DagModel::build(def, &b.run, options);
    }
    if (name == QLatin1String("sub_workflow")) {
        const WorkflowDef def = file("parent-with-sub-workflow.json");
        RunBuilder b(def);
        b.add(QStringLiteral("reserve_and_pay"), TaskType::Fork, TaskStatus::Completed);
        b.add(QStringLiteral("reserve"), TaskType::Simple, TaskStatus::Completed);
        b.add(QStringLiteral("payment"), TaskType::SubWorkflow, TaskStatus::InProgress).subWorkflowId = QStringLiteral("child-1");
        b.join(QStringLiteral("reserve_and_pay_join"), {QStringLiteral("reserve"), QStringLiteral("payment")}, TaskStatus::InProgress);
        return DagModel::build(def, &b.run);
    }
    if (name == QLatin1String("sub_workflow_expanded") || name == QLatin1String("sub_workflow_expanding")) {
        const WorkflowDef def = file("parent-with-sub-workflow.json");
        const RunBuilder parent = parentWaitingOnChild(def);
        const RunBuilder child = childPartway(paymentChildWithForkDefinition());
        const bool fetched = name.endsWith(QLatin1String("expanded"));
        return DagModel::build(def, &parent.run, expandedPayment(fetched ? &child.run : nullptr));
    }
    if (name == QLatin1String("kitchen_sink")) {
        const WorkflowDef def = kitchenSinkDefinition();
        RunBuilder b(def);
        b.add(QStringLiteral("loop"), TaskType::DoWhile, TaskStatus::InProgress).iteration = 2;
        b.add(QStringLiteral("route"), TaskType::Switch, TaskStatus::Completed, 1).outputData
            = QJsonObject{{QStringLiteral("selectedCase"), QStringLiteral("a")}};
        b.add(QStringLiteral("x"), TaskType::Simple, TaskStatus::Completed, 1);
        b.dynamicFork(QStringLiteral("dyn"), QStringLiteral("dyn_join"), {QStringLiteral("c1")}, QStringLiteral("work"),
                      TaskStatus::Completed, 1);
        b.set(QStringLiteral("dyn_join"), TaskStatus::Completed, 1);
        b.add(QStringLiteral("y"), TaskType::Simple, TaskStatus::Completed, 1);
        b.add(QStringLiteral("route"), TaskType::Switch, TaskStatus::Completed, 2).outputData
            = QJsonObject{{QStringLiteral("evaluationResult"), QJsonArray{QStringLiteral("other")}}};
        b.add(QStringLiteral("f"), TaskType::Fork, TaskStatus::Completed, 2);
        b.add(QStringLiteral("p"), TaskType::Simple, TaskStatus::Completed, 2);
        b.add(QStringLiteral("q"), TaskType::Simple, TaskStatus::Completed, 2);
        b.join(QStringLiteral("f_join"), {QStringLiteral("p"), QStringLiteral("r")}, TaskStatus::InProgress, 2);
        b.add(QStringLiteral("r"), TaskType::Simple, TaskStatus::InProgress, 2);
        return DagModel::build(def, &b.run);
    }
    if (name == QLatin1String("synthetic_1000")) {
        const WorkflowDef def = syntheticDefinition(1000, 6);
        const WorkflowRun run = completedRun(def);
        return DagModel::build(def, &run);
    }
    qFatal("unknown scenario %s", qPrintable(name));
}

// Two snapshots of one execution, the second taken later.
inline std::pair<DagModel, DagModel> stabilityPair(const QString &name)
{
    if (name == QLatin1String("nested_progress")) {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        RunBuilder b = crazyPartialRun(def);
        const DagModel early = DagModel::build(def, &b.run);
        b.set(QStringLiteral("a1b1c2_y"), TaskStatus::Completed);
        b.set(QStringLiteral("a1b1_fork_join"), TaskStatus::Completed);
        b.add(QStringLiteral("a1b1_close"), TaskType::Simple, TaskStatus::InProgress).pollCount = 4;
        b.set(QStringLiteral("a2_open"), TaskStatus::Failed);
        b.retry(QStringLiteral("a2_open"), TaskStatus::Scheduled);
        b.set(QStringLiteral("a3_open"), TaskStatus::Completed);
        b.add(QStringLiteral("a3_fork"), TaskType::Fork, TaskStatus::Completed);
        b.add(QStringLiteral("a3b1_open"), TaskType::Simple, TaskStatus::Scheduled);
        b.add(QStringLiteral("a3b2_open"), TaskType::Simple, TaskStatus::Scheduled);
        b.join(QStringLiteral("a3_fork_join"), {QStringLiteral("a3b1_close"), QStringLiteral("a3b2_close")}, TaskStatus::InProgress);
        return {early, DagModel::build(def, &b.run)};
    }
    if (name == QLatin1String("switch_decided")) {
        const WorkflowDef def = loadDefinition(QStringLiteral("order-flow.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("validate"), TaskType::Simple, TaskStatus::InProgress);
        const DagModel early = DagModel::build(def, &b.run);
        b.set(QStringLiteral("validate"), TaskStatus::Completed);
        b.add(QStringLiteral("payment"), TaskType::Switch, TaskStatus::Completed).outputData
            = QJsonObject{{QStringLiteral("selectedCase"), QStringLiteral("invoice")}};
        b.add(QStringLiteral("create_invoice"), TaskType::Simple, TaskStatus::Completed);
        b.add(QStringLiteral("send_invoice"), TaskType::Simple, TaskStatus::InProgress);
        return {early, DagModel::build(def, &b.run)};
    }
    if (name == QLatin1String("loop_iterations")) {
        const WorkflowDef def = loadDefinition(QStringLiteral("retry-loop.json"));
        RunBuilder b(def);
        TaskRun &loop = b.add(QStringLiteral("poll_loop"), TaskType::DoWhile, TaskStatus::InProgress);
        loop.iteration = 1;
        b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::InProgress, 1);
        const DagModel early = DagModel::build(def, &b.run);
        b.set(QStringLiteral("check"), TaskStatus::Completed, 1);
        for (int i = 1; i <= 3; ++i) {
            if (i > 1)
                b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::Completed, i);
            b.add(QStringLiteral("record"), TaskType::SetVariable, TaskStatus::Completed, i);
        }
        b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::Failed, 4);
        b.retry(QStringLiteral("check"), TaskStatus::InProgress, 4).pollCount = 5;
        b.run.tasks.first().iteration = 4;
        return {early, DagModel::build(def, &b.run)};
    }
    if (name == QLatin1String("dynamic_appear") || name == QLatin1String("dynamic_collapsed")) {
        const WorkflowDef def = loadDefinition(QStringLiteral("dynamic-fan-out.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("plan"), TaskType::Inline, TaskStatus::InProgress);
        const DagModel early = DagModel::build(def, &b.run);
        b.set(QStringLiteral("plan"), TaskStatus::Completed);
        const int children = name == QLatin1String("dynamic_appear") ? 5 : 12;
        b.dynamicFork(QStringLiteral("fan_out"), QStringLiteral("fan_in"), numbered(QStringLiteral("ship_"), children),
                      QStringLiteral("ship_parcel"), TaskStatus::InProgress);
        return {early, DagModel::build(def, &b.run)};
    }
    if (name == QLatin1String("dynamic_in_branch")) {
        const WorkflowDef def = dynamicInBranchDefinition();
        RunBuilder b(def);
        b.add(QStringLiteral("pre"), TaskType::Simple, TaskStatus::Completed);
        b.add(QStringLiteral("F"), TaskType::Fork, TaskStatus::Completed);
        b.add(QStringLiteral("a"), TaskType::Simple, TaskStatus::InProgress);
        b.add(QStringLiteral("c"), TaskType::Simple, TaskStatus::Completed);
        b.join(QStringLiteral("F_join"), {QStringLiteral("b"), QStringLiteral("g")}, TaskStatus::InProgress);
        b.add(QStringLiteral("d"), TaskType::Simple, TaskStatus::InProgress);
        const DagModel early = DagModel::build(def, &b.run);
        b.set(QStringLiteral("a"), TaskStatus::Completed);
        b.set(QStringLiteral("d"), TaskStatus::Completed);
        b.dynamicFork(QStringLiteral("dyn"), QStringLiteral("dyn_join"), numbered(QStringLiteral("item_"), 6),
                      QStringLiteral("process_item"), TaskStatus::Scheduled);
        b.add(QStringLiteral("e"), TaskType::Simple, TaskStatus::InProgress);
        return {early, DagModel::build(def, &b.run)};
    }
    if (name == QLatin1String("sub_workflow_child_grows")) {
        const WorkflowDef def = loadDefinition(QStringLiteral("parent-with-sub-workflow.json"));
        RunBuilder parent = parentWaitingOnChild(def);
        RunBuilder child = childPartway(paymentChildWithForkDefinition());
        const DagModel early = DagModel::build(def, &parent.run, expandedPayment(&child.run));
        child.set(QStringLiteral("limit"), TaskStatus::Completed);
        child.add(QStringLiteral("hold"), TaskType::Simple, TaskStatus::Completed);
        child.set(QStringLiteral("checks_join"), TaskStatus::Completed);
        child.add(QStringLiteral("capture"), TaskType::Simple, TaskStatus::Failed);
        child.retry(QStringLiteral("capture"), TaskStatus::InProgress).pollCount = 2;
        parent.set(QStringLiteral("reserve"), TaskStatus::Completed);
        return {early, DagModel::build(def, &parent.run, expandedPayment(&child.run))};
    }
    qFatal("unknown stability scenario %s", qPrintable(name));
}

} // namespace dagtest
