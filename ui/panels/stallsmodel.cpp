#include "panels/stallsmodel.h"

#include "common/statusstyle.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace joinery::ui {

StallsModel::StallsModel(QObject *parent) : QAbstractTableModel(parent) { }

QString StallsModel::key(const Stall &s)
{
    return s.workflowId + u'\n' + QString::number(int(s.reason)) + u'\n' + s.taskReference;
}

bool StallsModel::same(const Stall &a, const Stall &b)
{
    return a.workflowId == b.workflowId && a.workflowName == b.workflowName && a.reason == b.reason
        && a.taskReference == b.taskReference && a.queue == b.queue && a.lastPollTime == b.lastPollTime
        && a.since == b.since && a.recommended == b.recommended && a.detail == b.detail;
}

void StallsModel::setSnapshot(const QList<Stall> &snapshot)
{
    // One row per key: a repeated verdict would otherwise make the diff ambiguous.
    QList<Stall> stalls;
    QHash<QString, int> incoming;
    for (const Stall &s : snapshot) {
        const QString k = key(s);
        if (incoming.contains(k))
            continue;
        incoming.insert(k, int(stalls.size()));
        stalls.append(s);
    }

    // Rows that went away, bottom up in contiguous runs.
    for (int row = int(m_stalls.size()) - 1; row >= 0;) {
        if (incoming.contains(key(m_stalls.at(row)))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(key(m_stalls.at(first - 1))))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_stalls.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Rows that stayed: update in place.
    QSet<QString> present;
    for (int row = 0; row < m_stalls.size(); ++row) {
        const QString k = key(m_stalls.at(row));
        present.insert(k);
        const Stall &fresh = stalls.at(incoming.value(k));
        if (!same(fresh, m_stalls.at(row))) {
            m_stalls[row] = fresh;
            emit dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
        }
    }
    // New rows at the end, in the detector's order.
    QList<Stall> added;
    for (const Stall &s : stalls) {
        if (!present.contains(key(s)))
            added.append(s);
    }
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_stalls.size()), int(m_stalls.size() + added.size() - 1));
        m_stalls.append(added);
        endInsertRows();
    }
}

void StallsModel::setNow(Millis now)
{
    m_now = now;
    if (!m_stalls.isEmpty()) {
        emit dataChanged(index(0, SinceColumn), index(int(m_stalls.size()) - 1, SinceColumn));
        emit dataChanged(index(0, ReasonColumn), index(int(m_stalls.size()) - 1, ReasonColumn));
    }
}

QStringList StallsModel::workflowIds() const
{
    QStringList ids;
    for (const Stall &s : m_stalls) {
        if (!ids.contains(s.workflowId))
            ids << s.workflowId;
    }
    return ids;
}

int StallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stalls.size());
}

int StallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant StallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Stall &s = m_stalls.at(index.row());
    switch (role) {
    case WorkflowIdRole:
        return s.workflowId;
    case TaskReferenceRole:
        return s.taskReference;
    case ReasonRole:
        return int(s.reason);
    case RecoveryRole:
        return int(s.recommended);
    case SinceRole:
        return s.since;
    case SortRole:
        if (index.column() == SinceColumn)
            return s.since;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SinceColumn:
            return s.since > 0 ? QDateTime::fromMSecsSinceEpoch(s.since).toString(Qt::ISODateWithMs) : QVariant();
        case ActionColumn:
            return tr("Preview and run a decide of this workflow");
        default:
            return reasonText(s, m_now);
        }
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case WorkflowColumn:
            return s.workflowId;
        case NameColumn:
            return s.workflowName;
        case ReasonColumn:
            return reasonText(s, m_now);
        case SinceColumn:
            if (s.since <= 0)
                return QString();
            return tr("%1 ago").arg(StatusStyle::ago(qMax<Millis>(0, m_now - s.since)));
        case RecoveryColumn:
            return recoveryText(s.recommended);
        case ActionColumn:
            return tr("Re-decide");
        case NUM_COLUMNS:
            break;
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant StallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case WorkflowColumn:
        return tr("Workflow");
    case NameColumn:
        return tr("Name");
    case ReasonColumn:
        return tr("Reason");
    case SinceColumn:
        return tr("Stuck since");
    case RecoveryColumn:
        return tr("Recommended");
    case ActionColumn:
        return tr("Action");
    case NUM_COLUMNS:
        break;
    }
    return QVariant();
}

QString StallsModel::reasonText(const Stall &s, Millis now)
{
    return StatusStyle::stallDescription(s, now); // the words tooltips and the graph use
}

QString StallsModel::recoveryText(Recovery recovery)
{
    return StatusStyle::recovery(recovery); // the words the executions table uses
}

} // namespace joinery::ui
