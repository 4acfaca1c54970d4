// GraphView over a fake source: the crazy-nested demo with a partial run gets one item per
// node and edge at DagLayout's positions; a live update of one task repaints only its item
// (counted by NodeItem's paint hook) and moves nothing; clicks select tasks; search, JOIN
// details, SWITCH cases, loops, dynamic groups, sub-workflows expanded in place (nested, live),
// badges; and the background layout job drops results of a superseded generation.

#include "../fakeexecutionsource.h"
#include "dagfixtures.h"
#include "dagscenarios.h"
#include "graphview/edgeitem.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphlayoutjob.h"
#include "graphview/graphscene.h"
#include "graphview/graphview.h"
#include "graphview/loopframeitem.h"
#include "graphview/nodeitem.h"
#include "graphview/nodepainter.h"
#include "graphview/subworkflowframeitem.h"
#include "graphview/badgeitem.h"
#include "shell/selection.h"

#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace dagtest;
using namespace joinery::ui;
using joinery::ui::test::FakeExecutionSource;

namespace {

RunSnapshot snapshot(const WorkflowRun &run)
{
    return std::make_shared<const WorkflowRun>(run);
}

struct Fixture
{
    FakeExecutionSource source;
    Selection selection;
    GraphView view{&source, &selection};

    // Shows `run` (selects its workflow) and waits for the graph.
    void show(const WorkflowRun &run)
    {
        source.runs.insert(run.workflowId, snapshot(run));
        QSignalSpy updated(&view, &GraphView::graphUpdated);
        selection.selectWorkflow(run.workflowId);
        QVERIFY(updated.wait());
    }
    void publish(const WorkflowRun &run)
    {
        QSignalSpy updated(&view, &GraphView::graphUpdated);
        source.publish(snapshot(run));
        QCOMPARE(updated.count(), 1); // small graphs are laid out at once
    }
    // Paints the whole viewport now; items paint only if their cache was invalidated.
    void paint()
    {
        QCoreApplication::processEvents();
        view.canvas()->viewport()->repaint();
    }
    QMap<QString, int> paintedNodes() const
    {
        QMap<QString, int> out;
        for (QGraphicsItem *g : view.scene()->items()) {
            if (g->type() == NodeItem::Type && static_cast<NodeItem *>(g)->paintCount() > 0)
                out.insert(static_cast<NodeItem *>(g)->node().id, static_cast<NodeItem *>(g)->paintCount());
        }
        return out;
    }
    void resetPaintCounts()
    {
        for (QGraphicsItem *g : view.scene()->items()) {
            if (g->type() == NodeItem::Type)
                static_cast<NodeItem *>(g)->resetPaintCount();
        }
    }
    QHash<QString, QPointF> positions() const
    {
        QHash<QString, QPointF> out;
        for (QGraphicsItem *g : view.scene()->items()) {
            if (g->type() == NodeItem::Type)
                out.insert(static_cast<NodeItem *>(g)->node().id, g->pos());
        }
        return out;
    }
};

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private slots:
    void emptyUntilAWorkflowIsSelected()
    {
        Fixture f;
        QCOMPARE(f.view.message(), QStringLiteral("Select a workflow to see its graph."));
        QSignalSpy updated(&f.view, &GraphView::graphUpdated);
        f.selection.selectWorkflow(QStringLiteral("nope"));
        QTRY_COMPARE(f.view.message(), QStringLiteral("Workflow nope was not found."));
        QCOMPARE(updated.count(), 0);
    }

    void oneItemPerNodeAtLayoutPositions()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.show(b.run);
        QCOMPARE(f.view.message(), QString());
        const DagLayout expected = GraphLayoutJob::compute(def, &b.run, DagModel::Options());
        const QList<DagNode> &nodes = expected.model().nodes();
        QCOMPARE(f.view.scene()->nodeItemCount(), int(nodes.size()));
        QCOMPARE(f.view.scene()->edgeItemCount(), int(expected.model().edges().size()));
        for (int i = 0; i < nodes.size(); ++i) {
            const NodeItem *item = f.view.scene()->nodeItem(nodes.at(i).id);
            QVERIFY2(item, qPrintable(nodes.at(i).id));
            QCOMPARE(item->box(), expected.nodeRects().at(i));
            QCOMPARE(item->node().status, nodes.at(i).status);
            QCOMPARE(item->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
        }
        int nodeItems = 0;
        for (QGraphicsItem *g : f.view.scene()->items())
            nodeItems += g->type() == NodeItem::Type;
        QCOMPARE(nodeItems, int(nodes.size())); // no leftovers
    }

    void liveUpdateRepaintsOnlyTheChangedNode()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.view.resize(1400, 1000);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.show(b.run);
        f.paint();
        QCOMPARE(f.paintedNodes().size(), f.view.scene()->nodeItemCount()); // all visible, all painted once
        const QHash<QString, QPointF> before = f.positions();

        // a3_open starts: nothing else draws differently.
        f.resetPaintCounts();
        b.set(QStringLiteral("a3_open"), TaskStatus::InProgress);
        f.publish(b.run);
        f.paint();
        QCOMPARE(f.paintedNodes().keys(), QStringList{QStringLiteral("a3_open")});
        QCOMPARE(f.positions(), before);

        // a1b1c2_y completes: its JOIN's count changes too (2/2), nothing else.
        f.resetPaintCounts();
        b.set(QStringLiteral("a1b1c2_y"), TaskStatus::Completed);
        f.publish(b.run);
        f.paint();
        QCOMPARE(f.paintedNodes().keys(), (QStringList{QStringLiteral("a1b1_fork_join"), QStringLiteral("a1b1c2_y")}));
        QCOMPARE(f.positions(), before);

        // The same snapshot again: no repaint at all.
        f.resetPaintCounts();
        f.publish(b.run);
        f.paint();
        QVERIFY(f.paintedNodes().isEmpty());
    }

    void joinShowsCountAndAwaitedReferences()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.show(b.run);
        const NodeItem *join = f.view.scene()->nodeItem(QStringLiteral("a1b1_fork_join"));
        QVERIFY(join);
        QCOMPARE(NodePainter::title(join->node()), QStringLiteral("a1b1_fork_join"));
        QCOMPARE(NodePainter::details(join->node()), QStringLiteral("1/2 done · waits for a1b1c2_y"));
        const NodeItem *outer = f.view.scene()->nodeItem(QStringLiteral("outer_fork_join"));
        QCOMPARE(NodePainter::details(outer->node()), QStringLiteral("0/3 done · waits for a1_close, a2_close, a3_close"));
        QVERIFY(join->toolTipText().contains(QStringLiteral("Still waiting for: a1b1c2_y")));
        QVERIFY(join->toolTipText().contains(QStringLiteral("1 of 2 joined branches done")));
    }

    void retriesAndPollsAreBadges()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        RunBuilder b = crazyPartialRun(def);
        b.set(QStringLiteral("a1b1_open"), TaskStatus::Completed).pollCount = 1; // the usual single poll
        Fixture f;
        f.show(b.run);
        auto badges = [&](const QString &id) {
            QStringList texts;
            for (QGraphicsItem *child : f.view.scene()->nodeItem(id)->childItems()) {
                if (child->type() == BadgeItem::Type && child->isVisible()) {
                    // Badges keep their size at any zoom.
                    const bool fixedSize = child->flags() & QGraphicsItem::ItemIgnoresTransformations;
                    texts << static_cast<BadgeItem *>(child)->text() + (fixedSize ? QString() : QStringLiteral(" (scales)"));
                }
            }
            return texts;
        };
        f.view.canvas()->resetZoom(); // 100%
        QCOMPARE(badges(QStringLiteral("a2_open")), QStringList{QStringLiteral("↻1")});
        QCOMPARE(badges(QStringLiteral("a1_open")), QStringList{QStringLiteral("3 polls")});
        QVERIFY(badges(QStringLiteral("a3_open")).isEmpty());
        QVERIFY(badges(QStringLiteral("a1b1_open")).isEmpty());
        // Zoomed far out, badges (which do not shrink) would cover the graph: hidden.
        f.view.canvas()->zoomBy(0.2);
        QVERIFY(badges(QStringLiteral("a2_open")).isEmpty());
        f.view.canvas()->zoomBy(5);
        QCOMPARE(badges(QStringLiteral("a2_open")), QStringList{QStringLiteral("↻1")});
    }

    void stallsAreMarkedOnTheirNodes()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.show(b.run);
        Stall here;
        here.workflowId = QStringLiteral("wf-1");
        here.reason = StallReason::JoinDoneSuccessorMissing;
        here.taskReference = QStringLiteral("a1b1_fork_join");
        Stall elsewhere = here;
        elsewhere.workflowId = QStringLiteral("wf-9");
        elsewhere.taskReference = QStringLiteral("a1_open");
        emit f.source.stallsChanged({here, elsewhere});
        const NodeItem *join = f.view.scene()->nodeItem(QStringLiteral("a1b1_fork_join"));
        QCOMPARE(join->stall(), QStringLiteral("JOIN done, next task not scheduled"));
        QVERIFY(join->toolTipText().contains(QStringLiteral("Stalled: JOIN done, next task not scheduled")));
        QVERIFY(f.view.scene()->nodeItem(QStringLiteral("a1_open"))->stall().isEmpty()); // another workflow's
        bool badge = false;
        for (QGraphicsItem *child : join->childItems())
            badge = badge || (child->type() == BadgeItem::Type && static_cast<BadgeItem *>(child)->text() == QLatin1String("stalled"));
        QVERIFY(badge);
        emit f.source.stallsChanged({});
        QVERIFY(join->stall().isEmpty());
    }

    void clickSelectsTheTask()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.view.resize(1400, 1000);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.show(b.run);
        NodeItem *item = f.view.scene()->nodeItem(QStringLiteral("a1_open"));
        GraphCanvas *canvas = f.view.canvas();
        const QPoint at = canvas->mapFromScene(item->box().center());
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(f.selection.workflowId(), QStringLiteral("wf-1"));
        QCOMPARE(f.selection.taskId(), item->node().taskId);
        QVERIFY(!item->node().taskId.isEmpty());
        QVERIFY(item->selectedMark());
        // A node not scheduled yet has no task to select.
        NodeItem *later = f.view.scene()->nodeItem(QStringLiteral("finish"));
        QVERIFY(later && later->node().taskId.isEmpty());
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(later->box().center()));
        QCOMPARE(f.selection.taskId(), item->node().taskId);
        // Selecting elsewhere (the tasks table) moves the mark.
        f.selection.selectTask(QStringLiteral("wf-1"), f.view.scene()->nodeItem(QStringLiteral("a2_open"))->node().taskId);
        QVERIFY(!item->selectedMark());
        QVERIFY(f.view.scene()->nodeItem(QStringLiteral("a2_open"))->selectedMark());
    }

    void taskChosenElsewhereIsBroughtIntoView()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.view.resize(800, 600);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.show(b.run);
        GraphCanvas *canvas = f.view.canvas();
        // A graph of this size opens readable, on its frontier (the first task not ended).
        QVERIFY(canvas->zoom() > NodePainter::kTextFrom);
        const NodeItem *frontier = f.view.scene()->nodeItem(QStringLiteral("a1b1c2_y"));
        QVERIFY(canvas->viewport()->rect().contains(canvas->mapFromScene(frontier->box()).boundingRect()));
        canvas->fitAll();
        const qreal fitted = canvas->zoom();
        QVERIFY(fitted < NodePainter::kTextFrom); // the whole graph: boxes only
        const NodeItem *item = f.view.scene()->nodeItem(QStringLiteral("a3_open"));
        f.selection.selectTask(QStringLiteral("wf-1"), item->node().taskId);
        QVERIFY(canvas->zoom() > NodePainter::kTextFrom); // readable
        // Centred as far as the scroll range allows: at least wholly in view.
        QVERIFY(canvas->viewport()->rect().contains(canvas->mapFromScene(item->box()).boundingRect()));

        // A click in the graph selects without moving or zooming.
        canvas->fitAll();
        const NodeItem *other = f.view.scene()->nodeItem(QStringLiteral("a2_open"));
        const QPointF centre = canvas->mapToScene(canvas->viewport()->rect().center());
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(other->box().center()));
        QCOMPARE(f.selection.taskId(), other->node().taskId);
        QCOMPARE(canvas->zoom(), fitted);
        QCOMPARE(canvas->mapToScene(canvas->viewport()->rect().center()), centre);
    }

    void searchCentresAndMarks()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.view.resize(800, 600);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.show(b.run);
        f.view.searchField()->setText(QStringLiteral("A1B1C2"));
        NodeItem *first = f.view.scene()->nodeItem(QStringLiteral("a1b1c2_x"));
        QVERIFY(first->foundMark());
        GraphCanvas *canvas = f.view.canvas();
        QVERIFY(canvas->zoom() >= 0.8);
        QVERIFY(canvas->viewport()->rect().contains(canvas->mapFromScene(first->box().center())));
        QCOMPARE(f.view.find(QStringLiteral("a1b1c2_y")), 1); // exact match
        QVERIFY(!first->foundMark());
        QVERIFY(f.view.scene()->nodeItem(QStringLiteral("a1b1c2_y"))->foundMark());
        QCOMPARE(f.view.find(QStringLiteral("no-such-task")), 0);
    }

    void switchCaseTakenIsHighlighted()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("order-flow.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("validate"), TaskType::Simple, TaskStatus::Completed);
        b.add(QStringLiteral("payment"), TaskType::Switch, TaskStatus::Completed).outputData
            = QJsonObject{{QStringLiteral("selectedCase"), QStringLiteral("card")}};
        b.add(QStringLiteral("charge_card"), TaskType::Simple, TaskStatus::InProgress);
        Fixture f;
        f.show(b.run);
        int taken = 0, untaken = 0;
        for (QGraphicsItem *g : f.view.scene()->items()) {
            if (g->type() != EdgeItem::Type)
                continue;
            auto *e = static_cast<EdgeItem *>(g);
            if (!e->switchCase())
                continue;
            if (e->edge().taken) {
                ++taken;
                QCOMPARE(e->edge().label, QStringLiteral("card"));
            } else {
                ++untaken;
            }
        }
        QCOMPARE(taken, 1);
        QVERIFY(untaken >= 1);
        QCOMPARE(NodePainter::details(f.view.scene()->nodeItem(QStringLiteral("payment"))->node()), QStringLiteral("case: card"));
    }

    void loopFrameShowsIteration()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("retry-loop.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("poll_loop"), TaskType::DoWhile, TaskStatus::InProgress).iteration = 2;
        b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::Completed, 1);
        b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::InProgress, 2);
        Fixture f;
        f.show(b.run);
        QCOMPARE(f.view.scene()->frameItemCount(), 1);
        LoopFrameItem *frame = f.view.scene()->frameItem(QStringLiteral("poll_loop"));
        QVERIFY(frame);
        QCOMPARE(frame->badgeText(), QStringLiteral("iteration 2"));
        b.run.tasks.first().iteration = 3;
        b.add(QStringLiteral("check"), TaskType::Simple, TaskStatus::Scheduled, 3);
        f.publish(b.run);
        QCOMPARE(frame, f.view.scene()->frameItem(QStringLiteral("poll_loop"))); // reused
        QCOMPARE(frame->badgeText(), QStringLiteral("iteration 3"));
    }

    void dynamicForkCollapsesAndExpands()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("dynamic-fan-out.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("plan"), TaskType::Inline, TaskStatus::Completed);
        b.dynamicFork(QStringLiteral("fan_out"), QStringLiteral("fan_in"), numbered(QStringLiteral("ship_"), 12),
                      QStringLiteral("ship_parcel"), TaskStatus::Completed);
        b.set(QStringLiteral("ship_3"), TaskStatus::Failed);
        Fixture f;
        f.show(b.run);
        const NodeItem *group = f.view.scene()->nodeItem(QStringLiteral("fan_out#children"));
        QVERIFY(group);
        QVERIFY(group->node().expandable);
        QCOMPARE(NodePainter::details(group->node()), QStringLiteral("11 Completed, 1 Failed"));
        QVERIFY(!f.view.scene()->nodeItem(QStringLiteral("ship_1")));

        QSignalSpy updated(&f.view, &GraphView::graphUpdated);
        emit f.view.canvas()->nodeDoubleClicked(QStringLiteral("fan_out#children"));
        QVERIFY(updated.count() == 1 || updated.wait());
        QVERIFY(!f.view.scene()->nodeItem(QStringLiteral("fan_out#children")));
        for (int i = 1; i <= 12; ++i)
            QVERIFY(f.view.scene()->nodeItem(QStringLiteral("ship_%1").arg(i)));
        // Double-clicking the fork collapses it again.
        emit f.view.canvas()->nodeDoubleClicked(QStringLiteral("fan_out"));
        QVERIFY(updated.count() == 2 || updated.wait());
        QVERIFY(f.view.scene()->nodeItem(QStringLiteral("fan_out#children")));
        QVERIFY(!f.view.scene()->nodeItem(QStringLiteral("ship_1")));
    }

    // The payment SUB_WORKFLOW opens in place with its child's graph (fetched from the source),
    // follows the child's live updates without moving a node, survives the parent's updates,
    // marks a clicked child task, and collapses again.
    void subWorkflowExpandsInPlaceAndStaysLive()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("parent-with-sub-workflow.json"));
        RunBuilder parent = parentWaitingOnChild(def);
        RunBuilder child = childPartway(paymentChildWithForkDefinition());
        child.run.updateTime = 1;
        Fixture f;
        f.source.runs.insert(child.run.workflowId, snapshot(child.run));
        f.view.resize(1200, 1000);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.show(parent.run);
        GraphScene *scene = f.view.scene();
        NodeItem *payment = scene->nodeItem(QStringLiteral("payment"));
        QVERIFY(payment && NodePainter::canExpand(payment->node()));
        QVERIFY(!payment->node().subWorkflowExpanded);
        QCOMPARE(scene->subWorkflowFrameItemCount(), 0);

        // A click on the expander expands; the child's graph arrives with the fetch.
        GraphCanvas *canvas = f.view.canvas();
        canvas->fitAll();
        const QPoint expander = canvas->mapFromScene(NodePainter::expanderRect(payment->box()).center());
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, expander);
        QVERIFY(f.view.isSubWorkflowExpanded(QStringLiteral("payment")));
        QTRY_VERIFY(scene->nodeItem(QStringLiteral("payment/authorise")));
        QVERIFY(f.source.fetchedExecutions.contains(QStringLiteral("child-1")));
        QVERIFY(!scene->nodeItem(QStringLiteral("payment/#note")));
        const auto status = [scene](const char *id) {
            const NodeItem *item = scene->nodeItem(QLatin1String(id));
            return item && item->node().status ? taskStatusName(*item->node().status) : QStringLiteral("NOT_SCHEDULED");
        };
        QCOMPARE(status("payment/authorise"), QStringLiteral("COMPLETED"));
        // Inside the frame a node is titled with the child's own reference.
        QCOMPARE(NodePainter::title(scene->nodeItem(QStringLiteral("payment/authorise"))->node()), QStringLiteral("authorise"));
        QCOMPARE(status("payment/limit"), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(status("payment/hold"), QStringLiteral("NOT_SCHEDULED"));
        QCOMPARE(scene->nodeItem(QStringLiteral("payment/checks_join"))->node().joinDone, 1);
        QCOMPARE(scene->subWorkflowFrameItemCount(), 1);
        SubWorkflowFrameItem *frame = scene->subWorkflowFrameItem(QStringLiteral("payment"));
        QVERIFY(frame);
        QCOMPARE(frame->title(), QStringLiteral("payment-child · child-1 · Running"));
        QVERIFY(frame->sceneBoundingRect().contains(scene->nodeItem(QStringLiteral("payment/capture"))->box()));
        QCOMPARE(f.view.workflowOfNode(QStringLiteral("payment/limit")), QStringLiteral("child-1"));
        QCOMPARE(f.view.workflowOfNode(QStringLiteral("reserve")), QStringLiteral("wf-1"));
        const QHash<QString, QPointF> before = f.positions();

        // The child moves on: its nodes update in place, nothing moves.
        child.set(QStringLiteral("limit"), TaskStatus::Completed);
        child.add(QStringLiteral("hold"), TaskType::Simple, TaskStatus::Completed);
        child.set(QStringLiteral("checks_join"), TaskStatus::Completed);
        child.add(QStringLiteral("capture"), TaskType::Simple, TaskStatus::InProgress);
        child.run.updateTime = 2;
        f.publish(child.run);
        QCOMPARE(status("payment/limit"), QStringLiteral("COMPLETED"));
        QCOMPARE(status("payment/hold"), QStringLiteral("COMPLETED"));
        QCOMPARE(status("payment/capture"), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(scene->nodeItem(QStringLiteral("payment/checks_join"))->node().joinDone, 2);
        QCOMPARE(f.positions(), before);

        // The parent moves on: the expansion stays, with the child's latest state.
        parent.set(QStringLiteral("reserve"), TaskStatus::Completed);
        parent.run.updateTime = 2;
        f.publish(parent.run);
        QCOMPARE(status("reserve"), QStringLiteral("COMPLETED"));
        QCOMPARE(status("payment/capture"), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(f.positions(), before);

        // The child finishes: the frame says so.
        child.set(QStringLiteral("capture"), TaskStatus::Completed);
        child.run.status = WorkflowStatus::Completed;
        child.run.updateTime = 3;
        f.publish(child.run);
        QCOMPARE(frame->title(), QStringLiteral("payment-child · child-1 · Completed"));
        QCOMPARE(status("payment/#end"), QStringLiteral("COMPLETED"));

        // A click on a child's task marks it here; the menu opens it in the child execution.
        f.selection.selectTask(QStringLiteral("wf-1"), scene->nodeItem(QStringLiteral("reserve"))->node().taskId);
        NodeItem *limit = scene->nodeItem(QStringLiteral("payment/limit"));
        canvas->centerOn(limit);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(limit->box().center()));
        QCOMPARE(f.view.childMark(), QStringLiteral("payment/limit"));
        QVERIFY(limit->selectedMark());
        QCOMPARE(f.selection.workflowId(), QStringLiteral("wf-1"));
        QCOMPARE(f.selection.taskId(), QString());
        QVERIFY(!scene->nodeItem(QStringLiteral("reserve"))->selectedMark());
        QMenu childMenu;
        f.view.fillNodeMenu(&childMenu, QStringLiteral("payment/limit"));
        QCOMPARE(childMenu.actions().size(), 1);
        QCOMPARE(childMenu.actions().first()->text(), QStringLiteral("Open in the child execution"));

        // Collapse through the header's menu, expand again by double-click.
        QMenu menu;
        f.view.fillNodeMenu(&menu, QStringLiteral("payment"));
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("Collapse sub-workflow"));
        QSignalSpy updated(&f.view, &GraphView::graphUpdated);
        menu.actions().first()->trigger();
        QVERIFY(updated.count() == 1 || updated.wait());
        QVERIFY(!f.view.isSubWorkflowExpanded(QStringLiteral("payment")));
        QVERIFY(!scene->nodeItem(QStringLiteral("payment/authorise")));
        QCOMPARE(scene->subWorkflowFrameItemCount(), 0);
        QCOMPARE(f.view.childMark(), QString());
        QCOMPARE(scene->nodeItem(QStringLiteral("payment"))->box(), GraphLayoutJob::compute(def, &parent.run, {}).nodeRects().at(
                     GraphLayoutJob::compute(def, &parent.run, {}).model().indexOf(QStringLiteral("payment"))));
        emit canvas->nodeDoubleClicked(QStringLiteral("payment"));
        QTRY_VERIFY(scene->nodeItem(QStringLiteral("payment/capture")));
        QCOMPARE(status("payment/capture"), QStringLiteral("COMPLETED"));

        // "Open in the child execution" selects the child's task everywhere; the graph shows
        // the child and forgets the parent's expansions.
        QMenu open;
        f.view.fillNodeMenu(&open, QStringLiteral("payment/hold"));
        const QString holdTask = scene->nodeItem(QStringLiteral("payment/hold"))->node().taskId;
        QSignalSpy switched(&f.view, &GraphView::graphUpdated);
        open.actions().first()->trigger();
        QCOMPARE(f.selection.workflowId(), QStringLiteral("child-1"));
        QCOMPARE(f.selection.taskId(), holdTask);
        QVERIFY(switched.wait());
        QVERIFY(!f.view.isSubWorkflowExpanded(QStringLiteral("payment")));
        QVERIFY(scene->nodeItem(QStringLiteral("hold"))->selectedMark());
    }

    // E toggles the selected SUB_WORKFLOW; a child not started yet cannot be expanded.
    void subWorkflowKeyboardAndNotStarted()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("parent-with-sub-workflow.json"));
        RunBuilder parent = parentWaitingOnChild(def);
        const RunBuilder child = childPartway(paymentChildWithForkDefinition());
        Fixture f;
        f.source.runs.insert(child.run.workflowId, snapshot(child.run));
        f.view.resize(900, 700);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        f.show(parent.run);
        f.selection.selectTask(QStringLiteral("wf-1"), f.view.scene()->nodeItem(QStringLiteral("payment"))->node().taskId);
        f.view.canvas()->setFocus();
        QTest::keyClick(f.view.canvas(), Qt::Key_E);
        QVERIFY(f.view.isSubWorkflowExpanded(QStringLiteral("payment")));
        QTRY_VERIFY(f.view.scene()->nodeItem(QStringLiteral("payment/authorise")));
        QTest::keyClick(f.view.canvas(), Qt::Key_E);
        QVERIFY(!f.view.isSubWorkflowExpanded(QStringLiteral("payment")));

        // Before the child starts, there is nothing to expand.
        TaskRun &payment = parent.run.tasks[parent.run.indexOfTask(
            f.view.scene()->nodeItem(QStringLiteral("payment"))->node().taskId)];
        payment.subWorkflowId.clear();
        payment.status = TaskStatus::Scheduled;
        parent.run.updateTime = 5;
        f.publish(parent.run);
        QVERIFY(!NodePainter::canExpand(f.view.scene()->nodeItem(QStringLiteral("payment"))->node()));
        f.view.toggleSubWorkflow(QStringLiteral("payment"));
        QVERIFY(!f.view.isSubWorkflowExpanded(QStringLiteral("payment")));

        // Selecting another workflow forgets expansions.
        payment.subWorkflowId = QStringLiteral("child-1");
        parent.run.updateTime = 6;
        f.publish(parent.run);
        f.view.toggleSubWorkflow(QStringLiteral("payment"));
        QVERIFY(f.view.isSubWorkflowExpanded(QStringLiteral("payment")));
        f.selection.selectWorkflow(QStringLiteral("child-1"));
        QVERIFY(!f.view.isSubWorkflowExpanded(QStringLiteral("payment")));
        f.selection.selectWorkflow(QStringLiteral("wf-1"));
        QVERIFY(!f.view.isSubWorkflowExpanded(QStringLiteral("payment")));
    }

    // A workflow that calls itself: each child expands inside its parent's frame, is fetched
    // on its own and owns its nodes; past the depth limit a note stands in and nothing is
    // fetched; collapsing an outer frame forgets what was expanded inside it.
    void nestedSubWorkflowsExpandUpToTheLimit()
    {
        WorkflowDef def;
        def.name = QStringLiteral("recursive");
        def.tasks = {simple(QStringLiteral("work")), typed(QStringLiteral("again"), TaskType::SubWorkflow)};
        Fixture f;
        for (int level = 0; level <= 5; ++level) {
            RunBuilder b(def);
            b.run.workflowId = QStringLiteral("level-%1").arg(level);
            b.add(QStringLiteral("work"), TaskType::Simple, TaskStatus::Completed).taskId
                = QStringLiteral("work-%1").arg(level);
            b.add(QStringLiteral("again"), TaskType::SubWorkflow, TaskStatus::InProgress).subWorkflowId
                = QStringLiteral("level-%1").arg(level + 1);
            if (level > 0)
                f.source.runs.insert(b.run.workflowId, snapshot(b.run));
            else
                f.show(b.run);
        }
        QString node = QStringLiteral("again");
        for (int depth = 1; depth <= 4; ++depth) {
            f.view.toggleSubWorkflow(node);
            const QString work = node + QStringLiteral("/work");
            QTRY_VERIFY(f.view.scene()->nodeItem(work));
            QCOMPARE(f.view.workflowOfNode(work), QStringLiteral("level-%1").arg(depth));
            QCOMPARE(f.view.scene()->nodeItem(work)->node().taskId, QStringLiteral("work-%1").arg(depth));
            node += QStringLiteral("/again");
        }
        QCOMPARE(f.view.scene()->subWorkflowFrameItemCount(), 4);
        // The fifth level is one too deep.
        QSignalSpy updated(&f.view, &GraphView::graphUpdated);
        f.view.toggleSubWorkflow(node);
        QVERIFY(updated.count() == 1 || updated.wait());
        const NodeItem *note = f.view.scene()->nodeItem(node + QStringLiteral("/#note"));
        QVERIFY(note);
        QCOMPARE(note->node().kind, DagNode::Kind::Note);
        QVERIFY(note->node().label.startsWith(QStringLiteral("Nested deeper than 4")));
        QVERIFY(!f.source.fetchedExecutions.contains(QStringLiteral("level-5")));

        f.view.toggleSubWorkflow(QStringLiteral("again/again"));
        QVERIFY(updated.count() == 2 || updated.wait());
        QVERIFY(f.view.scene()->nodeItem(QStringLiteral("again/work")));
        QVERIFY(!f.view.scene()->nodeItem(QStringLiteral("again/again/work")));
        QVERIFY(!f.view.isSubWorkflowExpanded(QStringLiteral("again/again/again")));
        QCOMPARE(f.view.scene()->subWorkflowFrameItemCount(), 1);
    }

    void bigGraphsAreLaidOutInTheBackground()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const RunBuilder b = crazyPartialRun(def);
        Fixture f;
        f.view.layoutJob()->setBackgroundThreshold(0); // everything counts as big
        f.source.runs.insert(b.run.workflowId, snapshot(b.run));
        QSignalSpy updated(&f.view, &GraphView::graphUpdated);
        f.selection.selectWorkflow(b.run.workflowId);
        QVERIFY(updated.wait());
        QCOMPARE(updated.count(), 1);
        QCOMPARE(f.view.scene()->nodeItemCount(),
                 int(GraphLayoutJob::compute(def, &b.run, DagModel::Options()).model().nodes().size()));
    }

    void supersededGenerationsAreDropped()
    {
        const WorkflowDef crazy = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        const WorkflowDef flow = loadDefinition(QStringLiteral("order-flow.json"));
        RunBuilder first = crazyPartialRun(crazy);
        RunBuilder second(flow);
        second.run.workflowId = QStringLiteral("wf-2");
        GraphLayoutJob job;
        job.setBackgroundThreshold(0);
        QList<int> sizes;
        connect(&job, &GraphLayoutJob::ready, this, [&](const DagLayout &l) { sizes << int(l.model().nodes().size()); });
        job.request(snapshot(first.run), DagModel::Options());
        QVERIFY(job.busy());
        job.beginGeneration(); // another workflow was selected
        job.request(snapshot(second.run), DagModel::Options());
        QTRY_COMPARE(sizes.size(), 1);
        QVERIFY(!job.busy());
        QCOMPARE(sizes.first(), int(GraphLayoutJob::compute(flow, &second.run, DagModel::Options()).model().nodes().size()));

        // Within one generation every result arrives, newest last (a burst coalesces).
        sizes.clear();
        job.request(snapshot(first.run), DagModel::Options());
        job.request(snapshot(second.run), DagModel::Options());
        job.request(snapshot(first.run), DagModel::Options());
        QTRY_COMPARE(sizes.size(), 2);
        QTRY_VERIFY(!job.busy());
        QCOMPARE(sizes.size(), 2);
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
