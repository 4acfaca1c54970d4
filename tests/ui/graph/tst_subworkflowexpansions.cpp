// SubWorkflowExpansions: the graph view's record of expanded sub-workflows — nested collapse,
// depth, the owner of a node, refused snapshots and a SUB_WORKFLOW that moved on to a new child.

#include "graphview/subworkflowexpansions.h"

#include "dagfixtures.h"
#include "dagscenarios.h"

#include <QTest>

using namespace dagtest;
using namespace joinery::ui;

namespace {

std::shared_ptr<const WorkflowRun> runOf(const QString &id, Millis updateTime)
{
    auto run = std::make_shared<WorkflowRun>();
    run->workflowId = id;
    run->updateTime = updateTime;
    return run;
}

} // namespace

class TestSubWorkflowExpansions : public QObject
{
    Q_OBJECT

private slots:
    void nestingDepthAndOwner()
    {
        DagModel::Options options;
        SubWorkflowExpansions e(options);
        e.expand(QStringLiteral("a"), QStringLiteral("child-a"));
        e.expand(QStringLiteral("a/b"), QStringLiteral("child-b"));
        e.expand(QStringLiteral("c"), QStringLiteral("child-c"));
        QCOMPARE(options.expandedSubWorkflows.size(), 3);
        QCOMPARE(e.depthOf(QStringLiteral("a")), 1);
        QCOMPARE(e.depthOf(QStringLiteral("a/b")), 2);
        QCOMPARE(e.depthOf(QStringLiteral("a/b/x")), 2);
        QCOMPARE(e.workflowOf(QStringLiteral("a/b/x"), QStringLiteral("root")), QStringLiteral("child-b"));
        QCOMPARE(e.workflowOf(QStringLiteral("a/x"), QStringLiteral("root")), QStringLiteral("child-a"));
        QCOMPARE(e.workflowOf(QStringLiteral("a"), QStringLiteral("root")), QStringLiteral("root"));
        QCOMPARE(e.workflowOf(QStringLiteral("ab/x"), QStringLiteral("root")), QStringLiteral("root"));

        e.collapse(QStringLiteral("a"));
        QVERIFY(!e.isExpanded(QStringLiteral("a")));
        QVERIFY(!e.isExpanded(QStringLiteral("a/b")));
        QVERIFY(e.isExpanded(QStringLiteral("c")));
        QCOMPARE(options.expandedSubWorkflows.keys(), QList<QString>{QStringLiteral("c")});
        e.clear();
        QVERIFY(e.isEmpty());
        QVERIFY(options.expandedSubWorkflows.isEmpty());
    }

    void snapshotsOfTheRightChildOnlyAndNeverOlder()
    {
        DagModel::Options options;
        SubWorkflowExpansions e(options);
        e.expand(QStringLiteral("a"), QStringLiteral("child-a"));
        QVERIFY(!options.expandedSubWorkflows.value(QStringLiteral("a")));
        QVERIFY(!e.take(runOf(QStringLiteral("other"), 5)));
        QVERIFY(e.take(runOf(QStringLiteral("child-a"), 5)));
        QVERIFY(!e.take(runOf(QStringLiteral("child-a"), 4)));
        QCOMPARE(options.expandedSubWorkflows.value(QStringLiteral("a"))->updateTime, Millis(5));
        QVERIFY(e.take(runOf(QStringLiteral("child-a"), 6)));
        QCOMPARE(options.expandedSubWorkflows.value(QStringLiteral("a"))->updateTime, Millis(6));
    }

    // A retried SUB_WORKFLOW runs a new child: the expansion follows it, anew.
    void followsANewChild()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("parent-with-sub-workflow.json"));
        RunBuilder parent = parentWaitingOnChild(def);
        DagModel::Options options;
        SubWorkflowExpansions e(options);
        e.expand(QStringLiteral("payment"), QStringLiteral("child-1"));
        e.expand(QStringLiteral("payment/inner"), QStringLiteral("grandchild"));
        QVERIFY(e.take(runOf(QStringLiteral("child-1"), 1)));
        QVERIFY(e.follow(DagModel::build(def, &parent.run, options)).isEmpty());

        parent.retry(QStringLiteral("payment"), TaskStatus::InProgress).subWorkflowId = QStringLiteral("child-2");
        QCOMPARE(e.follow(DagModel::build(def, &parent.run, options)), QStringList{QStringLiteral("payment")});
        QCOMPARE(e.childOf(QStringLiteral("payment")), QStringLiteral("child-2"));
        QVERIFY(!options.expandedSubWorkflows.value(QStringLiteral("payment"))); // to be fetched
        QVERIFY(!e.isExpanded(QStringLiteral("payment/inner")));
    }
};

QTEST_GUILESS_MAIN(TestSubWorkflowExpansions)
#include "tst_subworkflowexpansions.moc"
