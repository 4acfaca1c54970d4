#pragma once

#include "runtime/stall.h"

#include <QAbstractTableModel>
#include <QList>

namespace joinery::ui {

// The stall detector's verdicts as a table (issue 6, "Stalled workflows"): workflow, name, the
// reason in words (translated, built from the Stall's fields rather than its English `detail`),
// how long since the workflow last moved, the recommended recovery, and a "Re-decide" cell the
// panel draws as a button. setSnapshot() diffs by (workflow, reason, task), so rows that stay
// keep their place and the view its selection; setNow() only refreshes the "since" column.
// GUI thread only.
class StallsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallsModel)

public:
    enum Columns { WorkflowColumn, NameColumn, ReasonColumn, SinceColumn, RecoveryColumn, ActionColumn, NUM_COLUMNS };
    enum Roles {
        WorkflowIdRole = Qt::UserRole, // QString
        TaskReferenceRole,             // QString, may be empty
        ReasonRole,                    // int (StallReason)
        RecoveryRole,                  // int (Recovery)
        SinceRole,                     // qint64 ms since the epoch
        SortRole,                      // what the columns sort by
    };

    explicit StallsModel(QObject *parent = nullptr);

    void setSnapshot(const QList<Stall> &stalls);
    // The reference time for "since"; refreshes that column only.
    void setNow(Millis now);
    Millis now() const { return m_now; }

    const QList<Stall> &stalls() const { return m_stalls; }
    const Stall &stall(int row) const { return m_stalls.at(row); }
    QStringList workflowIds() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated texts, also for other panels (the status bar, the executions table).
    static QString reasonText(const Stall &stall, Millis now);
    static QString recoveryText(Recovery recovery);

private:
    static QString key(const Stall &s);
    static bool same(const Stall &a, const Stall &b);

    QList<Stall> m_stalls;
    Millis m_now = 0;
};

} // namespace joinery::ui
