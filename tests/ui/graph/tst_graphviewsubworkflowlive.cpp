// The graph view in the real window over a real embedded engine: parent-with-sub-workflow is
// started, its payment SUB_WORKFLOW is expanded in place, and the child's tasks are driven by
// hand (poll, complete) so that each step is deterministic; the expanded block follows the
// child live and the window is grabbed for docs/screenshots/graph-subworkflow-en.png.

#include "execution/workflowexecutor.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphscene.h"
#include "graphview/graphview.h"
#include "graphview/nodeitem.h"
#include "graphview/nodepainter.h"
#include "graphview/subworkflowframeitem.h"
#include "i18n/languagemanager.h"
#include "runtime/demolibrary.h"
#include "runtime/engine.h"
#include "shell/mainwindow.h"
#include "shell/selection.h"
#include "source/embeddedsource.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;

namespace {

QString statusOf(GraphView *view, const QString &nodeId)
{
    const NodeItem *item = view->scene()->nodeItem(nodeId);
    if (!item)
        return QStringLiteral("MISSING");
    return item->node().status ? taskStatusName(*item->node().status) : QStringLiteral("NOT_SCHEDULED");
}

} // namespace

class TestGraphViewSubWorkflowLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        EngineOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("subwf.sqlite"));
        QString error;
        m_engine = Engine::open(options, &error);
        QVERIFY2(m_engine, qPrintable(error));
        m_source = std::make_unique<EmbeddedSource>(*m_engine);
        QVERIFY(DemoLibrary::registerAll(*m_engine) > 0);
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_engine.reset();
    }

    void expandedChildFollowsTheEngine()
    {
        MainWindow window(&m_languages, m_source.get());
        window.resize(1600, 1250);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GraphView *view = window.graphView();
        QVERIFY(view);

        StartRequest start;
        start.name = QStringLiteral("parent-with-sub-workflow");
        start.input = QJsonObject{{QStringLiteral("amount"), 42}};
        const ActionResult started = m_engine->executor().start(start);
        QVERIFY2(started.ok(), qPrintable(started.message));
        const QString parentId = started.id;
        window.selection()->selectWorkflow(parentId);
        // The SUB_WORKFLOW starts its child; then the node can be expanded.
        QTRY_VERIFY_WITH_TIMEOUT(view->scene()->nodeItem(QStringLiteral("payment"))
                                     && NodePainter::canExpand(view->scene()->nodeItem(QStringLiteral("payment"))->node()),
                                 20000);
        const QString childId = view->scene()->nodeItem(QStringLiteral("payment"))->node().subWorkflowId;

        emit view->canvas()->nodeDoubleClicked(QStringLiteral("payment"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, QStringLiteral("payment/authorise")), QStringLiteral("SCHEDULED"), 20000);
        QCOMPARE(statusOf(view, QStringLiteral("payment/capture")), QStringLiteral("NOT_SCHEDULED"));
        QCOMPARE(view->workflowOfNode(QStringLiteral("payment/authorise")), childId);

        // A worker takes the child's first task and completes it: the block follows.
        complete(QStringLiteral("authorise_payment"), QJsonObject{{QStringLiteral("authorised"), true}});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, QStringLiteral("payment/authorise")), QStringLiteral("COMPLETED"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, QStringLiteral("payment/capture")), QStringLiteral("SCHEDULED"), 20000);
        const QRectF captureBox = view->scene()->nodeItem(QStringLiteral("payment/capture"))->box();
        // The parent's own branch moves on too, and the expansion stays.
        complete(QStringLiteral("reserve_stock"), QJsonObject{{QStringLiteral("reserved"), true}});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, QStringLiteral("reserve")), QStringLiteral("COMPLETED"), 20000);
        QVERIFY(view->isSubWorkflowExpanded(QStringLiteral("payment")));
        // Capture is being worked on.
        const QList<TaskRun> capture = m_engine->executor().poll(QStringLiteral("capture_payment"), QStringLiteral("shot"), 1, 0);
        QCOMPARE(capture.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, QStringLiteral("payment/capture")), QStringLiteral("IN_PROGRESS"), 20000);
        QCOMPARE(view->scene()->nodeItem(QStringLiteral("payment/capture"))->box(), captureBox);

        view->canvas()->fitAll();
        QCoreApplication::processEvents();
        const QString shots = QStringLiteral(JOINERY_BINARY_DIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + QStringLiteral("/graph-subworkflow-en.png")));
        QVERIFY(view->grab().save(shots + QStringLiteral("/graph-subworkflow-view-en.png")));

        // The child completes, the frame says so, the parent goes on to confirm.
        TaskResult done;
        done.workflowId = capture.first().workflowId;
        done.taskId = capture.first().taskId;
        done.outputData = QJsonObject{{QStringLiteral("captured"), 42}};
        QVERIFY(m_engine->executor().updateTask(done).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, QStringLiteral("payment/#end")), QStringLiteral("COMPLETED"), 20000);
        SubWorkflowFrameItem *frame = view->scene()->subWorkflowFrameItem(QStringLiteral("payment"));
        QVERIFY(frame);
        QTRY_COMPARE_WITH_TIMEOUT(frame->title(),
                                  QStringLiteral("payment-child · %1… · Completed").arg(childId.left(8)), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, QStringLiteral("confirm")), QStringLiteral("SCHEDULED"), 20000);

        // Collapsed, the node is one box again.
        view->toggleSubWorkflow(QStringLiteral("payment"));
        QTRY_COMPARE(statusOf(view, QStringLiteral("payment/authorise")), QStringLiteral("MISSING"));
        QCOMPARE(view->scene()->subWorkflowFrameItemCount(), 0);
    }

private:
    // Polls one task of `queue` and completes it, as a worker would.
    void complete(const QString &queue, const QJsonObject &output)
    {
        QList<TaskRun> tasks;
        // qWaitFor, not QTRY_*: the poll claims the task, so it must run once after success.
        QVERIFY(QTest::qWaitFor([&] {
            tasks = m_engine->executor().poll(queue, QStringLiteral("test"), 1, 0);
            return !tasks.isEmpty();
        }, 20000));
        TaskResult result;
        result.workflowId = tasks.first().workflowId;
        result.taskId = tasks.first().taskId;
        result.outputData = output;
        const ActionResult r = m_engine->executor().updateTask(result);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<EmbeddedSource> m_source;
};

QTEST_MAIN(TestGraphViewSubWorkflowLive)
#include "tst_graphviewsubworkflowlive.moc"
