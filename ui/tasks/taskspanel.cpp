#include "tasks/taskspanel.h"

#include "actions/taskactions.h"
#include "common/statusstyle.h"
#include "shell/selection.h"
#include "tasks/taskdetailpanel.h"
#include "tasks/tasksmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace joinery::ui {

TasksPanel::TasksPanel(ExecutionSource *source, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("TasksPanel"));
    m_model = new TasksModel(this);
    m_actions = new TaskActions(source, this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("tasksHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setContentsMargins(4, 2, 4, 2);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tasksView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {45, 190, 110, 100, 65, 50, 170, 140, 140, 140, 80, 80};
    for (int c = 0; c < TasksModel::NUM_COLUMNS; ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);

    m_detail = new TaskDetailPanel(source, m_actions, this);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    topLayout->addWidget(m_heading);
    topLayout->addWidget(m_view, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("tasksSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TasksPanel::onCurrentRowChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int k = 0; k < TaskActions::NUM_KINDS; ++k)
            menu.addAction(m_actions->action(TaskActions::Kind(k)));
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_detail, &TaskDetailPanel::attemptChosen, this, [this](const QString &taskId) {
        if (m_selection && m_model->snapshot())
            m_selection->selectTask(m_model->snapshot()->workflowId, taskId);
    });
    if (m_source)
        connect(m_source, &ExecutionSource::executionsChanged, this, &TasksPanel::onChanges);
    if (m_selection) {
        connect(m_selection, &Selection::workflowSelected, this, &TasksPanel::workflowSelected);
        connect(m_selection, &Selection::taskSelected, this, &TasksPanel::taskSelected);
    }
    retranslate();
}

TasksPanel::~TasksPanel() = default;

void TasksPanel::workflowSelected(const QString &workflowId)
{
    const quint64 generation = ++m_fetchGeneration;
    if (workflowId.isEmpty() || !m_source) {
        applySnapshot(nullptr);
        return;
    }
    if (m_model->snapshot() && m_model->snapshot()->workflowId != workflowId)
        applySnapshot(nullptr); // no stale tasks under the new heading while the fetch runs
    QPointer<TasksPanel> self(this);
    m_source->fetchExecution(workflowId, [self, generation, workflowId](const RunSnapshot &run) {
        if (!self || self->m_fetchGeneration != generation)
            return; // the selection moved on
        const RunSnapshot current = self->m_model->snapshot();
        // A live batch may already have brought something newer.
        if (current && run && current->workflowId == workflowId
            && current->updateTime > run->updateTime)
            return;
        self->applySnapshot(run);
    });
}

void TasksPanel::refresh()
{
    if (m_selection)
        workflowSelected(m_selection->workflowId());
}

void TasksPanel::onChanges(const QList<RunSnapshot> &changed)
{
    if (!m_selection || m_selection->workflowId().isEmpty())
        return;
    for (const RunSnapshot &run : changed) {
        if (run && run->workflowId == m_selection->workflowId()) {
            applySnapshot(run);
            return;
        }
    }
}

void TasksPanel::applySnapshot(const RunSnapshot &run)
{
    m_model->setSnapshot(run);
    const QString taskId = m_selection ? m_selection->taskId() : QString();
    m_detail->setTask(run, taskId);
    m_actions->setTask(run, taskId);
    updateHeading();
    if (!taskId.isEmpty())
        taskSelected(taskId);
}

void TasksPanel::taskSelected(const QString &taskId)
{
    const RunSnapshot run = m_model->snapshot();
    m_detail->setTask(run, taskId);
    m_actions->setTask(run, taskId);
    const int row = m_model->rowOf(taskId);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (row < 0) {
        if (taskId.isEmpty())
            m_view->selectionModel()->clearSelection();
        return;
    }
    if (!current.isValid() || current.row() != row) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void TasksPanel::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const RunSnapshot run = m_model->snapshot();
    if (current.isValid() && run && m_selection)
        m_selection->selectTask(run->workflowId, current.data(TasksModel::TaskIdRole).toString());
}

void TasksPanel::updateHeading()
{
    const RunSnapshot run = m_model->snapshot();
    if (!run) {
        m_heading->setText(tr("<b>Tasks</b> — select a workflow in the executions list"));
        return;
    }
    m_heading->setText(
        tr("<b>Tasks of %1 v%2</b> · %3 · <span style=\"color:%4\">%5</span> · %6 tasks")
            .arg(run->workflowName.toHtmlEscaped())
            .arg(run->workflowVersion)
            .arg(run->workflowId)
            .arg(StatusStyle::color(run->status).name(), StatusStyle::text(run->status))
            .arg(run->tasks.size()));
}

void TasksPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("tasks/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("tasks/splitter"), m_splitter->saveState());
}

void TasksPanel::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("tasks/header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(QStringLiteral("tasks/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void TasksPanel::retranslate()
{
    m_model->retranslate();
    m_actions->retranslate();
    updateHeading();
}

void TasksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace joinery::ui
