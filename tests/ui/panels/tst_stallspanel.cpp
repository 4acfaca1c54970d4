// StallsPanel over a fake source: the list follows the source, a row selects its workflow and
// task, "Re-decide" previews first and decides only when the preview is accepted, then selects
// the workflow; without the Stalls capability the panel says why it is empty.

#include "../fakeexecutionsource.h"
#include "panels/decidepreviewdialog.h"
#include "panels/stallsmodel.h"
#include "panels/stallspanel.h"
#include "shell/selection.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;
using joinery::ui::test::FakeExecutionSource;

namespace {

Stall stall(const QString &wf, StallReason reason, const QString &task)
{
    Stall s;
    s.workflowId = wf;
    s.workflowName = QStringLiteral("crazy-nested-fork-join");
    s.reason = reason;
    s.taskReference = task;
    s.since = 1'700'000'000'000;
    return s;
}

RunSnapshot runWithTasks(const QString &wf)
{
    auto run = std::make_shared<WorkflowRun>();
    run->workflowId = wf;
    TaskRun first;
    first.taskId = QStringLiteral("t-old");
    first.referenceTaskName = QStringLiteral("outer_fork_join");
    first.seq = 4;
    TaskRun latest = first;
    latest.taskId = QStringLiteral("t-new");
    latest.seq = 9;
    run->tasks = {first, latest};
    return run;
}

QPushButton *button(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestStallsPanel : public QObject
{
    Q_OBJECT

private slots:
    void listFollowsTheSource()
    {
        FakeExecutionSource source;
        source.stalls = {stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("outer_fork_join"))};
        Selection selection;
        StallsPanel panel(&source, &selection);
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        for (QLabel *l : panel.findChildren<QLabel *>())
            QVERIFY(l->isHidden() || !l->text().contains(QStringLiteral("no stall detector")));
        emit source.stallsChanged({});
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.statusText(), QStringLiteral("No stalled workflows."));
    }

    void selectingARowSelectsWorkflowAndTask()
    {
        FakeExecutionSource source;
        source.stalls = {stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("outer_fork_join")),
                         stall(QStringLiteral("wf-2"), StallReason::SweeperNotRunning, QString())};
        source.runs.insert(QStringLiteral("wf-1"), runWithTasks(QStringLiteral("wf-1")));
        Selection selection;
        StallsPanel panel(&source, &selection);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QSignalSpy tasks(&selection, &Selection::taskSelected);
        QTableView *view = panel.view();
        const int row = view->model()->match(view->model()->index(0, 0), StallsModel::WorkflowIdRole, QStringLiteral("wf-1")).first().row();
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.workflowId(), QStringLiteral("wf-1"));
        QTRY_COMPARE(selection.taskId(), QStringLiteral("t-new")); // the latest attempt
        // A stall without a task selects the workflow only.
        const int other = 1 - row;
        view->selectionModel()->setCurrentIndex(view->model()->index(other, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.workflowId(), QStringLiteral("wf-2"));
        QCOMPARE(selection.taskId(), QString());
    }

    void rowsLeavingDoNotMoveTheSelection()
    {
        FakeExecutionSource source;
        const Stall one = stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QString());
        const Stall two = stall(QStringLiteral("wf-2"), StallReason::SweeperNotRunning, QString());
        source.stalls = {one, two};
        Selection selection;
        StallsPanel panel(&source, &selection);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QTableView *view = panel.view();
        const int row = view->model()->match(view->model()->index(0, 0), StallsModel::WorkflowIdRole, QStringLiteral("wf-1")).first().row();
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.workflowId(), QStringLiteral("wf-1"));
        // wf-1 was re-decided and left the list; the current row moves, the selection must not.
        emit source.stallsChanged({two});
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(selection.workflowId(), QStringLiteral("wf-1"));
    }

    void redecidePreviewsThenActsOnAccept()
    {
        FakeExecutionSource source;
        source.stalls = {stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("outer_fork_join"))};
        source.previews.insert(QStringLiteral("wf-1"), {QStringLiteral("schedule finish (SIMPLE)"), QStringLiteral("update outer_fork_join: COMPLETED")});
        Selection selection;
        StallsPanel panel(&source, &selection);
        QTRY_COMPARE(panel.model()->rowCount(), 1);

        // The per-row button cell.
        const QModelIndex action = panel.view()->model()->index(0, StallsModel::ActionColumn);
        QCOMPARE(action.data().toString(), QStringLiteral("Re-decide"));
        emit panel.view()->clicked(action);
        DecidePreviewDialog *dialog = panel.previewDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->complete());
        QVERIFY(source.actions.isEmpty()); // nothing happens before the preview is accepted
        QTRY_VERIFY(dialog->complete());
        QCOMPARE(dialog->shownLines(QStringLiteral("wf-1")), source.previews.value(QStringLiteral("wf-1")));

        QSignalSpy finished(&panel, &StallsPanel::redecideFinished);
        const int fetchesBefore = source.fetchStallsCalls;
        dialog->accept();
        QCOMPARE(source.actions.size(), 1);
        QCOMPARE(source.actions.first().first, QStringLiteral("wf-1"));
        QCOMPARE(source.actions.first().second, WorkflowAction::Decide);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QCOMPARE(selection.workflowId(), QStringLiteral("wf-1")); // the graph shows the change
        QVERIFY(source.fetchStallsCalls > fetchesBefore);
        QCOMPARE(panel.statusText(), QStringLiteral("Workflows re-decided: 1."));
    }

    void cancelledPreviewDecidesNothing()
    {
        FakeExecutionSource source;
        source.stalls = {stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("j")),
                         stall(QStringLiteral("wf-2"), StallReason::EndedTaskNotAdvanced, QStringLiteral("k"))};
        source.previewErrors.insert(QStringLiteral("wf-2"), QStringLiteral("workflow is not running"));
        Selection selection;
        StallsPanel panel(&source, &selection);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QPushButton *all = button(&panel, QStringLiteral("Re-decide all"));
        QVERIFY(all && all->isEnabled());
        all->click();
        DecidePreviewDialog *dialog = panel.previewDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->workflowIds(), (QStringList{QStringLiteral("wf-1"), QStringLiteral("wf-2")}));
        QTRY_VERIFY(dialog->complete());
        QCOMPARE(dialog->shownLines(QStringLiteral("wf-1")),
                 QStringList{QStringLiteral("Nothing to schedule or update: the decide would change nothing.")});
        QCOMPARE(dialog->shownLines(QStringLiteral("wf-2")), QStringList{QStringLiteral("No preview: workflow is not running")});
        QVERIFY(!all->isEnabled()); // one preview at a time
        dialog->reject();
        QTRY_VERIFY(!panel.previewDialog());
        QVERIFY(source.actions.isEmpty());
        QVERIFY(all->isEnabled());
    }

    void failedDecidesAreReported()
    {
        FakeExecutionSource source;
        source.caps &= ~ExecutionSource::DecidePreview;
        source.stalls = {stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("j"))};
        source.actErrors.insert(QStringLiteral("wf-1"), QStringLiteral("busy"));
        Selection selection;
        StallsPanel panel(&source, &selection);
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        panel.redecide({QStringLiteral("wf-1")});
        QVERIFY(panel.previewDialog()->complete()); // no preview to wait for
        QVERIFY(source.previewed.isEmpty());
        QSignalSpy finished(&panel, &StallsPanel::redecideFinished);
        panel.previewDialog()->accept();
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(panel.statusText(), QStringLiteral("Workflows re-decided: 0; failed: 1 (wf-1: busy)"));
    }

    void withoutStallsCapability()
    {
        FakeExecutionSource source;
        source.caps = ExecutionSource::LockEvents;
        source.stalls = {stall(QStringLiteral("wf-1"), StallReason::JoinDoneSuccessorMissing, QStringLiteral("j"))};
        Selection selection;
        StallsPanel panel(&source, &selection);
        QCoreApplication::processEvents();
        QCOMPARE(source.fetchStallsCalls, 0);
        QVERIFY(!panel.view()->isEnabled());
        bool explained = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            explained = explained || (!l->isHidden() && l->text().contains(QStringLiteral("no stall detector")));
        QVERIFY(explained);
        QVERIFY(!button(&panel, QStringLiteral("Re-decide all"))->isEnabled());
    }
};

QTEST_MAIN(TestStallsPanel)
#include "tst_stallspanel.moc"
