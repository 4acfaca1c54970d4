#include "graph/dagmodel.h"

#include "dagfixtures.h"
#include "dagscenarios.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;
using namespace dagtest;

namespace {

QString kindCounts(const DagModel &m)
{
    QMap<QString, int> counts;
    for (const DagNode &n : m.nodes())
        ++counts[dagNodeKindName(n.kind)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    return parts.join(u' ');
}

const DagNode &nodeById(const DagModel &m, const QString &id)
{
    const int i = m.indexOf(id);
    if (i < 0)
        qFatal("no node %s", qPrintable(id));
    return m.nodes().at(i);
}

// "from->to" of every edge with the given flag, in model order.
QStringList edgeNames(const DagModel &m, bool taken)
{
    QStringList out;
    for (const DagEdge &e : m.edges()) {
        if (e.taken == taken)
            out << m.nodes().at(e.from).id + QStringLiteral("->") + m.nodes().at(e.to).id;
    }
    return out;
}

QString statusText(const DagNode &n)
{
    return n.status ? taskStatusName(*n.status) : QStringLiteral("NOT_SCHEDULED");
}

} // namespace

class TestDagModel : public QObject
{
    Q_OBJECT

private slots:
    void structure_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kinds");
        QTest::newRow("crazy_nested_fork_join") << QStringLiteral("crazy-nested-fork-join.json")
                                                << QStringLiteral("end=1 fork=10 join=10 start=1 task=44");
        QTest::newRow("switch_with_default") << QStringLiteral("order-flow.json")
                                             << QStringLiteral("decision=1 end=1 fork=1 join=1 merge=1 start=1 task=8");
        QTest::newRow("do_while") << QStringLiteral("retry-loop.json") << QStringLiteral("end=1 loop=1 start=1 task=3");
        QTest::newRow("dynamic_fork_placeholder") << QStringLiteral("dynamic-fan-out.json")
                                                  << QStringLiteral("end=1 fork=1 group=1 join=1 start=1 task=2");
        QTest::newRow("sub_workflow") << QStringLiteral("parent-with-sub-workflow.json")
                                      << QStringLiteral("end=1 fork=1 join=1 start=1 task=3");
    }

    // Counts per kind, and the invariants the layout relies on.
    void structure()
    {
        QFETCH(QString, file);
        QFETCH(QString, kinds);
        const DagModel m = DagModel::build(loadDefinition(file));
        QCOMPARE(kindCounts(m), kinds);

        QSet<QString> ids;
        for (int i = 0; i < m.nodes().size(); ++i) {
            ids.insert(m.nodes().at(i).id);
            QCOMPARE(m.indexOf(m.nodes().at(i).id), i);
        }
        QCOMPARE(ids.size(), m.nodes().size());

        QList<int> owners(m.nodes().size(), 0);
        for (int b = 0; b < m.blocks().size(); ++b) {
            const DagBlock &block = m.blocks().at(b);
            for (int c : block.children)
                QVERIFY2(c < b, "children come before their parent");
            if (block.node >= 0)
                ++owners[block.node];
            if (block.close >= 0)
                ++owners[block.close];
        }
        QCOMPARE(owners.count(1), owners.size()); // every node placed exactly once
        const DagBlock &root = m.blocks().at(m.rootBlock());
        QCOMPARE(root.kind, DagBlock::Kind::Sequence);
        QCOMPARE(m.nodes().at(m.blocks().at(root.children.first()).node).id, QStringLiteral("#start"));
        QCOMPARE(m.nodes().at(m.blocks().at(root.children.last()).node).id, QStringLiteral("#end"));
        for (const DagEdge &e : m.edges()) {
            QVERIFY(e.from >= 0 && e.from < m.nodes().size());
            QVERIFY(e.to >= 0 && e.to < m.nodes().size());
            QVERIFY(!e.taken); // no run, nothing executed
        }
    }

    void runOverlay_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("pollCount");
        QTest::addColumn<QString>("join"); // "done/total awaiting..." for JOINs

        QTest::newRow("retried_task_shows_latest_attempt") << QStringLiteral("a2_open") << QStringLiteral("IN_PROGRESS") << 2 << 0 << QString();
        QTest::newRow("poll_count_kept") << QStringLiteral("a1_open") << QStringLiteral("COMPLETED") << 1 << 3 << QString();
        QTest::newRow("never_scheduled") << QStringLiteral("a3b1c1_x") << QStringLiteral("NOT_SCHEDULED") << 0 << 0 << QString();
        QTest::newRow("fork_from_runtime_fork_task") << QStringLiteral("a1b1_fork") << QStringLiteral("COMPLETED") << 1 << 0 << QString();
        QTest::newRow("join_one_of_two_done") << QStringLiteral("a1b1_fork_join") << QStringLiteral("IN_PROGRESS") << 1 << 0
                                              << QStringLiteral("1/2 a1b1c2_y");
        QTest::newRow("join_none_done") << QStringLiteral("outer_fork_join") << QStringLiteral("IN_PROGRESS") << 1 << 0
                                        << QStringLiteral("0/3 a1_close,a2_close,a3_close");
        QTest::newRow("join_not_scheduled_uses_definition") << QStringLiteral("a3_fork_join") << QStringLiteral("NOT_SCHEDULED") << 0 << 0
                                                            << QStringLiteral("0/2 a3b1_close,a3b2_close");
        QTest::newRow("start_when_running") << QStringLiteral("#start") << QStringLiteral("COMPLETED") << 0 << 0 << QString();
        QTest::newRow("end_when_running") << QStringLiteral("#end") << QStringLiteral("NOT_SCHEDULED") << 0 << 0 << QString();
    }

    void runOverlay()
    {
        QFETCH(QString, id);
        QFETCH(QString, status);
        QFETCH(int, attempts);
        QFETCH(int, pollCount);
        QFETCH(QString, join);
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        const DagModel m = DagModel::build(def, &b.run);
        const DagNode &n = nodeById(m, id);
        QCOMPARE(statusText(n), status);
        QCOMPARE(n.attempts, attempts);
        QCOMPARE(n.pollCount, pollCount);
        if (!join.isEmpty()) {
            const QString actual = QStringLiteral("%1/%2 %3").arg(n.joinDone).arg(n.joinTotal).arg(n.joinAwaited.join(u','));
            QCOMPARE(actual, join);
        }
    }

    // Taken edges are exactly the executed path: both ends reached, and into a JOIN only from
    // a branch that has ended.
    void takenEdgesFollowExecution()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        const DagModel m = DagModel::build(def, &b.run);
        const QStringList expected{
            QStringLiteral("a1b1_fork->a1b1c1_x"), QStringLiteral("a1b1_fork->a1b1c2_x"),
            QStringLiteral("a1b1c1_x->a1b1c1_y"), QStringLiteral("a1b1c2_x->a1b1c2_y"),
            QStringLiteral("a1b1c1_y->a1b1_fork_join"),
            QStringLiteral("a1b1_open->a1b1_fork"), QStringLiteral("a1_fork->a1b1_open"),
            QStringLiteral("a1_fork->a1b2_open"), QStringLiteral("a1_open->a1_fork"),
            QStringLiteral("outer_fork->a1_open"), QStringLiteral("outer_fork->a2_open"),
            QStringLiteral("outer_fork->a3_open"), QStringLiteral("#start->start"), QStringLiteral("start->outer_fork"),
        };
        QStringList taken = edgeNames(m, true);
        taken.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(taken, sortedExpected);
    }

    void switchCase_data()
    {
        QTest::addColumn<QJsonObject>("output");
        QTest::addColumn<QStringList>("ran");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QStringList>("takenFromSwitch");

        const QJsonArray invoice{QStringLiteral("invoice")};
        QTest::newRow("selected_case_card") << QJsonObject{{QStringLiteral("selectedCase"), QStringLiteral("card")}}
                                            << QStringList{QStringLiteral("charge_card")} << QStringLiteral("card")
                                            << QStringList{QStringLiteral("payment->charge_card [card]"), QStringLiteral("charge_card->payment#merge")};
        QTest::newRow("evaluation_result_only") << QJsonObject{{QStringLiteral("evaluationResult"), invoice}}
                                                << QStringList{QStringLiteral("create_invoice")} << QStringLiteral("invoice")
                                                << QStringList{QStringLiteral("payment->create_invoice [invoice]")};
        QTest::newRow("unmatched_takes_default") << QJsonObject{{QStringLiteral("selectedCase"), QStringLiteral("paypal")}}
                                                 << QStringList{QStringLiteral("reject")} << QStringLiteral("paypal")
                                                 << QStringList{QStringLiteral("payment->reject [default]"), QStringLiteral("reject->payment#merge")};
        QTest::newRow("not_evaluated") << QJsonObject() << QStringList() << QString() << QStringList();
    }

    void switchCase()
    {
        QFETCH(QJsonObject, output);
        QFETCH(QStringList, ran);
        QFETCH(QString, selected);
        QFETCH(QStringList, takenFromSwitch);
        const WorkflowDef def = loadDefinition(QStringLiteral("order-flow.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("validate"), TaskType::Simple, TaskStatus::Completed);
        if (!output.isEmpty())
            b.add(QStringLiteral("payment"), TaskType::Switch, TaskStatus::Completed).outputData = output;
        for (const QString &ref : ran)
            b.add(ref, TaskType::Simple, TaskStatus::Completed);
        const DagModel m = DagModel::build(def, &b.run);
        QCOMPARE(nodeById(m, QStringLiteral("payment")).selectedCase, selected);

        QStringList taken;
        for (const DagEdge &e : m.edges()) {
            if (e.taken && (e.role == DagEdge::Role::Branch || e.role == DagEdge::Role::Merge)
                && m.blocks().at(e.block).kind == DagBlock::Kind::Switch)
                taken << m.nodes().at(e.from).id + QStringLiteral("->") + m.nodes().at(e.to).id
                        + (e.label.isEmpty() ? QString() : QStringLiteral(" [") + e.label + u']');
        }
        QCOMPARE(taken, takenFromSwitch);
        // Every case, and the default, has its labelled edge whatever was taken.
        QStringList labels;
        for (const DagEdge &e : m.edges()) {
            if (!e.label.isEmpty())
                labels << e.label;
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("card"), QStringLiteral("invoice"), QStringLiteral("default")}));
    }

    void loopIteration_data()
    {
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QString>("checkStatus");
        QTest::addColumn<QString>("recordStatus");
        QTest::addColumn<bool>("loopBackTaken");
        QTest::newRow("first_iteration") << 1 << QStringLiteral("IN_PROGRESS") << QStringLiteral("NOT_SCHEDULED") << false;
        QTest::newRow("third_iteration_shows_current") << 3 << QStringLiteral("IN_PROGRESS") << QStringLiteral("NOT_SCHEDULED") << true;
    }

    // Iterations are a count on the DO_WHILE node, and its body shows the current iteration:
    // the same nodes, never one node per iteration.
    void loopIteration()
    {
        QFETCH(int, iterations);
        QFETCH(QString, checkStatus);
        QFETCH(QString, recordStatus);
        QFETCH(bool, loopBackTaken);
        const WorkflowDef def = loadDefinition(QStringLiteral("retry-loop.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("poll_loop"), TaskType::DoWhile, TaskStatus::InProgress).iteration = iterations;
        for (int i = 1; i < iterations; ++i) {
            b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::Completed, i);
            b.add(QStringLiteral("record"), TaskType::SetVariable, TaskStatus::Completed, i);
        }
        b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::InProgress, iterations);
        const DagModel m = DagModel::build(def, &b.run);
        QCOMPARE(m.nodes().size(), 6);
        QCOMPARE(nodeById(m, QStringLiteral("poll_loop")).iteration, iterations);
        QCOMPARE(statusText(nodeById(m, QStringLiteral("check"))), checkStatus);
        QCOMPARE(nodeById(m, QStringLiteral("check")).iteration, iterations);
        QCOMPARE(statusText(nodeById(m, QStringLiteral("record"))), recordStatus);
        int loopBacks = 0;
        for (const DagEdge &e : m.edges()) {
            if (e.role == DagEdge::Role::LoopBack) {
                ++loopBacks;
                QCOMPARE(m.nodes().at(e.from).id, QStringLiteral("record"));
                QCOMPARE(m.nodes().at(e.to).id, QStringLiteral("poll_loop"));
                QCOMPARE(e.taken, loopBackTaken);
            }
        }
        QCOMPARE(loopBacks, 1);
    }

    void dynamicFork_data()
    {
        QTest::addColumn<int>("children");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("expand");
        QTest::addColumn<QStringList>("ids");   // nodes belonging to the dynamic fork, in order
        QTest::addColumn<QString>("histogram"); // of the group node, if any

        const QString group = QStringLiteral("fan_out#children");
        QTest::newRow("no_run_placeholder") << -1 << 8 << false << QStringList{group} << QString();
        QTest::newRow("three_children") << 3 << 8 << false << numbered(QStringLiteral("ship_"), 3) << QString();
        QTest::newRow("eight_children_at_threshold") << 8 << 8 << false << numbered(QStringLiteral("ship_"), 8) << QString();
        QTest::newRow("nine_children_collapsed") << 9 << 8 << false << QStringList{group} << QStringLiteral("IN_PROGRESS=4 COMPLETED=5"); // enum order
        QTest::newRow("nine_children_expanded_by_id") << 9 << 8 << true << numbered(QStringLiteral("ship_"), 9) << QString();
        QTest::newRow("threshold_two_collapses_three") << 3 << 2 << false << QStringList{group} << QStringLiteral("COMPLETED=3");
    }

    void dynamicFork()
    {
        QFETCH(int, children);
        QFETCH(int, threshold);
        QFETCH(bool, expand);
        QFETCH(QStringList, ids);
        QFETCH(QString, histogram);
        const WorkflowDef def = loadDefinition(QStringLiteral("dynamic-fan-out.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("plan"), TaskType::Inline, TaskStatus::Completed);
        const QStringList refs = numbered(QStringLiteral("ship_"), qMax(0, children));
        if (children >= 0)
            b.dynamicFork(QStringLiteral("fan_out"), QStringLiteral("fan_in"), refs, QStringLiteral("ship_parcel"), TaskStatus::Completed);
        for (int i = 5; i < children && threshold == 8; ++i) // some still running
            b.retry(refs.at(i), TaskStatus::InProgress);
        DagModel::Options options;
        options.collapseThreshold = threshold;
        if (expand)
            options.expandedGroups.insert(QStringLiteral("fan_out#children"));
        const DagModel m = DagModel::build(def, children >= 0 ? &b.run : nullptr, options);

        QStringList actual;
        for (const DagNode &n : m.nodes()) {
            if (n.dynamicForkId == QLatin1String("fan_out"))
                actual << n.id;
        }
        QCOMPARE(actual, ids);
        const DagNode &first = nodeById(m, ids.first());
        if (first.kind == DagNode::Kind::DynamicGroup) {
            QCOMPARE(first.childCount, qMax(0, children));
            QCOMPARE(first.expandable, children > threshold);
            QStringList parts;
            for (auto it = first.statusHistogram.cbegin(); it != first.statusHistogram.cend(); ++it)
                parts << taskStatusName(it.key()) + u'=' + QString::number(it.value());
            QCOMPARE(parts.join(u' '), histogram);
        } else {
            QCOMPARE(first.label, QStringLiteral("ship_parcel"));
            QCOMPARE(statusText(first), QStringLiteral("COMPLETED"));
            QCOMPARE(nodeById(m, QStringLiteral("fan_in")).joinTotal, children);
        }
    }

    void subWorkflow()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("parent-with-sub-workflow.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("reserve_and_pay"), TaskType::Fork, TaskStatus::Completed);
        b.add(QStringLiteral("payment"), TaskType::SubWorkflow, TaskStatus::InProgress).subWorkflowId = QStringLiteral("child-7");
        const DagModel m = DagModel::build(def, &b.run);
        const DagNode &n = nodeById(m, QStringLiteral("payment"));
        QCOMPARE(n.type, TaskType::SubWorkflow);
        QCOMPARE(n.subWorkflowName, QStringLiteral("payment-child"));
        QCOMPARE(n.subWorkflowId, QStringLiteral("child-7"));
        QCOMPARE(statusText(n), QStringLiteral("IN_PROGRESS"));
    }

    // The child's graph in place of the SUB_WORKFLOW node: its ids under "payment/", its
    // statuses and JOIN progress from the child's run, entered from the SUB_WORKFLOW node and
    // left from the child's END towards the parent's JOIN.
    void subWorkflowExpanded()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("parent-with-sub-workflow.json"));
        const RunBuilder parent = parentWaitingOnChild(def);
        const RunBuilder child = childPartway(paymentChildWithForkDefinition());
        const DagModel m = DagModel::build(def, &parent.run, expandedPayment(&child.run));

        const DagNode &header = nodeById(m, QStringLiteral("payment"));
        QVERIFY(header.subWorkflowExpanded);
        QCOMPARE(header.subWorkflowStatus, std::optional<WorkflowStatus>(WorkflowStatus::Running));
        QCOMPARE(statusText(nodeById(m, QStringLiteral("payment/authorise"))), QStringLiteral("COMPLETED"));
        QCOMPARE(nodeById(m, QStringLiteral("payment/authorise")).prefixLength, qsizetype(8));
        QCOMPARE(nodeById(m, QStringLiteral("reserve")).prefixLength, qsizetype(0));
        QCOMPARE(statusText(nodeById(m, QStringLiteral("payment/limit"))), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(statusText(nodeById(m, QStringLiteral("payment/hold"))), QStringLiteral("NOT_SCHEDULED"));
        const DagNode &join = nodeById(m, QStringLiteral("payment/checks_join"));
        QCOMPARE(join.joinDone, 1);
        QCOMPARE(join.joinTotal, 2);
        QCOMPARE(join.joinAwaited, QStringList{QStringLiteral("hold")});
        // The parent's own nodes keep their plain ids and their own run's state.
        QCOMPARE(statusText(nodeById(m, QStringLiteral("reserve"))), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(nodeById(m, QStringLiteral("#start")).kind, DagNode::Kind::Start);
        QCOMPARE(nodeById(m, QStringLiteral("payment/#start")).kind, DagNode::Kind::Start);

        const QStringList taken = edgeNames(m, true);
        QVERIFY(taken.contains(QStringLiteral("payment->payment/#start")));
        QVERIFY(taken.contains(QStringLiteral("payment/checks->payment/fraud")));
        const QStringList notTaken = edgeNames(m, false);
        QVERIFY(notTaken.contains(QStringLiteral("payment/#end->reserve_and_pay_join")));

        int blocks = 0;
        for (const DagBlock &b : m.blocks())
            blocks += b.kind == DagBlock::Kind::SubWorkflow && b.node == m.indexOf(QStringLiteral("payment")) ? 1 : 0;
        QCOMPARE(blocks, 1);
    }

    void subWorkflowNotFetched_data()
    {
        QTest::addColumn<QString>("childId");  // the snapshot handed in ("" for none)
        QTest::addColumn<QString>("note");
        QTest::newRow("fetching") << QString() << QStringLiteral("Loading the sub-workflow…");
        QTest::newRow("snapshot_of_another_child") << QStringLiteral("child-0")
                                                   << QStringLiteral("Loading the sub-workflow…");
    }

    // Until the right child execution is there, the frame holds a note, not a stale graph.
    void subWorkflowNotFetched()
    {
        QFETCH(QString, childId);
        QFETCH(QString, note);
        const WorkflowDef def = loadDefinition(QStringLiteral("parent-with-sub-workflow.json"));
        const RunBuilder parent = parentWaitingOnChild(def);
        RunBuilder child = childPartway(paymentChildWithForkDefinition());
        child.run.workflowId = childId;
        const DagModel m = DagModel::build(def, &parent.run, expandedPayment(childId.isEmpty() ? nullptr : &child.run));
        QCOMPARE(nodeById(m, QStringLiteral("payment/#note")).label, note);
        QCOMPARE(m.indexOf(QStringLiteral("payment/authorise")), -1);
        QVERIFY(!nodeById(m, QStringLiteral("payment")).subWorkflowStatus);
    }

    // A workflow that calls itself: each level expands inside the previous one, up to the
    // depth limit, where a note says to open the child instead.
    void subWorkflowNestingIsBounded()
    {
        WorkflowTask sub = typed(QStringLiteral("again"), TaskType::SubWorkflow);
        WorkflowDef def;
        def.name = QStringLiteral("recursive");
        def.tasks = {simple(QStringLiteral("work")), sub};
        DagModel::Options options;
        options.maxSubWorkflowDepth = 2;
        QString key;
        std::shared_ptr<const WorkflowRun> deepest;
        for (int level = 3; level >= 0; --level) {
            RunBuilder b(def);
            b.run.workflowId = QStringLiteral("level-%1").arg(level);
            b.add(QStringLiteral("work"), TaskType::Simple, TaskStatus::Completed);
            b.add(QStringLiteral("again"), TaskType::SubWorkflow, TaskStatus::InProgress).subWorkflowId
                = QStringLiteral("level-%1").arg(level + 1);
            deepest = std::make_shared<const WorkflowRun>(b.run);
            if (level > 0) {
                key = QStringLiteral("again");
                for (int k = 1; k < level; ++k)
                    key += QStringLiteral("/again");
                options.expandedSubWorkflows.insert(key, deepest);
            }
        }
        const DagModel m = DagModel::build(def, deepest.get(), options);
        QCOMPARE(statusText(nodeById(m, QStringLiteral("again/work"))), QStringLiteral("COMPLETED"));
        QCOMPARE(statusText(nodeById(m, QStringLiteral("again/again/work"))), QStringLiteral("COMPLETED"));
        QCOMPARE(m.indexOf(QStringLiteral("again/again/again/work")), -1);
        const DagNode &note = nodeById(m, QStringLiteral("again/again/again/#note"));
        QCOMPARE(note.kind, DagNode::Kind::Note);
        QVERIFY(note.label.contains(QStringLiteral("2")));
    }

    void completedRunReachesEnd()
    {
        const WorkflowDef def = syntheticDefinition(200, 3);
        const WorkflowRun run = completedRun(def);
        const DagModel m = DagModel::build(def, &run);
        QCOMPARE(m.nodes().size(), 200);
        QCOMPARE(statusText(nodeById(m, QStringLiteral("#end"))), QStringLiteral("COMPLETED"));
        QCOMPARE(edgeNames(m, false), QStringList()); // every edge on the executed path
    }
};

QTEST_GUILESS_MAIN(TestDagModel)
#include "tst_dagmodel.moc"
