#include "tasks/tasksmodel.h"

#include "common/statusstyle.h"
#include "common/timeformat.h"

#include <QDateTime>

namespace joinery::ui {

namespace {

// What makes a row look different; tasks are immutable values inside a snapshot, so comparing
// these is enough to know whether a row changed.
bool sameRow(const TaskRun &a, const TaskRun &b)
{
    return a.status == b.status && a.updateTime == b.updateTime && a.pollCount == b.pollCount
        && a.retryCount == b.retryCount && a.workerId == b.workerId && a.startTime == b.startTime
        && a.endTime == b.endTime && a.referenceTaskName == b.referenceTaskName;
}

} // namespace

TasksModel::TasksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &TasksModel::tick);
    m_ticker.start();
}

TasksModel::~TasksModel() = default;

int TasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_run->tasks.size());
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

Millis TasksModel::queueWait(const TaskRun &t, Millis now)
{
    if (t.scheduledTime <= 0)
        return 0;
    if (t.startTime > 0)
        return std::max<Millis>(0, t.startTime - t.scheduledTime);
    if (t.isTerminal())
        return 0;
    return std::max<Millis>(0, now - t.scheduledTime);
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRun &t = m_run->tasks.at(index.row());
    const Millis now = QDateTime::currentMSecsSinceEpoch();
    switch (role) {
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case Seq:
            return t.seq;
        case Reference:
            return t.referenceTaskName;
        case Type:
            return t.taskType;
        case Status:
            return StatusStyle::text(t.status);
        case Attempts:
            return t.retryCount + 1;
        case PollCount:
            return t.pollCount;
        case Worker:
            return t.workerId;
        case Scheduled:
            return TimeFormat::dateTime(t.scheduledTime);
        case Started:
            return TimeFormat::dateTime(t.startTime);
        case Ended:
            return TimeFormat::dateTime(t.endTime);
        case QueueWait:
            return t.scheduledTime > 0 && (t.startTime > 0 || !t.isTerminal())
                ? TimeFormat::duration(queueWait(t, now))
                : QString();
        case Duration:
            return TimeFormat::span(
                t.startTime, t.isTerminal() ? std::max(t.endTime, t.startTime) : 0, now);
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return StatusStyle::color(t.status);
        if (t.retried)
            return QColor(Qt::gray); // an attempt that was retried: history, not the current state
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusStyle::color(t.status);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && !t.reasonForIncompletion.isEmpty())
            return t.reasonForIncompletion;
        if (index.column() == Reference)
            return t.taskId;
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Seq:
        case Attempts:
        case PollCount:
        case QueueWait:
        case Duration:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case TaskIdRole:
        return t.taskId;
    case StatusRole:
        return int(t.status);
    case ReferenceRole:
        return t.referenceTaskName;
    default:
        return {};
    }
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case Seq:
        return tr("Seq");
    case Reference:
        return tr("Reference");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case PollCount:
        return tr("Polls");
    case Worker:
        return tr("Worker");
    case Scheduled:
        return tr("Scheduled at");
    case Started:
        return tr("Started at");
    case Ended:
        return tr("Ended at");
    case QueueWait:
        return tr("Queue wait");
    case Duration:
        return tr("Duration");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

void TasksModel::setSnapshot(const RunSnapshot &run)
{
    const RunSnapshot old = m_run;
    bool extends = old && run && old->workflowId == run->workflowId
        && run->tasks.size() >= old->tasks.size();
    for (qsizetype i = 0; extends && i < old->tasks.size(); ++i)
        extends = old->tasks.at(i).taskId == run->tasks.at(i).taskId;
    if (!extends) {
        beginResetModel();
        m_run = run;
        endResetModel();
        return;
    }
    const int oldCount = int(old->tasks.size());
    const int newCount = int(run->tasks.size());
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_run = run;
        endInsertRows();
    } else {
        m_run = run;
    }
    int first = -1, last = -1;
    for (int i = 0; i < oldCount; ++i) {
        if (sameRow(old->tasks.at(i), run->tasks.at(i)))
            continue;
        if (first >= 0 && i != last + 1) {
            emit dataChanged(index(first, 0), index(last, NUM_COLUMNS - 1));
            first = -1;
        }
        if (first < 0)
            first = i;
        last = i;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, NUM_COLUMNS - 1));
}

int TasksModel::rowOf(const QString &taskId) const
{
    return m_run ? int(m_run->indexOfTask(taskId)) : -1;
}

const TaskRun *TasksModel::taskAt(int row) const
{
    return m_run && row >= 0 && row < m_run->tasks.size() ? &m_run->tasks.at(row) : nullptr;
}

void TasksModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, NUM_COLUMNS - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1));
}

void TasksModel::tick()
{
    if (!m_run)
        return;
    int first = -1, last = -1;
    for (int i = 0; i < m_run->tasks.size(); ++i) {
        if (!m_run->tasks.at(i).isTerminal()) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, QueueWait), index(last, Duration), {Qt::DisplayRole});
}

} // namespace joinery::ui
