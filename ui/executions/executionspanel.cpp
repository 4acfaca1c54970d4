#include "executions/executionspanel.h"

#include "actions/workflowactions.h"
#include "executions/executionfilterbar.h"
#include "executions/executionsmodel.h"
#include "shell/selection.h"
#include "source/executionsource.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace joinery::ui {

ExecutionsPanel::ExecutionsPanel(
    ExecutionSource *source, Selection *selection, WorkflowActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("ExecutionsPanel"));
    m_model = new ExecutionsModel(source, this);
    m_filters = new ExecutionFilterBar(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("executionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform, fixed row heights: the view never measures rows, so 100,000 of them scroll as
    // smoothly as 100.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->hide();
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(true);
    columns->setSortIndicator(ExecutionsModel::Start, Qt::DescendingOrder);
    columns->setSortIndicatorShown(true);
    columns->setSectionsClickable(true);
    const int widths[] = {190, 250, 95, 140, 140, 85, 200, 220};
    for (int c = 0; c < ExecutionsModel::NUM_COLUMNS; ++c)
        columns->resizeSection(c, widths[c]);
    connect(
        columns, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
            if (ExecutionsModel::sortFieldFor(column).isEmpty()) {
                // Only the columns the store can sort by; keep showing the order in effect.
                const ExecutionQuery q = m_model->query();
                for (int c = 0; c < ExecutionsModel::NUM_COLUMNS; ++c) {
                    if (ExecutionsModel::sortFieldFor(c) == q.sortField) {
                        const QSignalBlocker block(m_view->horizontalHeader());
                        m_view->horizontalHeader()->setSortIndicator(
                            c, q.ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
                    }
                }
                return;
            }
            m_model->sort(column, order);
        });

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("executionsToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));
    if (actions) {
        m_toolbar->addAction(actions->action(WorkflowActions::Start));
        m_toolbar->addSeparator();
        for (auto k : {WorkflowActions::Pause, WorkflowActions::Resume, WorkflowActions::Terminate,
                 WorkflowActions::Restart, WorkflowActions::Retry, WorkflowActions::Rerun,
                 WorkflowActions::Redecide})
            m_toolbar->addAction(actions->action(k));
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("executionsCount"));
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_toolbar->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filters);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);

    connect(m_filters, &ExecutionFilterBar::changed, this, &ExecutionsPanel::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ExecutionsPanel::onCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ExecutionsPanel::selectionChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
        &ExecutionsPanel::updateVisibleRows);
    connect(m_model, &ExecutionsModel::totalChanged, this, &ExecutionsPanel::updateCount);
    connect(m_model, &ExecutionsModel::rowsInserted, this, [this] {
        updateCount();
        selectFirstOnce();
    });
    connect(m_model, &ExecutionsModel::modelReset, this, [this] {
        updateCount();
        updateVisibleRows();
        if (m_selection)
            showSelected(m_selection->workflowId());
        selectFirstOnce();
    });
    connect(m_model, &ExecutionsModel::loadingChanged, this, &ExecutionsPanel::updateCount);
    if (m_selection)
        connect(m_selection, &Selection::workflowSelected, this, &ExecutionsPanel::showSelected);
    if (actions) {
        connect(
            m_view, &QWidget::customContextMenuRequested, this, [this, actions](const QPoint &pos) {
                QMenu menu(this);
                for (auto k : {WorkflowActions::Pause, WorkflowActions::Resume,
                         WorkflowActions::Terminate, WorkflowActions::Restart,
                         WorkflowActions::Retry, WorkflowActions::Rerun, WorkflowActions::Redecide})
                    menu.addAction(actions->action(k));
                menu.exec(m_view->viewport()->mapToGlobal(pos));
            });
    }
    if (m_source) {
        QPointer<ExecutionsPanel> self(this);
        m_source->fetchDefinitions([self](const QList<WorkflowDefPtr> &definitions) {
            if (!self)
                return;
            QStringList names;
            for (const WorkflowDefPtr &d : definitions) {
                if (!names.contains(d->name))
                    names << d->name;
            }
            self->m_filters->setWorkflowNames(names);
        });
    }
    retranslate();
    applyFilters();
}

ExecutionsPanel::~ExecutionsPanel() = default;

QStringList ExecutionsPanel::selectedWorkflowIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(ExecutionsModel::WorkflowIdRole).toString();
    return ids;
}

void ExecutionsPanel::applyFilters()
{
    ExecutionQuery q = m_filters->query(QDateTime::currentMSecsSinceEpoch());
    const ExecutionQuery current = m_model->query();
    q.sortField = current.sortField;
    q.ascending = current.ascending;
    m_model->setQuery(q);
}

void ExecutionsPanel::refresh()
{
    applyFilters();
}

void ExecutionsPanel::focusSearch()
{
    m_filters->focusText();
}

void ExecutionsPanel::selectFirstOnce()
{
    // The first execution to appear is shown right away, so the window never opens on empty
    // panels; after that, only the user chooses.
    if (m_autoSelected || !m_selection || !m_selection->workflowId().isEmpty()
        || m_model->rowCount() == 0)
        return;
    m_autoSelected = true;
    m_view->selectRow(0);
}

void ExecutionsPanel::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_selection)
        m_selection->selectWorkflow(current.data(ExecutionsModel::WorkflowIdRole).toString());
}

void ExecutionsPanel::showSelected(const QString &workflowId)
{
    const int row = m_model->rowOf(workflowId);
    if (row < 0)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && current.row() == row)
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void ExecutionsPanel::updateVisibleRows()
{
    const int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0) {
        m_model->setVisibleRows(-1, -1);
        return;
    }
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->setVisibleRows(first, last);
}

void ExecutionsPanel::updateCount()
{
    const qint64 total = m_model->totalCount();
    const int loaded = m_model->rowCount();
    QString text = loaded < total ? tr("%1 of %2 loaded").arg(loaded).arg(total)
                                  : tr("%1 executions").arg(total);
    if (m_model->isLoading())
        text = tr("%1 (loading…)").arg(text);
    m_count->setText(text);
    updateVisibleRows();
}

void ExecutionsPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("executions/header"), m_view->horizontalHeader()->saveState());
}

void ExecutionsPanel::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("executions/header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    // The restored sort indicator is what the user last chose: query with it.
    const QHeaderView *h = m_view->horizontalHeader();
    if (!ExecutionsModel::sortFieldFor(h->sortIndicatorSection()).isEmpty())
        m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

void ExecutionsPanel::retranslate()
{
    m_toolbar->setWindowTitle(tr("Bulk actions"));
    m_model->retranslate();
    updateCount();
}

void ExecutionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace joinery::ui
