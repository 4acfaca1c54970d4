#pragma once

#include "runtime/stall.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace joinery::ui {

class DecidePreviewDialog;
class ExecutionSource;
class Selection;
class StallsModel;

// The stalled workflows (issue 6, "Stalled workflows"): the stall detector's list with reason,
// since when and the recommended recovery; "Re-decide" per row (the button cell, or the button
// under the table for the selected rows) and "Re-decide all". Every re-decide first shows a
// DecidePreviewDialog with the source's dry run; only on "Re-decide" there does it act, then it
// selects the workflow so the graph shows the change. Selecting a row selects its workflow, and
// the task the stall names when there is one. GUI thread only.
class StallsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallsPanel)

public:
    StallsPanel(ExecutionSource *source, Selection *selection, QWidget *parent = nullptr);
    ~StallsPanel() override;

    StallsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The open preview, if any (tests accept or reject it).
    DecidePreviewDialog *previewDialog() const;
    QString statusText() const;

    // Asks for previews of these workflows and opens the dialog; on accept, decides them.
    void redecide(const QStringList &workflowIds);
    void redecideSelected();
    void redecideAll();
    // Fetches the list again (also done on every stallsChanged).
    void refresh();

signals:
    // Every decide of an accepted re-decide has answered.
    void redecideFinished(const QStringList &workflowIds, int failures);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyDecides(const QStringList &workflowIds);
    void takeSnapshot(const QList<Stall> &stalls);
    void onCurrentRowChanged();
    void updateButtons();

    ExecutionSource *m_source;
    Selection *m_selection;
    StallsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_unavailable;
    bool m_derived = false; // stalls derived from execution JSON (a plain Conductor server)
    QLabel *m_status;
    QPushButton *m_redecideButton;
    QPushButton *m_redecideAllButton;
    QTimer *m_clock;
    QPointer<DecidePreviewDialog> m_dialog;
    bool m_applyingSnapshot = false;
    quint64 m_taskLookup = 0; // version of the latest "which task is that reference" fetch
    enum class Status { None, Empty, Deciding, Done };
    Status m_statusKind = Status::None;
    int m_lastCount = 0;
    int m_lastFailures = 0;
    QString m_lastError;
};

} // namespace joinery::ui
