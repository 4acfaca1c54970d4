#include "executions/executionsmodel.h"

#include "common/statusstyle.h"
#include "pagedtestsource.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;
using joinery::ui::test::PagedTestSource;

namespace {

bool waitIdle(ExecutionsModel &model)
{
    QSignalSpy spy(&model, &ExecutionsModel::loadingChanged);
    while (model.isLoading()) {
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

// Loads every page (the tester asks for more whenever it walks the model, too).
bool loadAll(ExecutionsModel &model)
{
    for (;;) {
        if (!waitIdle(model))
            return false;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
    }
}

RunSnapshot run(const QString &id, WorkflowStatus status, Millis start,
    const QString &name = QStringLiteral("order-flow"))
{
    auto r = std::make_shared<WorkflowRun>();
    r->workflowId = id;
    r->workflowName = name;
    r->status = status;
    r->startTime = r->createTime = start;
    r->updateTime = start + 100;
    return r;
}

} // namespace

class TestExecutionsModel : public QObject
{
    Q_OBJECT

private slots:
    void asksForOnePageAtATime()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(2000);
        ExecutionsModel model(&source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(ExecutionQuery());
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.totalCount(), 2000);
        QList<int> offsets;
        for (const ExecutionQuery &q : std::as_const(source.queries)) {
            QCOMPARE(q.limit, ExecutionsModel::kPageSize);
            offsets << q.offset;
        }
        QCOMPARE(offsets, (QList<int> {0, 500, 1000, 1500}));
        // Newest first, each workflow once.
        QCOMPARE(model.workflowIdAt(0), QStringLiteral("wf-001999"));
        QCOMPARE(model.workflowIdAt(1999), QStringLiteral("wf-000000"));
        QSet<QString> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.workflowIdAt(r));
        QCOMPARE(ids.size(), 2000);
    }

    void dropsAnswersToReplacedQueries()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(10, QStringLiteral("alpha"))
            + PagedTestSource::make(7, QStringLiteral("beta"));
        for (int i = 0; i < 7; ++i)
            source.rows[10 + i].workflowId = QStringLiteral("beta-%1").arg(i);
        ExecutionsModel model(&source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.hold = true;
        ExecutionQuery alpha, beta;
        alpha.name = QStringLiteral("alpha");
        beta.name = QStringLiteral("beta");
        model.setQuery(alpha);
        model.setQuery(beta);
        QCOMPARE(source.held.size(), 2);
        source.release(1); // beta answers first
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 7);
        source.release(0); // the stale alpha page arrives late
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.workflowIdAt(0).startsWith(QLatin1String("beta-")));
    }

    void patchesChangedRowsInPlace()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(2000);
        ExecutionsModel model(&source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(ExecutionQuery());
        QVERIFY(loadAll(model));
        model.setVisibleRows(0, 29);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const ExecutionSummary *before = model.summaryAt(1);
        model.applyChanges(
            {run(QStringLiteral("wf-001998"), WorkflowStatus::Failed, before->startTime)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(
            changed.at(0).at(1).toModelIndex(), model.index(1, ExecutionsModel::NUM_COLUMNS - 1));
        QCOMPARE(model.index(1, ExecutionsModel::Status).data().toString(),
            StatusStyle::text(WorkflowStatus::Failed));
        QCOMPARE(model.index(1, 0).data(ExecutionsModel::StatusRole).toInt(),
            int(WorkflowStatus::Failed));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);

        // A few rows in two runs: one signal per run of adjacent rows.
        changed.clear();
        QList<RunSnapshot> batch;
        for (int row : {0, 1, 2, 10, 11})
            batch << run(model.workflowIdAt(row), WorkflowStatus::Terminated,
                model.summaryAt(row)->startTime);
        model.applyChanges(batch);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 10);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 11);
    }

    void manyVisibleChangesMakeOneRangeWideSignal()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(2000);
        ExecutionsModel model(&source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(ExecutionQuery());
        QVERIFY(loadAll(model));
        model.setVisibleRows(100, 129); // 30 visible rows
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<RunSnapshot> batch;
        for (int row = 100; row < 120; ++row) // 20 of 30 visible rows
            batch << run(
                model.workflowIdAt(row), WorkflowStatus::Running, model.summaryAt(row)->startTime);
        model.applyChanges(batch);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(),
            model.index(1999, ExecutionsModel::NUM_COLUMNS - 1));
        QVERIFY(model.index(105, 0).data(ExecutionsModel::IsRunningRole).toBool());
    }

    void insertsNewMatchingExecutionsWhereTheyBelong()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(600);
        ExecutionsModel model(&source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ExecutionQuery running;
        running.statuses << QStringLiteral("RUNNING") << QStringLiteral("COMPLETED");
        model.setQuery(running);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 600);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy total(&model, &ExecutionsModel::totalChanged);

        const Millis newest = source.rows.last().startTime + 60'000;
        model.applyChanges({run(QStringLiteral("fresh"), WorkflowStatus::Running, newest),
            run(QStringLiteral("paused"), WorkflowStatus::Paused, newest + 1)}); // filtered out
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model.workflowIdAt(0), QStringLiteral("fresh"));
        QCOMPARE(model.rowOf(QStringLiteral("wf-000599")), 1);
        QCOMPARE(model.totalCount(), 601);
        QVERIFY(!total.isEmpty());

        // An older one lands in the middle, by start time.
        model.applyChanges({run(
            QStringLiteral("middle"), WorkflowStatus::Running, source.rows.at(300).startTime + 1)});
        QCOMPARE(
            model.rowOf(QStringLiteral("middle")), model.rowOf(QStringLiteral("wf-000300")) - 1);

        model.removeExecutions({QStringLiteral("fresh"), QStringLiteral("middle")});
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.rowOf(QStringLiteral("fresh")), -1);
        QCOMPARE(model.workflowIdAt(0), QStringLiteral("wf-000599"));
    }

    void sortsThroughTheSource()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(30);
        for (int i = 0; i < 30; ++i)
            source.rows[i].name = QStringLiteral("n%1").arg(29 - i, 2, 10, QLatin1Char('0'));
        ExecutionsModel model(&source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(ExecutionQuery());
        QVERIFY(loadAll(model));
        const qsizetype asked = source.queries.size();
        model.sort(ExecutionsModel::Name, Qt::AscendingOrder);
        QVERIFY(loadAll(model));
        QCOMPARE(source.queries.size(), asked + 1);
        QCOMPARE(source.queries.last().sortField, QStringLiteral("name"));
        QVERIFY(source.queries.last().ascending);
        QCOMPARE(model.index(0, ExecutionsModel::Name).data().toString(),
            ExecutionsModel::tr("%1 v%2").arg(QStringLiteral("n00")).arg(1));
        model.sort(ExecutionsModel::Duration, Qt::AscendingOrder); // not sortable by the store
        QCOMPARE(source.queries.size(), asked + 1);
    }

    void showsStallReasons()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(40);
        ExecutionsModel model(&source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(ExecutionQuery());
        QVERIFY(loadAll(model));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Stall stall;
        stall.workflowId = QStringLiteral("wf-000039");
        stall.reason = StallReason::JoinDoneSuccessorMissing;
        stall.taskReference = QStringLiteral("join_1");
        model.setStalls({stall});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, ExecutionsModel::StallReason));
        QCOMPARE(model.index(0, ExecutionsModel::StallReason).data().toString(),
            StatusStyle::stallReason(StallReason::JoinDoneSuccessorMissing));
        QVERIFY(model.index(0, ExecutionsModel::StallReason)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("join_1")));
        QVERIFY(model.index(1, ExecutionsModel::StallReason).data().toString().isEmpty());
        model.setStalls({});
        QVERIFY(model.index(0, ExecutionsModel::StallReason).data().toString().isEmpty());
    }

    void matchesFilters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("expected");
        QTest::newRow("status_match") << "status"
                                      << "RUNNING" << true;
        QTest::newRow("status_other") << "status"
                                      << "FAILED" << false;
        QTest::newRow("name_exact") << "name"
                                    << "order-flow" << true;
        QTest::newRow("name_prefix_is_not_enough") << "name"
                                                   << "order" << false;
        QTest::newRow("text_in_id_any_case") << "text"
                                             << "ABC" << true;
        QTest::newRow("text_in_reason") << "text"
                                        << "timeout" << true;
        QTest::newRow("text_absent") << "text"
                                     << "zzz" << false;
        QTest::newRow("correlation") << "correlation"
                                     << "c-1" << true;
        QTest::newRow("correlation_other") << "correlation"
                                           << "c-2" << false;
        QTest::newRow("started_after") << "after"
                                       << "1000" << true;
        QTest::newRow("started_too_early") << "after"
                                           << "3000" << false;
    }
    void matchesFilters()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, expected);
        ExecutionSummary s;
        s.workflowId = QStringLiteral("wf-abc-1");
        s.name = QStringLiteral("order-flow");
        s.status = WorkflowStatus::Running;
        s.correlationId = QStringLiteral("c-1");
        s.reasonForIncompletion = QStringLiteral("task timeout");
        s.startTime = 2000;
        ExecutionQuery q;
        if (field == QLatin1String("status"))
            q.statuses << value;
        else if (field == QLatin1String("name"))
            q.name = value;
        else if (field == QLatin1String("text"))
            q.freeText = value;
        else if (field == QLatin1String("correlation"))
            q.correlationId = value;
        else
            q.startedAfter = value.toLongLong();
        QCOMPARE(ExecutionsModel::matches(q, s), expected);
    }

    // 100,000 executions: the model asks for one page, grows by pages, and once everything is
    // loaded a table of it scrolls from top to bottom at interactive speed.
    void scrollsHundredThousandRows()
    {
        PagedTestSource source;
        source.rows = PagedTestSource::make(100'000);
        ExecutionsModel model(&source);
        model.setQuery(ExecutionQuery());
        QVERIFY(waitIdle(model));
        QCOMPARE(
            model.rowCount(), ExecutionsModel::kPageSize); // lazy: nothing beyond the first page
        QCOMPARE(source.queries.size(), 1);
        QCOMPARE(model.totalCount(), 100'000);

        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(22);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Scrolling to the end of what is loaded makes the view ask for the next page.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        view.scrollToBottom();
        QVERIFY(inserted.wait(10000));
        QCOMPARE(model.rowCount(), 2 * ExecutionsModel::kPageSize);

        QElapsedTimer loading;
        loading.start();
        QVERIFY(loadAll(model));
        const qint64 loadMs = loading.elapsed();
        QCOMPARE(model.rowCount(), 100'000);
        QCOMPARE(source.queries.size(), 100'000 / ExecutionsModel::kPageSize);
        // The tester walks all 100,000 rows once here; it would walk them again on every signal.
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QScrollBar *bar = view.verticalScrollBar();
        constexpr int kFrames = 200;
        QElapsedTimer painting;
        painting.start();
        for (int i = 0; i <= kFrames; ++i) {
            bar->setValue(int(qint64(bar->maximum()) * i / kFrames));
            view.viewport()->repaint();
        }
        const double msPerFrame = double(painting.elapsed()) / (kFrames + 1);
        qInfo("100,000 rows: loaded in %lld ms (200 pages); %.2f ms per scrolled frame", loadMs,
            msPerFrame);
        qInfo("scrolling 100,000 rows: %.1f ms per frame", msPerFrame); // a figure, not a pass mark
        QCOMPARE(view.rowAt(view.viewport()->height() - 1), 99'999);
    }
};

QTEST_MAIN(TestExecutionsModel)
#include "tst_executionsmodel.moc"
