#include "tasks/taskdetailpanel.h"

#include "actions/taskactions.h"
#include "common/statusstyle.h"
#include "common/timeformat.h"
#include "tasks/jsontreemodel.h"
#include "tasks/tasksmodel.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace joinery::ui {

namespace {

enum Field {
    TaskId,
    Worker,
    Attempts,
    Polls,
    QueueWait,
    ScheduledAt,
    StartedAt,
    EndedAt,
    Duration,
    SubWorkflow,
    NUM_FIELDS
};

QTreeView *makeJsonView(JsonTreeModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->resizeSection(JsonTreeModel::Key, 160);
    view->header()->resizeSection(JsonTreeModel::Value, 240);
    QObject::connect(
        model, &QAbstractItemModel::modelReset, view, [view] { view->expandToDepth(0); });
    return view;
}

} // namespace

TaskDetailPanel::TaskDetailPanel(ExecutionSource *source, TaskActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
{
    setObjectName(QStringLiteral("TaskDetailPanel"));
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("taskStatus"));
    m_reason = new QLabel(page);
    m_reason->setObjectName(QStringLiteral("taskReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setStyleSheet(QStringLiteral("color: #c62828;"));

    // Two label/value pairs a line: the panel shares its height with the JSON trees.
    m_form = new QGridLayout;
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(2);
    for (int f = 0; f < NUM_FIELDS; ++f) {
        auto *label = new QLabel(page);
        label->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fieldLabels << label;
        m_fieldValues << value;
        const int row = f == TaskId ? 0 : (f + 1) / 2;
        const int column = f == TaskId ? 0 : ((f + 1) % 2) * 2;
        m_form->addWidget(label, row, column);
        m_form->addWidget(value, row, column + 1, 1, f == TaskId ? 3 : 1);
    }
    m_form->setColumnStretch(1, 1);
    m_form->setColumnStretch(3, 1);

    auto *buttons = new QHBoxLayout;
    if (actions) {
        for (int k = 0; k < TaskActions::NUM_KINDS; ++k) {
            auto *b = new QToolButton(page);
            b->setDefaultAction(actions->action(TaskActions::Kind(k)));
            buttons->addWidget(b);
        }
    }
    buttons->addStretch(1);

    m_inputModel = new JsonTreeModel(this);
    m_outputModel = new JsonTreeModel(this);
    m_tabs = new QTabWidget(page);
    m_inputView = makeJsonView(m_inputModel, m_tabs);
    m_outputView = makeJsonView(m_outputModel, m_tabs);
    m_attempts = new QTreeWidget(m_tabs);
    m_attempts->setObjectName(QStringLiteral("attemptsList"));
    m_attempts->setRootIsDecorated(false);
    m_attempts->setColumnCount(5);
    m_logs = new QPlainTextEdit(m_tabs);
    m_logs->setReadOnly(true);
    m_tabs->addTab(m_inputView, QString());
    m_tabs->addTab(m_outputView, QString());
    m_tabs->addTab(m_attempts, QString());
    m_tabs->addTab(m_logs, QString());
    connect(m_attempts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit attemptChosen(item->data(0, Qt::UserRole).toString());
    });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addLayout(m_form);
    layout->addWidget(m_reason);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &TaskDetailPanel::updateFields);
    retranslate();
    setTask(nullptr, QString());
}

TaskDetailPanel::~TaskDetailPanel() = default;

void TaskDetailPanel::setTask(const RunSnapshot &run, const QString &taskId)
{
    m_run = run;
    m_taskId = taskId;
    const TaskRun *t = run && !taskId.isEmpty() ? run->taskById(taskId) : nullptr;
    m_stack->setCurrentIndex(t ? 1 : 0);
    if (!t) {
        m_ticker.stop();
        m_inputModel->setSnapshot(QJsonValue(QJsonValue::Undefined));
        m_outputModel->setSnapshot(QJsonValue(QJsonValue::Undefined));
        m_logs->clear();
        m_logsFor.clear();
        return;
    }
    m_inputModel->setSnapshot(t->inputData);
    m_outputModel->setSnapshot(t->outputData);
    updateFields();
    updateAttempts();
    // Logs arrive with the worker's updates: fetch again when the task's state moved.
    const QString key = t->taskId + QLatin1Char('/') + QString::number(t->updateTime);
    if (key != m_logsFor) {
        m_logsFor = key;
        fetchLogs();
    }
    if (t->isTerminal())
        m_ticker.stop();
    else if (!m_ticker.isActive())
        m_ticker.start();
}

void TaskDetailPanel::updateFields()
{
    const TaskRun *t = m_run ? m_run->taskById(m_taskId) : nullptr;
    if (!t)
        return;
    const Millis now = QDateTime::currentMSecsSinceEpoch();
    m_title->setText(tr("%1 — %2").arg(t->referenceTaskName, t->taskType));
    m_status->setText(StatusStyle::text(t->status));
    m_status->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(StatusStyle::color(t->status).name()));
    m_fieldValues[TaskId]->setText(t->taskId);
    m_fieldValues[Worker]->setText(!t->workerId.isEmpty() ? t->workerId
            : t->isTerminal()                             ? tr("none")
                                                          : tr("none yet"));
    m_fieldValues[Attempts]->setText(QString::number(t->retryCount + 1));
    m_fieldValues[Polls]->setText(QString::number(t->pollCount));
    m_fieldValues[ScheduledAt]->setText(TimeFormat::dateTime(t->scheduledTime));
    m_fieldValues[StartedAt]->setText(TimeFormat::dateTime(t->startTime));
    m_fieldValues[EndedAt]->setText(TimeFormat::dateTime(t->endTime));
    m_fieldValues[QueueWait]->setText(
        t->scheduledTime > 0 ? TimeFormat::duration(TasksModel::queueWait(*t, now)) : QString());
    m_fieldValues[Duration]->setText(TimeFormat::span(
        t->startTime, t->isTerminal() ? std::max(t->endTime, t->startTime) : 0, now));
    m_fieldValues[SubWorkflow]->setText(t->subWorkflowId);
    const bool hasChild = !t->subWorkflowId.isEmpty();
    m_fieldLabels[SubWorkflow]->setVisible(hasChild);
    m_fieldValues[SubWorkflow]->setVisible(hasChild);
    m_reason->setText(t->reasonForIncompletion.isEmpty()
            ? QString()
            : tr("Reason: %1").arg(t->reasonForIncompletion));
    m_reason->setVisible(!t->reasonForIncompletion.isEmpty());
}

void TaskDetailPanel::updateAttempts()
{
    m_attempts->clear();
    const TaskRun *t = m_run ? m_run->taskById(m_taskId) : nullptr;
    if (!t)
        return;
    for (const TaskRun &a : m_run->tasks) {
        if (a.referenceTaskName != t->referenceTaskName)
            continue;
        auto *item = new QTreeWidgetItem(m_attempts);
        item->setText(0, QString::number(a.retryCount + 1));
        item->setText(1, StatusStyle::text(a.status));
        item->setForeground(1, StatusStyle::color(a.status));
        item->setText(2, a.workerId);
        item->setText(3,
            TimeFormat::span(a.startTime, a.isTerminal() ? std::max(a.endTime, a.startTime) : 0,
                QDateTime::currentMSecsSinceEpoch()));
        item->setText(4, a.reasonForIncompletion);
        item->setData(0, Qt::UserRole, a.taskId);
        if (a.taskId == m_taskId) {
            QFont f = item->font(0);
            f.setBold(true);
            for (int c = 0; c < 5; ++c)
                item->setFont(c, f);
        }
    }
}

void TaskDetailPanel::fetchLogs()
{
    m_logs->clear();
    if (!m_source || !(m_source->capabilities() & ExecutionSource::TaskLogs)) {
        m_logs->setPlaceholderText(tr("This server does not provide task logs."));
        return;
    }
    const quint64 generation = ++m_logsGeneration;
    QPointer<TaskDetailPanel> self(this);
    m_source->fetchTaskLogs(m_taskId, [self, generation](const QStringList &lines) {
        if (!self || self->m_logsGeneration != generation)
            return;
        self->m_logs->setPlainText(lines.join(QLatin1Char('\n')));
    });
}

void TaskDetailPanel::retranslate()
{
    m_empty->setText(
        tr("Select a task in the table to see its input, output, timings and attempts."));
    const QStringList labels {tr("Task id:"), tr("Worker:"), tr("Attempts:"), tr("Polls:"),
        tr("Queue wait:"), tr("Scheduled:"), tr("Started:"), tr("Ended:"), tr("Duration:"),
        tr("Sub-workflow:")};
    for (int f = 0; f < NUM_FIELDS; ++f)
        m_fieldLabels[f]->setText(labels.at(f));
    m_tabs->setTabText(0, tr("Input"));
    m_tabs->setTabText(1, tr("Output"));
    m_tabs->setTabText(2, tr("Attempts"));
    m_tabs->setTabText(3, tr("Logs"));
    m_attempts->setHeaderLabels(
        {tr("Attempt"), tr("Status"), tr("Worker"), tr("Duration"), tr("Reason")});
    m_logs->setPlaceholderText(tr("No log lines for this task."));
    m_inputModel->retranslate();
    m_outputModel->retranslate();
    updateFields();
    updateAttempts();
}

void TaskDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace joinery::ui
