#include "editor/definitionsmodel.h"

#include <algorithm>

namespace joinery::ui {

DefinitionsModel::DefinitionsModel(QObject *parent) : QAbstractTableModel(parent) { }

DefinitionsModel::~DefinitionsModel() = default;

void DefinitionsModel::setSnapshot(QList<WorkflowDefPtr> definitions)
{
    definitions.removeAll(nullptr);
    std::sort(definitions.begin(), definitions.end(), [](const WorkflowDefPtr &a, const WorkflowDefPtr &b) {
        if (a->name != b->name)
            return a->name < b->name;
        return a->version > b->version;
    });
    beginResetModel();
    m_definitions = std::move(definitions);
    endResetModel();
}

WorkflowDefPtr DefinitionsModel::definition(int row) const
{
    return row >= 0 && row < m_definitions.size() ? m_definitions.at(row) : nullptr;
}

int DefinitionsModel::rowOf(const QString &name, int version) const
{
    for (int row = 0; row < m_definitions.size(); ++row) {
        if (m_definitions.at(row)->name == name && m_definitions.at(row)->version == version)
            return row;
    }
    return -1;
}

int DefinitionsModel::latestVersion(const QString &name) const
{
    int latest = 0;
    for (const WorkflowDefPtr &def : m_definitions) {
        if (def->name == name)
            latest = std::max(latest, def->version);
    }
    return latest;
}

int DefinitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int DefinitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DefinitionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkflowDef &def = *m_definitions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return def.name;
        case VersionColumn:
            return def.version;
        case TasksColumn:
            return int(def.allTasks().size());
        case DescriptionColumn:
            return def.description;
        }
        break;
    case Qt::ToolTipRole:
        return def.description.isEmpty() ? QVariant() : QVariant(def.description);
    case NameRole:
        return def.name;
    case VersionRole:
        return def.version;
    }
    return {};
}

QVariant DefinitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case TasksColumn:
        return tr("Tasks");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

} // namespace joinery::ui
