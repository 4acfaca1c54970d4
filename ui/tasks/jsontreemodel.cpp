#include "tasks/jsontreemodel.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace joinery::ui {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setSnapshot(const QJsonValue &value)
{
    if (value == m_value && !m_nodes.empty())
        return;
    beginResetModel();
    m_value = value;
    m_nodes.clear();
    m_top.clear();
    if (value.isObject() || value.isArray()) {
        build(-1, value, m_top);
    } else if (!value.isUndefined()) {
        m_nodes.push_back(Node {-1, 0, QString(), value, {}});
        m_top.push_back(0);
    }
    endResetModel();
}

void JsonTreeModel::build(int parent, const QJsonValue &value, std::vector<int> &into)
{
    auto add = [&](const QString &key, const QJsonValue &v) {
        const int id = int(m_nodes.size());
        m_nodes.push_back(Node {parent, int(into.size()), key, v, {}});
        into.push_back(id);
        if (v.isObject() || v.isArray()) {
            std::vector<int> children;
            build(id, v, children);
            m_nodes[size_t(id)].children = std::move(children);
        }
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

const JsonTreeModel::Node *JsonTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto id = size_t(index.internalId());
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= NUM_COLUMNS)
        return {};
    const std::vector<int> &siblings = parent.isValid() ? node(parent)->children : m_top;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(siblings.size()))
        return {};
    return createIndex(row, column, quintptr(siblings[size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    const Node &p = m_nodes[size_t(n->parent)];
    return createIndex(p.row, 0, quintptr(n->parent));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return NUM_COLUMNS;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const QJsonValue &v = n->value;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Key:
            return n->key;
        case Value:
            switch (v.type()) {
            case QJsonValue::Object:
                return tr("{%1 keys}").arg(v.toObject().size());
            case QJsonValue::Array:
                return tr("[%1 items]").arg(v.toArray().size());
            case QJsonValue::String:
                return v.toString();
            case QJsonValue::Double:
                return QString::number(v.toDouble(), 'g', 15);
            case QJsonValue::Bool:
                return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            case QJsonValue::Null:
                return QStringLiteral("null");
            case QJsonValue::Undefined:
                return QString();
            }
            return {};
        case Type:
            switch (v.type()) {
            case QJsonValue::Object:
                return tr("object");
            case QJsonValue::Array:
                return tr("array");
            case QJsonValue::String:
                return tr("string");
            case QJsonValue::Double:
                return tr("number");
            case QJsonValue::Bool:
                return tr("boolean");
            case QJsonValue::Null:
                return tr("null");
            case QJsonValue::Undefined:
                return QString();
            }
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Value && (v.isObject() || v.isArray() || v.isNull()))
            return QColor(Qt::gray);
        if (index.column() == Value && v.isString())
            return QColor(0x1a, 0x6e, 0x2e);
        if (index.column() == Value && (v.isDouble() || v.isBool()))
            return QColor(0x1f, 0x4f, 0xb0);
        return {};
    case JsonValueRole:
        return QVariant::fromValue(v);
    case PathRole:
        return path(int(index.internalId()));
    default:
        return {};
    }
}

QString JsonTreeModel::path(int id) const
{
    QStringList parts;
    for (int i = id; i >= 0; i = m_nodes[size_t(i)].parent) {
        const QString &key = m_nodes[size_t(i)].key;
        parts.prepend(key.startsWith(QLatin1Char('[')) ? key : QLatin1Char('.') + key);
    }
    return QLatin1Char('$') + parts.join(QString());
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Type:
        return tr("Type");
    default:
        return {};
    }
}

void JsonTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, NUM_COLUMNS - 1);
    // Type words and the {n keys} summaries are translated text; nothing collapses.
    if (!m_top.empty())
        emit dataChanged(index(0, 0), index(int(m_top.size()) - 1, NUM_COLUMNS - 1));
    for (size_t id = 0; id < m_nodes.size(); ++id) {
        const Node &n = m_nodes[id];
        if (n.children.empty())
            continue;
        const QModelIndex parent = createIndex(n.row, 0, quintptr(id));
        emit dataChanged(
            index(0, 0, parent), index(int(n.children.size()) - 1, NUM_COLUMNS - 1, parent));
    }
}

} // namespace joinery::ui
