// GraphScene: apply() reuses items by id and reports what it touched; and benchmarks for
// building the scene of 1,000 and 5,000 nodes, applying a one-task update to it, and painting
// frames of a 5,000-node graph (fitted: level of detail; at 100% while panning).

#include "dagfixtures.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphlayoutjob.h"
#include "graphview/graphscene.h"
#include "graphview/nodeitem.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>

using namespace dagtest;
using namespace joinery::ui;

namespace {

DagLayout crazyLayout(RunBuilder &b, const DagModel::Options &options = DagModel::Options())
{
    return GraphLayoutJob::compute(*b.run.definition, &b.run, options);
}

// A finished run of a synthetic nested fork/join definition of `nodes` nodes, one task of it
// set back to IN_PROGRESS in `changed`.
struct Synthetic
{
    explicit Synthetic(int nodes)
        : def(syntheticDefinition(nodes, nodes >= 5000 ? 11 : 6))
        , run(completedRun(def))
        , layout(GraphLayoutJob::compute(def, &run, DagModel::Options()))
    {
        changed = run;
        changed.tasks[changed.tasks.size() / 2].status = TaskStatus::InProgress;
        changedLayout = GraphLayoutJob::compute(def, &changed, DagModel::Options());
    }
    WorkflowDef def;
    WorkflowRun run;
    DagLayout layout;
    WorkflowRun changed;
    DagLayout changedLayout;
};

} // namespace

class TestGraphScene : public QObject
{
    Q_OBJECT

private slots:
    void applyReusesItemsById()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("crazy-nested-fork-join.json"));
        RunBuilder b = crazyPartialRun(def);
        GraphScene scene;
        const DagLayout first = crazyLayout(b);
        GraphScene::ApplyStats s = scene.apply(first);
        const int items = int(first.model().nodes().size() + first.model().edges().size() + first.loopFrames().size());
        QCOMPARE(s.created, items);
        QCOMPARE(s.repainted + s.moved + s.removed, 0);
        NodeItem *a3 = scene.nodeItem(QStringLiteral("a3_open"));

        s = scene.apply(first);
        QCOMPARE(s.created + s.repainted + s.moved + s.removed, 0);

        b.set(QStringLiteral("a3_open"), TaskStatus::Completed);
        b.add(QStringLiteral("a3_fork"), TaskType::Fork, TaskStatus::Completed);
        s = scene.apply(crazyLayout(b));
        QCOMPARE(scene.nodeItem(QStringLiteral("a3_open")), a3); // same item
        QCOMPARE(s.created + s.removed + s.moved, 0);
        // a3_open and a3_fork repaint; so does the edge between them, now taken.
        QCOMPARE(s.repainted, 3);
    }

    void groupsSwapItemsWhenExpanded()
    {
        const WorkflowDef def = loadDefinition(QStringLiteral("dynamic-fan-out.json"));
        RunBuilder b(def);
        b.add(QStringLiteral("plan"), TaskType::Inline, TaskStatus::Completed);
        b.dynamicFork(QStringLiteral("fan_out"), QStringLiteral("fan_in"), numbered(QStringLiteral("ship_"), 12),
                      QStringLiteral("ship_parcel"), TaskStatus::Completed);
        GraphScene scene;
        scene.apply(crazyLayout(b));
        NodeItem *confirm = scene.nodeItem(QStringLiteral("confirm"));
        const QPointF confirmAt = confirm->pos();
        DagModel::Options expanded;
        expanded.expandedGroups.insert(QStringLiteral("fan_out#children"));
        const GraphScene::ApplyStats s = scene.apply(crazyLayout(b, expanded));
        QCOMPARE(s.removed, 1 + 2);      // the group and its two edges
        QCOMPARE(s.created, 12 + 2 * 12); // the children and theirs
        QCOMPARE(scene.nodeItem(QStringLiteral("confirm")), confirm);
        QVERIFY(confirm->pos().y() > confirmAt.y()); // below the area: moves down only
        QCOMPARE(confirm->pos().x(), confirmAt.x());
    }

    void benchmarkBuildScene_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::newRow("nodes_1000") << 1000;
        QTest::newRow("nodes_5000") << 5000;
    }

    // Creating every item of a fresh scene from a computed layout (what selecting a workflow
    // costs on the GUI thread once the layout is back).
    void benchmarkBuildScene()
    {
        QFETCH(int, nodes);
        const Synthetic g(nodes);
        QCOMPARE(g.layout.model().nodes().size(), nodes);
        QList<GraphScene *> scenes; // deleted after the measurement: see benchmarkClearScene
        QBENCHMARK {
            auto *scene = new GraphScene;
            const GraphScene::ApplyStats s = scene->apply(g.layout);
            QCOMPARE(s.created, int(g.layout.model().nodes().size() + g.layout.model().edges().size()));
            scenes << scene;
        }
        qDeleteAll(scenes);
    }

    void benchmarkClearScene_data() { benchmarkBuildScene_data(); }

    // Removing every item (another workflow selected).
    void benchmarkClearScene()
    {
        QFETCH(int, nodes);
        const Synthetic g(nodes);
        // Each round needs a full scene, so time the clear alone, best of three.
        qint64 best = std::numeric_limits<qint64>::max();
        for (int round = 0; round < 3; ++round) {
            GraphScene scene;
            scene.apply(g.layout);
            QElapsedTimer timer;
            timer.start();
            scene.clearGraph();
            best = qMin(best, timer.nsecsElapsed());
            QCOMPARE(scene.items().size(), 0);
            QCOMPARE(scene.nodeItemCount(), 0);
        }
        QTest::setBenchmarkResult(best / 1e6, QTest::WalltimeMilliseconds);
    }

    void benchmarkLiveUpdate_data() { benchmarkBuildScene_data(); }

    // A live update with one task changed, applied to the open scene.
    void benchmarkLiveUpdate()
    {
        QFETCH(int, nodes);
        const Synthetic g(nodes);
        GraphScene scene;
        scene.apply(g.layout);
        bool flip = false;
        QBENCHMARK {
            flip = !flip;
            const GraphScene::ApplyStats s = scene.apply(flip ? g.changedLayout : g.layout);
            QVERIFY(s.repainted >= 1 && s.repainted <= 4);
            QCOMPARE(s.created + s.moved + s.removed, 0);
        }
    }

    void benchmarkPaintFitted()
    {
        // The whole 5,000-node graph in a 1600×1000 viewport: level of detail draws boxes.
        const Synthetic g(5000);
        GraphScene scene;
        scene.apply(g.layout);
        GraphCanvas canvas(&scene);
        canvas.resize(1600, 1000);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.fitAll();
        canvas.viewport()->repaint(); // fills the item caches
        QBENCHMARK {
            canvas.viewport()->repaint();
        }
    }

    void benchmarkPanStep()
    {
        // At 100%, one 40-pixel pan step: scroll, then paint what scrolled in.
        const Synthetic g(5000);
        GraphScene scene;
        scene.apply(g.layout);
        GraphCanvas canvas(&scene);
        canvas.resize(1600, 1000);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.resetZoom();
        canvas.centerOn(scene.sceneRect().center());
        canvas.viewport()->repaint();
        QScrollBar *bar = canvas.horizontalScrollBar();
        int step = 40;
        QBENCHMARK {
            if (bar->value() + step > bar->maximum() || bar->value() + step < bar->minimum())
                step = -step;
            bar->setValue(bar->value() + step);
            canvas.viewport()->repaint();
        }
    }
};

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
