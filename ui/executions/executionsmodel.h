#pragma once

#include "source/executionsource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace joinery::ui {

// The executions table: one row per workflow matching a query, loaded a page at a time as the
// view scrolls (canFetchMore/fetchMore), so 100,000 executions cost only what has been seen.
// Live batches from the source patch loaded rows in place and add new executions that match
// the query where the sort order puts them; when more than half of the visible rows changed in
// one batch, one range-wide dataChanged replaces the per-row signals (as qBittorrent's transfer
// list does). The duration of running workflows ticks once a second; the stall reason comes from
// the source's stall list.
//
// Requests are version-stamped: a page that arrives after the query changed is dropped.
// GUI thread only.
class ExecutionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionsModel)

public:
    enum Columns {
        Name,
        Id,
        Status,
        Start,
        Update,
        Duration,
        RunningTasks,
        StallReason,
        NUM_COLUMNS
    };
    enum Roles { WorkflowIdRole = Qt::UserRole, StatusRole, StartTimeRole, IsRunningRole };

    static constexpr int kPageSize = 500;

    // `source` may be null (tests drive the model through setSnapshot and applyChanges).
    explicit ExecutionsModel(ExecutionSource *source, QObject *parent = nullptr);
    ~ExecutionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Replaces the query (its offset and limit are ignored) and loads the first page.
    void setQuery(const ExecutionQuery &query);
    ExecutionQuery query() const { return m_query; }
    void refresh();

    // Replaces every row with a first page, as a query answer would.
    void setSnapshot(const ExecutionPage &firstPage);
    // Applies a live batch from the source.
    void applyChanges(const QList<RunSnapshot> &changed);
    void removeExecutions(const QStringList &workflowIds);
    void setStalls(const QList<Stall> &stalls);
    // The rows the view shows now; used to decide between per-row and range-wide updates.
    void setVisibleRows(int first, int last);
    // Headers and status words after a language change.
    void retranslate();

    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_pending; }
    QString workflowIdAt(int row) const;
    int rowOf(const QString &workflowId) const;
    const ExecutionSummary *summaryAt(int row) const;

    // Whether a summary matches the query's filters (status, name, correlation id, text, time).
    static bool matches(const ExecutionQuery &query, const ExecutionSummary &summary);
    static QString sortFieldFor(int column); // empty: the column cannot be sorted by the source

signals:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void queryFailed(const QString &message);

private:
    void requestPage(int offset);
    void appendPage(const ExecutionPage &page);
    void insertLive(const QList<ExecutionSummary> &fresh);
    bool lessThan(const ExecutionSummary &a, const ExecutionSummary &b) const;
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn);
    void rebuildIndex();
    void tick();

    ExecutionSource *m_source;
    ExecutionQuery m_query;
    QList<ExecutionSummary> m_rows;
    QHash<QString, int> m_index; // workflowId -> row
    QHash<QString, Stall> m_stalls;
    qint64 m_total = 0; // shown as the count: the store's total plus executions added live
    qint64 m_storeTotal = 0; // the store's count at the last page
    qint64 m_nextOffset = 0; // the store offset of the next page
    quint64 m_generation = 0; // bumped by every new query; older answers are dropped
    bool m_pending = false;
    int m_visibleFirst = -1, m_visibleLast = -1;
    QTimer m_ticker;
};

} // namespace joinery::ui
