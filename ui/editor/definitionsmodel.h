#pragma once

#include "definitions/workflowdef.h"

#include <QAbstractTableModel>
#include <QList>

namespace joinery::ui {

// The registered workflow definitions, one row per (name, version), sorted by name and then
// newest version first: what the editor's definitions browser lists. setSnapshot() replaces the
// rows with a new fetch (a model reset: the list is short and fetched on demand).
class DefinitionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionsModel)

public:
    enum Columns { NameColumn, VersionColumn, TasksColumn, DescriptionColumn, NUM_COLUMNS };
    enum Roles { NameRole = Qt::UserRole, VersionRole };

    explicit DefinitionsModel(QObject *parent = nullptr);
    ~DefinitionsModel() override;

    void setSnapshot(QList<WorkflowDefPtr> definitions);
    WorkflowDefPtr definition(int row) const;
    // Row of (name, version), -1 if absent; the highest stored version of a name, 0 if none.
    int rowOf(const QString &name, int version) const;
    int latestVersion(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkflowDefPtr> m_definitions;
};

} // namespace joinery::ui
