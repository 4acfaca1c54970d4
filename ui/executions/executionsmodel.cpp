#include "executions/executionsmodel.h"

#include "common/statusstyle.h"
#include "common/timeformat.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>

namespace joinery::ui {

namespace {

Millis nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isLive(WorkflowStatus status)
{
    return status == WorkflowStatus::Running || status == WorkflowStatus::Paused;
}

} // namespace

ExecutionsModel::ExecutionsModel(ExecutionSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ExecutionsModel::tick);
    m_ticker.start();
    if (m_source) {
        connect(
            m_source, &ExecutionSource::executionsChanged, this, &ExecutionsModel::applyChanges);
        connect(m_source, &ExecutionSource::executionsRemoved, this,
            &ExecutionsModel::removeExecutions);
        connect(m_source, &ExecutionSource::stallsChanged, this, &ExecutionsModel::setStalls);
    }
}

ExecutionsModel::~ExecutionsModel() = default;

int ExecutionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExecutionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant ExecutionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExecutionSummary &s = m_rows.at(index.row());
    const auto stall = m_stalls.constFind(s.workflowId);
    switch (role) {
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case Name:
            return tr("%1 v%2").arg(s.name).arg(s.version);
        case Id:
            return s.workflowId;
        case Status:
            return StatusStyle::text(s.status);
        case Start:
            return TimeFormat::dateTime(s.startTime);
        case Update:
            return TimeFormat::dateTime(s.updateTime);
        case Duration:
            return TimeFormat::span(
                s.startTime, isLive(s.status) ? 0 : std::max(s.endTime, s.updateTime), nowMs());
        case RunningTasks:
            return s.runningTasks.join(QLatin1String(", "));
        case StallReason:
            return stall == m_stalls.cend() ? QString() : StatusStyle::stallReason(stall->reason);
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StallReason && stall != m_stalls.cend())
            return tr("%1\nSuggested recovery: %2")
                .arg(StatusStyle::stallDescription(*stall, nowMs()),
                    StatusStyle::recovery(stall->recommended));
        if (index.column() == Status && !s.reasonForIncompletion.isEmpty())
            return s.reasonForIncompletion;
        if (index.column() == RunningTasks && !s.runningTasks.isEmpty())
            return s.runningTasks.join(QLatin1Char('\n'));
        if (index.column() == Name && !s.correlationId.isEmpty())
            return tr("Correlation id: %1").arg(s.correlationId);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return StatusStyle::color(s.status);
        if (index.column() == StallReason)
            return QColor(0xb4, 0x3c, 0x00);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusStyle::color(s.status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case WorkflowIdRole:
        return s.workflowId;
    case StatusRole:
        return int(s.status);
    case StartTimeRole:
        return s.startTime;
    case IsRunningRole:
        return s.status == WorkflowStatus::Running;
    default:
        return {};
    }
}

QVariant ExecutionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case Name:
        return tr("Workflow");
    case Id:
        return tr("Id");
    case Status:
        return tr("Status");
    case Start:
        return tr("Started at");
    case Update:
        return tr("Updated at");
    case Duration:
        return tr("Duration");
    case RunningTasks:
        return tr("Running tasks");
    case StallReason:
        return tr("Stall reason");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QString ExecutionsModel::sortFieldFor(int column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Id:
        return QStringLiteral("workflowId");
    case Status:
        return QStringLiteral("status");
    case Start:
        return QStringLiteral("startTime");
    case Update:
        return QStringLiteral("updateTime");
    default:
        return QString();
    }
}

void ExecutionsModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldFor(column);
    if (field.isEmpty())
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (field == m_query.sortField && ascending == m_query.ascending)
        return;
    ExecutionQuery q = m_query;
    q.sortField = field;
    q.ascending = ascending;
    setQuery(q);
}

void ExecutionsModel::setQuery(const ExecutionQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = kPageSize;
    refresh();
}

void ExecutionsModel::refresh()
{
    ++m_generation;
    m_pending = false; // the answer to any earlier request is dropped
    m_nextOffset = 0;
    requestPage(0);
}

bool ExecutionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_nextOffset < m_storeTotal;
}

void ExecutionsModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && !m_pending && canFetchMore(parent))
        requestPage(int(m_nextOffset));
}

void ExecutionsModel::requestPage(int offset)
{
    if (!m_source)
        return;
    m_pending = true;
    emit loadingChanged(true);
    ExecutionQuery q = m_query;
    q.offset = offset;
    q.limit = kPageSize;
    const quint64 generation = m_generation;
    QPointer<ExecutionsModel> self(this);
    m_source->queryExecutions(q, [self, generation, offset](const ExecutionPage &page) {
        if (!self || self->m_generation != generation)
            return; // a newer query replaced this one
        self->m_pending = false;
        if (offset == 0)
            self->setSnapshot(page);
        else
            self->appendPage(page);
        emit self->loadingChanged(false);
    });
}

void ExecutionsModel::setSnapshot(const ExecutionPage &firstPage)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    for (const ExecutionSummary &s : firstPage.rows) {
        if (!m_index.contains(s.workflowId)) {
            m_index.insert(s.workflowId, int(m_rows.size()));
            m_rows.append(s);
        }
    }
    m_nextOffset = firstPage.rows.size();
    m_storeTotal = firstPage.total;
    m_total = std::max<qint64>(firstPage.total, m_rows.size());
    endResetModel();
    emit totalChanged(m_total);
}

void ExecutionsModel::appendPage(const ExecutionPage &page)
{
    // Executions started since the first page shift the store's offsets: what comes back twice
    // is skipped, nothing is missed.
    QList<ExecutionSummary> fresh;
    for (const ExecutionSummary &s : page.rows) {
        if (!m_index.contains(s.workflowId))
            fresh.append(s);
    }
    m_nextOffset += page.rows.size();
    m_storeTotal = page.rows.isEmpty() ? m_nextOffset : page.total;
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const ExecutionSummary &s : std::as_const(fresh)) {
            m_index.insert(s.workflowId, int(m_rows.size()));
            m_rows.append(s);
        }
        endInsertRows();
    }
    m_total = std::max<qint64>(page.total, m_rows.size());
    emit totalChanged(m_total);
}

bool ExecutionsModel::lessThan(const ExecutionSummary &a, const ExecutionSummary &b) const
{
    const QString &field = m_query.sortField;
    int c = 0;
    if (field == QLatin1String("name"))
        c = a.name.compare(b.name);
    else if (field == QLatin1String("status"))
        c = workflowStatusName(a.status).compare(workflowStatusName(b.status));
    else if (field == QLatin1String("updateTime"))
        c = a.updateTime < b.updateTime ? -1 : (a.updateTime > b.updateTime ? 1 : 0);
    else if (field != QLatin1String("workflowId"))
        c = a.startTime < b.startTime ? -1 : (a.startTime > b.startTime ? 1 : 0);
    if (c == 0)
        c = a.workflowId.compare(b.workflowId);
    return m_query.ascending ? c < 0 : c > 0;
}

void ExecutionsModel::applyChanges(const QList<RunSnapshot> &changed)
{
    QList<int> rows;
    QList<ExecutionSummary> fresh;
    for (const RunSnapshot &run : changed) {
        if (!run)
            continue;
        ExecutionSummary s = summarize(*run);
        const int row = m_index.value(s.workflowId, -1);
        if (row >= 0) {
            m_rows[row] = std::move(s);
            rows.append(row);
        } else if (matches(m_query, s)) {
            fresh.append(std::move(s));
        }
    }
    emitRowsChanged(rows, 0, NUM_COLUMNS - 1);
    if (!fresh.isEmpty())
        insertLive(fresh);
}

void ExecutionsModel::insertLive(const QList<ExecutionSummary> &fresh)
{
    bool inserted = false;
    for (const ExecutionSummary &s : fresh) {
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), s,
            [this](
                const ExecutionSummary &a, const ExecutionSummary &b) { return lessThan(a, b); });
        const int row = int(at - m_rows.cbegin());
        // Past the last loaded row while the store has more: it arrives with a later page.
        if (row == m_rows.size() && canFetchMore({}))
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, s);
        endInsertRows();
        ++m_total;
        inserted = true;
    }
    if (inserted) {
        rebuildIndex();
        emit totalChanged(m_total);
    }
}

void ExecutionsModel::removeExecutions(const QStringList &workflowIds)
{
    QList<int> rows;
    for (const QString &id : workflowIds) {
        if (const int row = m_index.value(id, -1); row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_total = std::max<qint64>(0, m_total - 1);
    }
    rebuildIndex();
    emit totalChanged(m_total);
}

void ExecutionsModel::setStalls(const QList<Stall> &stalls)
{
    QHash<QString, Stall> next;
    for (const Stall &s : stalls)
        next.insert(s.workflowId, s);
    QList<int> rows;
    auto touch = [&](const QString &id) {
        if (const int row = m_index.value(id, -1); row >= 0)
            rows.append(row);
    };
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        const auto old = m_stalls.constFind(it.key());
        if (old == m_stalls.cend() || old->reason != it->reason
            || old->taskReference != it->taskReference)
            touch(it.key());
    }
    for (auto it = m_stalls.cbegin(); it != m_stalls.cend(); ++it) {
        if (!next.contains(it.key()))
            touch(it.key());
    }
    m_stalls = std::move(next);
    emitRowsChanged(rows, StallReason, StallReason);
}

void ExecutionsModel::setVisibleRows(int first, int last)
{
    m_visibleFirst = first;
    m_visibleLast = last;
}

void ExecutionsModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    const int count = int(m_rows.size());
    int visible = count;
    qsizetype changedVisible = rows.size();
    if (m_visibleFirst >= 0 && m_visibleLast >= m_visibleFirst) {
        visible = m_visibleLast - m_visibleFirst + 1;
        changedVisible = std::count_if(rows.cbegin(), rows.cend(),
            [&](int r) { return r >= m_visibleFirst && r <= m_visibleLast; });
    }
    if (changedVisible * 2 > visible || rows.size() * 2 > count) {
        emit dataChanged(index(0, firstColumn), index(count - 1, lastColumn));
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int start = rows.first(), end = start;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == end + 1) {
            end = rows.at(i);
            continue;
        }
        emit dataChanged(index(start, firstColumn), index(end, lastColumn));
        if (i < rows.size())
            start = end = rows.at(i);
    }
}

void ExecutionsModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).workflowId, i);
}

void ExecutionsModel::tick()
{
    if (m_rows.isEmpty())
        return;
    int first = 0, last = int(m_rows.size()) - 1;
    if (m_visibleFirst >= 0 && m_visibleLast >= m_visibleFirst) {
        first = std::min(m_visibleFirst, last);
        last = std::min(m_visibleLast, last);
    }
    for (int r = first; r <= last; ++r) {
        if (isLive(m_rows.at(r).status)) {
            emit dataChanged(index(first, Duration), index(last, Duration), {Qt::DisplayRole});
            return;
        }
    }
}

void ExecutionsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, NUM_COLUMNS - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, NUM_COLUMNS - 1));
}

QString ExecutionsModel::workflowIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).workflowId : QString();
}

int ExecutionsModel::rowOf(const QString &workflowId) const
{
    return m_index.value(workflowId, -1);
}

const ExecutionSummary *ExecutionsModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool ExecutionsModel::matches(const ExecutionQuery &query, const ExecutionSummary &s)
{
    if (!query.statuses.isEmpty() && !query.statuses.contains(workflowStatusName(s.status)))
        return false;
    if (!query.name.isEmpty() && query.name != s.name)
        return false;
    if (!query.correlationId.isEmpty() && query.correlationId != s.correlationId)
        return false;
    if (query.startedAfter > 0 && s.startTime < query.startedAfter)
        return false;
    if (query.startedBefore > 0 && s.startTime > query.startedBefore)
        return false;
    if (!query.freeText.isEmpty() && query.freeText != QLatin1String("*")) {
        const QString &t = query.freeText;
        return s.workflowId.contains(t, Qt::CaseInsensitive)
            || s.name.contains(t, Qt::CaseInsensitive)
            || s.correlationId.contains(t, Qt::CaseInsensitive)
            || s.reasonForIncompletion.contains(t, Qt::CaseInsensitive);
    }
    return true;
}

} // namespace joinery::ui
