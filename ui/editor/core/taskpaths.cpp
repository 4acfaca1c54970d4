#include "editor/core/taskpaths.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace joinery::ui {

namespace {

bool isIndex(const QVariant &key)
{
    return key.typeId() == QMetaType::Int;
}

QJsonValue setIn(const QJsonValue &node, const JsonPath &path, int depth, const QJsonValue &value)
{
    if (depth == path.size())
        return value;
    const QVariant &key = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (isIndex(key)) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (last && value.isUndefined()) {
            if (index < array.size())
                array.removeAt(index);
        } else if (index >= array.size()) {
            array.append(setIn(QJsonValue(), path, depth + 1, value));
        } else {
            array[index] = setIn(array.at(index), path, depth + 1, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    const QString name = key.toString();
    if (last && value.isUndefined())
        object.remove(name);
    else
        object.insert(name, setIn(object.value(name), path, depth + 1, value));
    return object;
}

void walkList(const QJsonObject &def, const JsonPath &listPath,
    const std::function<void(const JsonPath &, const QJsonArray &)> &visit)
{
    const QJsonArray list = TaskPaths::valueAt(def, listPath).toArray();
    visit(listPath, list);
    for (int i = 0; i < list.size(); ++i) {
        const JsonPath taskPath = listPath + JsonPath {i};
        for (const JsonPath &child : TaskPaths::childLists(list.at(i).toObject(), taskPath))
            walkList(def, child, visit);
    }
}

void collectRefs(const QJsonObject &task, QStringList *out)
{
    out->append(TaskPaths::refOf(task));
    for (const JsonPath &child : TaskPaths::childLists(task, {}))
        for (const QJsonValue &t : TaskPaths::valueAt(task, child).toArray())
            collectRefs(t.toObject(), out);
}

} // namespace

QJsonValue TaskPaths::valueAt(const QJsonValue &root, const JsonPath &path)
{
    QJsonValue node = root;
    for (const QVariant &key : path) {
        if (isIndex(key)) {
            const QJsonArray array = node.toArray();
            const int index = key.toInt();
            if (index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(index);
        } else {
            node = node.toObject().value(key.toString());
        }
    }
    return node;
}

void TaskPaths::setValueAt(QJsonObject &root, const JsonPath &path, const QJsonValue &value)
{
    root = setIn(root, path, 0, value).toObject();
}

QString TaskPaths::typeOf(const QJsonObject &task)
{
    const QString type = task.value(QLatin1String("type")).toString();
    return type.isEmpty() ? QStringLiteral("SIMPLE") : type;
}

QList<JsonPath> TaskPaths::childLists(const QJsonObject &task, const JsonPath &taskPath)
{
    QList<JsonPath> lists;
    const QString type = typeOf(task);
    if (type == QLatin1String("FORK_JOIN")) {
        const QJsonArray branches = task.value(QLatin1String("forkTasks")).toArray();
        for (int b = 0; b < branches.size(); ++b)
            lists << taskPath + JsonPath {QStringLiteral("forkTasks"), b};
    } else if (type == QLatin1String("SWITCH") || type == QLatin1String("DECISION")) {
        const QJsonObject cases = task.value(QLatin1String("decisionCases")).toObject();
        for (auto it = cases.begin(); it != cases.end(); ++it)
            lists << taskPath + JsonPath {QStringLiteral("decisionCases"), it.key()};
        if (task.contains(QLatin1String("defaultCase")))
            lists << taskPath + JsonPath {QStringLiteral("defaultCase")};
    } else if (type == QLatin1String("DO_WHILE")) {
        lists << taskPath + JsonPath {QStringLiteral("loopOver")};
    }
    return lists;
}

void TaskPaths::forEachList(const QJsonObject &def, const std::function<void(const JsonPath &, const QJsonArray &)> &visit)
{
    walkList(def, {QStringLiteral("tasks")}, visit);
}

std::optional<TaskSlot> TaskPaths::find(const QJsonObject &def, const QString &ref)
{
    std::optional<TaskSlot> found;
    if (ref.isEmpty())
        return found;
    forEachList(def, [&](const JsonPath &listPath, const QJsonArray &list) {
        if (found)
            return;
        for (int i = 0; i < list.size(); ++i) {
            if (refOf(list.at(i).toObject()) == ref) {
                found = TaskSlot {listPath, i};
                return;
            }
        }
    });
    return found;
}

QStringList TaskPaths::allRefs(const QJsonObject &def)
{
    QStringList refs;
    for (const QJsonValue &t : def.value(QLatin1String("tasks")).toArray())
        collectRefs(t.toObject(), &refs);
    return refs;
}

QStringList TaskPaths::refsUnder(const QJsonObject &task)
{
    QStringList refs;
    collectRefs(task, &refs);
    return refs;
}

QString TaskPaths::refAtErrorPath(const QJsonObject &def, const QString &errorPath)
{
    // Tokens: identifiers, [n] and ["quoted key"], as jsonPathMember/jsonPathIndex write them.
    static const QRegularExpression token(QStringLiteral(R"RE(([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])RE"));
    QJsonValue node = def;
    QString ref;
    auto it = token.globalMatch(errorPath);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(2) > 0)
            node = node.toArray().at(m.captured(2).toInt());
        else
            node = node.toObject().value(m.capturedLength(1) > 0 ? m.captured(1) : m.captured(3));
        if (node.isObject() && node.toObject().contains(QLatin1String("taskReferenceName"))
            && node.toObject().contains(QLatin1String("type")))
            ref = refOf(node.toObject());
        if (node.isUndefined())
            break;
    }
    return ref;
}

QStringList TaskPaths::precedingRefs(const QJsonObject &def, const QString &ref)
{
    QStringList refs;
    std::optional<TaskSlot> slot = find(def, ref);
    while (slot) {
        const QJsonArray list = valueAt(def, slot->list).toArray();
        QStringList before;
        for (int i = 0; i < slot->index; ++i)
            before << refsUnder(list.at(i).toObject());
        refs = before + refs;
        // The list belongs to a task (unless it is the root "tasks"): continue from that task.
        JsonPath owner = slot->list;
        QJsonObject ownerTask;
        while (!owner.isEmpty()) {
            owner.removeLast();
            const QJsonValue v = valueAt(def, owner);
            if (!owner.isEmpty() && v.isObject() && v.toObject().contains(QLatin1String("taskReferenceName"))) {
                ownerTask = v.toObject();
                break;
            }
        }
        if (owner.isEmpty())
            break;
        refs.prepend(refOf(ownerTask));
        slot = find(def, refOf(ownerTask));
    }
    return refs;
}

} // namespace joinery::ui
