#include "panels/stallspanel.h"

#include "source/remotesource.h"
#include "panels/buttondelegate.h"
#include "panels/decidepreviewdialog.h"
#include "panels/stallsmodel.h"
#include "shell/selection.h"
#include "source/executionsource.h"
#include "source/remotesource.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace joinery::ui {

StallsPanel::StallsPanel(ExecutionSource *source, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_selection(selection)
    , m_model(new StallsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_unavailable(new QLabel(this))
    , m_status(new QLabel(this))
    , m_redecideButton(new QPushButton(this))
    , m_redecideAllButton(new QPushButton(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("stallsPanel"));
    m_model->setNow(QDateTime::currentMSecsSinceEpoch());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StallsModel::SortRole);
    m_view->setObjectName(QStringLiteral("stallsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StallsModel::SinceColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(StallsModel::ActionColumn, new ButtonDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StallsModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StallsModel::ActionColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(StallsModel::WorkflowColumn, 150);
    m_view->setColumnWidth(StallsModel::NameColumn, 150);
    m_view->setColumnWidth(StallsModel::SinceColumn, 90);
    m_view->setColumnWidth(StallsModel::RecoveryColumn, 140);
    m_unavailable->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_redecideButton);
    buttons->addWidget(m_redecideAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == StallsModel::ActionColumn)
            redecide({index.data(StallsModel::WorkflowIdRole).toString()});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StallsPanel::onCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StallsPanel::updateButtons);
    connect(m_redecideButton, &QPushButton::clicked, this, &StallsPanel::redecideSelected);
    connect(m_redecideAllButton, &QPushButton::clicked, this, &StallsPanel::redecideAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StallsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StallsPanel::updateButtons);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentMSecsSinceEpoch()); });

    const bool available = m_source && (m_source->capabilities() & ExecutionSource::Stalls);
    // A plain Conductor server has no detector: the list is what its execution JSON shows, and
    // the user should know that a quiet list there proves less than it does on Joinery.
    const auto *remote = qobject_cast<const RemoteSource *>(m_source);
    m_derived = available && remote && remote->stallsDerived();
    m_unavailable->setVisible(!available || m_derived);
    m_view->setEnabled(available);
    if (available) {
        connect(m_source, &ExecutionSource::stallsChanged, this, [this](const QList<Stall> &stalls) {
            takeSnapshot(stalls);
            if (m_statusKind == Status::None || m_statusKind == Status::Empty)
                m_statusKind = stalls.isEmpty() ? Status::Empty : Status::None;
            retranslate();
        });
        m_clock->start();
        refresh();
    }
    retranslate();
}

StallsPanel::~StallsPanel()
{
    // A dialog still open when the panel goes: do not let its signals reach a panel that is
    // half gone.
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog.data();
    }
}

void StallsPanel::retranslate()
{
    m_unavailable->setText(m_derived
            ? tr("This Conductor server has no stall detector: the list is derived from execution JSON, so it "
                 "shows stuck JOINs and ended tasks whose successors were never scheduled, not queue or "
                 "sweeper problems.")
            : tr("This source has no stall detector, so stalled workflows cannot be listed."));
    m_redecideButton->setText(tr("Re-decide selected"));
    m_redecideButton->setToolTip(tr("Preview, then run a decide of the selected workflows"));
    m_redecideAllButton->setText(tr("Re-decide all"));
    m_redecideAllButton->setToolTip(tr("Preview, then run a decide of every stalled workflow"));
    switch (m_statusKind) {
    case Status::None:
        m_status->setText(m_model->rowCount() > 0 ? tr("%1 stalled").arg(m_model->rowCount()) : QString());
        break;
    case Status::Empty:
        m_status->setText(tr("No stalled workflows."));
        break;
    case Status::Deciding:
        m_status->setText(tr("Re-deciding… (%1)").arg(m_lastCount));
        break;
    case Status::Done:
        if (m_lastFailures == 0)
            m_status->setText(tr("Workflows re-decided: %1.").arg(m_lastCount));
        else
            m_status->setText(tr("Workflows re-decided: %1; failed: %2 (%3)")
                                  .arg(m_lastCount - m_lastFailures).arg(m_lastFailures).arg(m_lastError));
        break;
    }
    updateButtons();
}

void StallsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

DecidePreviewDialog *StallsPanel::previewDialog() const
{
    return m_dialog.data();
}

QString StallsPanel::statusText() const
{
    return m_status->text();
}

void StallsPanel::updateButtons()
{
    const bool available = m_source && (m_source->capabilities() & ExecutionSource::Stalls);
    const bool idle = !m_dialog && m_statusKind != Status::Deciding;
    m_redecideButton->setEnabled(available && idle && m_view->selectionModel()->hasSelection());
    m_redecideAllButton->setEnabled(available && idle && m_model->rowCount() > 0);
}

void StallsPanel::refresh()
{
    if (!m_source)
        return;
    QPointer<StallsPanel> self(this);
    m_source->fetchStalls([self](QList<Stall> stalls) {
        if (!self)
            return;
        self->takeSnapshot(stalls);
        if (self->m_statusKind == Status::None || self->m_statusKind == Status::Empty)
            self->m_statusKind = stalls.isEmpty() ? Status::Empty : Status::None;
        self->retranslate();
    });
}

void StallsPanel::takeSnapshot(const QList<Stall> &stalls)
{
    // Rows that go away move the current row; that is not the user choosing another stall, so
    // the selection (and the graph showing the workflow just re-decided) must not follow.
    const bool wasApplying = m_applyingSnapshot;
    m_applyingSnapshot = true;
    m_model->setSnapshot(stalls);
    m_applyingSnapshot = wasApplying;
}

void StallsPanel::onCurrentRowChanged()
{
    if (m_applyingSnapshot)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_selection)
        return;
    const QString workflowId = current.data(StallsModel::WorkflowIdRole).toString();
    const QString reference = current.data(StallsModel::TaskReferenceRole).toString();
    m_selection->selectWorkflow(workflowId);
    if (reference.isEmpty() || !m_source)
        return;
    // The stall names a reference; the selection wants that task's id (its latest attempt).
    const quint64 lookup = ++m_taskLookup;
    QPointer<StallsPanel> self(this);
    m_source->fetchExecution(workflowId, [self, lookup, workflowId, reference](RunSnapshot run) {
        if (!self || lookup != self->m_taskLookup || !run || !self->m_selection
            || self->m_selection->workflowId() != workflowId)
            return;
        const TaskRun *best = nullptr;
        for (const TaskRun &t : run->tasks) {
            if ((t.referenceTaskName == reference || t.baseReference() == reference) && (!best || t.seq > best->seq))
                best = &t;
        }
        if (best)
            self->m_selection->selectTask(workflowId, best->taskId);
    });
}

void StallsPanel::redecideSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(StallsModel::WorkflowIdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    redecide(ids);
}

void StallsPanel::redecideAll()
{
    redecide(m_model->workflowIds());
}

void StallsPanel::redecide(const QStringList &workflowIds)
{
    if (workflowIds.isEmpty() || !m_source || m_dialog)
        return;
    QHash<QString, QString> names;
    for (const Stall &s : m_model->stalls())
        names.insert(s.workflowId, s.workflowName);
    const bool preview = m_source->capabilities() & ExecutionSource::DecidePreview;
    auto *dialog = new DecidePreviewDialog(workflowIds, names, preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, workflowIds] { applyDecides(workflowIds); });
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear(); // it deletes itself later
        updateButtons();
    });
    if (preview) {
        QPointer<DecidePreviewDialog> target(dialog);
        for (const QString &id : workflowIds) {
            m_source->previewDecide(id, [target, id](QStringList lines, QString error) {
                if (target)
                    target->setPreview(id, lines, error);
            });
        }
    }
    dialog->open();
    updateButtons();
}

void StallsPanel::applyDecides(const QStringList &workflowIds)
{
    m_statusKind = Status::Deciding;
    m_lastCount = int(workflowIds.size());
    m_lastFailures = 0;
    m_lastError.clear();
    retranslate();
    struct Progress
    {
        int pending = 0;
        int failures = 0;
        QString firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(workflowIds.size());
    QPointer<StallsPanel> self(this);
    for (const QString &id : workflowIds) {
        WorkflowAction action;
        action.kind = WorkflowAction::Decide;
        m_source->act(id, action, [self, progress, workflowIds, id](const ActionResult &result) {
            if (!result.ok()) {
                ++progress->failures;
                if (progress->firstError.isEmpty())
                    progress->firstError = id + QStringLiteral(": ") + result.message;
            }
            if (--progress->pending > 0 || !self)
                return;
            self->m_statusKind = Status::Done;
            self->m_lastFailures = progress->failures;
            self->m_lastError = progress->firstError;
            self->retranslate();
            // Show the (first) workflow in the graph: the decide's effect is visible there.
            if (self->m_selection)
                self->m_selection->selectWorkflow(workflowIds.first());
            self->refresh();
            emit self->redecideFinished(workflowIds, progress->failures);
        });
    }
}

} // namespace joinery::ui
