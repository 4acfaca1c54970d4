#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <vector>

namespace joinery::ui {

// A JSON value as a tree: objects and arrays are expandable rows (keys, or [index] for array
// elements), scalars show their value and type. Used for a task's input and output in the detail
// panel. setSnapshot() with an equal value changes nothing, so live updates do not collapse
// what the user expanded. GUI thread only.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Columns { Key, Value, Type, NUM_COLUMNS };
    enum Roles { JsonValueRole = Qt::UserRole, PathRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The root's members (object) or elements (array) become the top-level rows; a scalar root
    // (null included) is one row; an undefined value shows nothing.
    void setSnapshot(const QJsonValue &value);
    QJsonValue snapshot() const { return m_value; }
    void retranslate();

private:
    struct Node
    {
        int parent = -1; // index into m_nodes; -1 for top-level rows
        int row = 0; // position under its parent
        QString key;
        QJsonValue value;
        std::vector<int> children;
    };
    void build(int parent, const QJsonValue &value, std::vector<int> &into);
    const Node *node(const QModelIndex &index) const;
    QString path(int node) const;

    QJsonValue m_value;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
};

} // namespace joinery::ui
