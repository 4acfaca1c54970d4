#include "editor/core/workflowedits.h"

#include <algorithm>

namespace joinery::ui {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

bool isForkType(const QString &type)
{
    return type == QLatin1String("FORK_JOIN") || type == QLatin1String("FORK_JOIN_DYNAMIC");
}

QString baseOf(const QString &id)
{
    return id.startsWith(QLatin1Char('#')) ? id : id.section(QLatin1Char('#'), 0, 0);
}

QJsonArray slice(const QJsonArray &list, int from, int count)
{
    QJsonArray out;
    for (int i = from; i < from + count && i < list.size(); ++i)
        out.append(list.at(i));
    return out;
}

// Rewrites uses of a reference in every string of a definition: "${from." / "${from}" in
// expressions, "$.from[" / "$.from." in loop conditions, and whole joinOn entries.
QJsonValue renameIn(const QJsonValue &value, const QString &from, const QString &to, bool inJoinOn)
{
    if (value.isString()) {
        QString text = value.toString();
        if (inJoinOn)
            return text == from ? QJsonValue(to) : value;
        for (const auto &[prefix, suffix] : {std::pair {"${", "."}, std::pair {"${", "}"},
                 std::pair {"$.", "["}, std::pair {"$.", "."}})
            text.replace(s(prefix) + from + s(suffix), s(prefix) + to + s(suffix));
        return text;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = renameIn(array.at(i), from, to, inJoinOn);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = renameIn(it.value(), from, to, it.key() == QLatin1String("joinOn"));
        return object;
    }
    return value;
}

} // namespace

QStringList WorkflowEdits::paletteTypes()
{
    return {s("SIMPLE"), s("SUB_WORKFLOW"), s("WAIT"), s("HTTP"), s("INLINE"), s("JSON_JQ_TRANSFORM"),
        s("SET_VARIABLE"), s("TERMINATE"), s("FORK_JOIN_DYNAMIC")};
}

QJsonObject WorkflowEdits::emptyDefinition(const QString &name)
{
    return QJsonObject {
        {s("name"), name},
        {s("description"), QString()},
        {s("version"), 1},
        {s("schemaVersion"), 2},
        {s("inputParameters"), QJsonArray()},
        {s("tasks"), QJsonArray()},
        {s("timeoutPolicy"), s("ALERT_ONLY")},
        {s("timeoutSeconds"), 0},
    };
}

QString WorkflowEdits::uniqueRef(const QJsonObject &def, const QString &base, const QSet<QString> &alsoTaken)
{
    const QStringList refs = TaskPaths::allRefs(def);
    const auto taken = [&](const QString &ref) { return refs.contains(ref) || alsoTaken.contains(ref); };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('_') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

QStringList WorkflowEdits::branchLasts(const QJsonObject &fork)
{
    QStringList lasts;
    for (const QJsonValue &branch : fork.value(QLatin1String("forkTasks")).toArray()) {
        const QJsonArray tasks = branch.toArray();
        if (!tasks.isEmpty())
            lasts << TaskPaths::refOf(tasks.last().toObject());
    }
    return lasts;
}

std::optional<WorkflowEdits::Unit> WorkflowEdits::unitOf(const QJsonObject &def, const QString &id)
{
    const std::optional<TaskSlot> slot = TaskPaths::find(def, baseOf(id));
    if (!slot)
        return std::nullopt;
    const QJsonArray list = TaskPaths::valueAt(def, slot->list).toArray();
    const QString type = TaskPaths::typeOf(list.at(slot->index).toObject());
    Unit unit {*slot, 1};
    const auto typeAt = [&](int i) {
        return i >= 0 && i < list.size() ? TaskPaths::typeOf(list.at(i).toObject()) : QString();
    };
    if (isForkType(type) && typeAt(slot->index + 1) == QLatin1String("JOIN")) {
        unit.count = 2;
    } else if (type == QLatin1String("JOIN") && isForkType(typeAt(slot->index - 1))) {
        unit.slot.index -= 1;
        unit.count = 2;
    }
    return unit;
}

std::optional<TaskSlot> WorkflowEdits::insertionPoint(const QJsonObject &def, const QString &anchor, Where where)
{
    const JsonPath root {s("tasks")};
    if (anchor.isEmpty() || anchor == QLatin1String("#end"))
        return TaskSlot {root, int(def.value(QLatin1String("tasks")).toArray().size())};
    if (anchor == QLatin1String("#start"))
        return TaskSlot {root, 0};
    const std::optional<Unit> unit = unitOf(def, anchor);
    if (!unit)
        return std::nullopt;
    TaskSlot at = unit->slot;
    if (where == Where::After)
        at.index += unit->count;
    return at;
}

QJsonObject WorkflowEdits::followJoins(const QJsonObject &before, QJsonObject after)
{
    QList<std::pair<JsonPath, QJsonArray>> updates;
    TaskPaths::forEachList(after, [&](const JsonPath &listPath, const QJsonArray &list) {
        for (int i = 0; i + 1 < list.size(); ++i) {
            const QJsonObject fork = list.at(i).toObject();
            const QJsonObject join = list.at(i + 1).toObject();
            if (TaskPaths::typeOf(fork) != QLatin1String("FORK_JOIN") || TaskPaths::typeOf(join) != QLatin1String("JOIN"))
                continue;
            const QJsonArray joinOn = join.value(QLatin1String("joinOn")).toArray();
            QStringList current;
            for (const QJsonValue &v : joinOn)
                current << v.toString();
            QStringList wanted;
            bool followed = false;
            if (const std::optional<TaskSlot> old = TaskPaths::find(before, TaskPaths::refOf(fork))) {
                const QJsonArray oldList = TaskPaths::valueAt(before, old->list).toArray();
                const QJsonObject oldJoin = oldList.at(old->index + 1).toObject();
                if (TaskPaths::typeOf(oldJoin) == QLatin1String("JOIN")) {
                    QStringList oldJoinOn;
                    for (const QJsonValue &v : oldJoin.value(QLatin1String("joinOn")).toArray())
                        oldJoinOn << v.toString();
                    QStringList oldLasts = branchLasts(oldList.at(old->index).toObject());
                    std::sort(oldJoinOn.begin(), oldJoinOn.end());
                    std::sort(oldLasts.begin(), oldLasts.end());
                    if (oldJoinOn == oldLasts) {
                        wanted = branchLasts(fork);
                        followed = true;
                    }
                }
            }
            if (!followed) {
                const QStringList inside = TaskPaths::refsUnder(fork);
                for (const QString &ref : current)
                    if (inside.contains(ref))
                        wanted << ref;
            }
            if (wanted != current)
                updates.append({listPath + JsonPath {i + 1, s("joinOn")}, QJsonArray::fromStringList(wanted)});
        }
    });
    for (const auto &[path, value] : updates)
        TaskPaths::setValueAt(after, path, value);
    return after;
}

EditResult WorkflowEdits::insertUnit(const QJsonObject &def, const QString &anchor, Where where, const QJsonArray &tasks)
{
    const std::optional<TaskSlot> at = insertionPoint(def, anchor, where);
    if (!at)
        return EditResult::fail(s("no such node: ") + anchor);
    QJsonArray list = TaskPaths::valueAt(def, at->list).toArray();
    for (int i = 0; i < tasks.size(); ++i)
        list.insert(at->index + i, tasks.at(i));
    QJsonObject json = def;
    TaskPaths::setValueAt(json, at->list, list);
    EditResult r;
    r.ok = true;
    r.json = followJoins(def, json);
    r.select = TaskPaths::refOf(tasks.first().toObject());
    return r;
}

QJsonObject WorkflowEdits::simpleTask(const QJsonObject &def, QSet<QString> *taken)
{
    const QString ref = uniqueRef(def, s("task"), *taken);
    taken->insert(ref);
    return QJsonObject {{s("name"), ref}, {s("taskReferenceName"), ref}, {s("type"), s("SIMPLE")},
        {s("inputParameters"), QJsonObject()}};
}

EditResult WorkflowEdits::insertTask(const QJsonObject &def, const QString &anchor, Where where, const QString &type)
{
    if (type == QLatin1String("FORK_JOIN"))
        return insertFork(def, anchor, where, 2);
    if (type == QLatin1String("SWITCH"))
        return insertSwitch(def, anchor, where, {s("a")});
    QSet<QString> taken;
    if (type == QLatin1String("SIMPLE"))
        return insertUnit(def, anchor, where, {simpleTask(def, &taken)});

    struct Template
    {
        const char *type;
        const char *base;
    };
    static const Template templates[] = {
        {"SUB_WORKFLOW", "sub_workflow"}, {"WAIT", "wait"}, {"HTTP", "http"}, {"INLINE", "inline"},
        {"JSON_JQ_TRANSFORM", "jq_transform"}, {"SET_VARIABLE", "set_variable"},
        {"TERMINATE", "terminate"}, {"FORK_JOIN_DYNAMIC", "dynamic_fork"}};
    const Template *t = std::find_if(std::begin(templates), std::end(templates),
        [&](const Template &x) { return type == QLatin1String(x.type); });
    if (t == std::end(templates))
        return EditResult::fail(s("not a palette type: ") + type);
    const QString ref = uniqueRef(def, s(t->base));
    QJsonObject task {{s("name"), ref}, {s("taskReferenceName"), ref}, {s("type"), type}};
    QJsonObject input;
    // Each template is the smallest task of its type that validates and runs (except
    // SUB_WORKFLOW, which needs the user to name the child workflow).
    if (type == QLatin1String("SUB_WORKFLOW")) {
        task.insert(s("subWorkflowParam"), QJsonObject {{s("name"), QString()}, {s("version"), 1}});
    } else if (type == QLatin1String("WAIT")) {
        input.insert(s("duration"), s("5s"));
    } else if (type == QLatin1String("HTTP")) {
        input.insert(s("http_request"), QJsonObject {{s("uri"), s("https://example.com/")}, {s("method"), s("GET")}});
    } else if (type == QLatin1String("INLINE")) {
        input.insert(s("evaluatorType"), s("javascript"));
        input.insert(s("expression"), s("function e() { return $.value; } e();"));
        input.insert(s("value"), s("${workflow.input}"));
    } else if (type == QLatin1String("JSON_JQ_TRANSFORM")) {
        input.insert(s("queryExpression"), s("."));
        input.insert(s("value"), s("${workflow.input}"));
    } else if (type == QLatin1String("SET_VARIABLE")) {
        input.insert(s("value"), s("${workflow.input}"));
    } else if (type == QLatin1String("TERMINATE")) {
        input.insert(s("terminationStatus"), s("COMPLETED"));
        input.insert(s("workflowOutput"), QJsonObject());
    } else if (type == QLatin1String("FORK_JOIN_DYNAMIC")) {
        input.insert(s("dynamicTasks"), s("${workflow.input.dynamicTasks}"));
        input.insert(s("dynamicTasksInput"), s("${workflow.input.dynamicTasksInput}"));
        task.insert(s("dynamicForkTasksParam"), s("dynamicTasks"));
        task.insert(s("dynamicForkTasksInputParamName"), s("dynamicTasksInput"));
    }
    task.insert(s("inputParameters"), input);
    QJsonArray unit {task};
    if (type == QLatin1String("FORK_JOIN_DYNAMIC")) {
        const QString joinRef = uniqueRef(def, ref + s("_join"), {ref});
        unit.append(QJsonObject {{s("name"), joinRef}, {s("taskReferenceName"), joinRef},
            {s("type"), s("JOIN")}, {s("joinOn"), QJsonArray()}});
    }
    return insertUnit(def, anchor, where, unit);
}

EditResult WorkflowEdits::insertFork(const QJsonObject &def, const QString &anchor, Where where, int branches)
{
    if (branches < 1)
        return EditResult::fail(s("a fork needs at least one branch"));
    QSet<QString> taken;
    const QString forkRef = uniqueRef(def, s("fork"));
    taken.insert(forkRef);
    QJsonArray forkTasks;
    for (int b = 0; b < branches; ++b)
        forkTasks.append(QJsonArray {simpleTask(def, &taken)});
    const QJsonObject fork {{s("name"), forkRef}, {s("taskReferenceName"), forkRef}, {s("type"), s("FORK_JOIN")},
        {s("inputParameters"), QJsonObject()}, {s("forkTasks"), forkTasks}};
    const QString joinRef = uniqueRef(def, forkRef + s("_join"), taken);
    const QJsonObject join {{s("name"), joinRef}, {s("taskReferenceName"), joinRef}, {s("type"), s("JOIN")},
        {s("joinOn"), QJsonArray::fromStringList(branchLasts(fork))}};
    return insertUnit(def, anchor, where, {fork, join});
}

EditResult WorkflowEdits::insertSwitch(const QJsonObject &def, const QString &anchor, Where where, const QStringList &cases)
{
    QSet<QString> taken;
    const QString ref = uniqueRef(def, s("switch"));
    taken.insert(ref);
    QJsonObject decisionCases;
    for (const QString &c : cases) {
        if (!c.isEmpty() && !decisionCases.contains(c))
            decisionCases.insert(c, QJsonArray {simpleTask(def, &taken)});
    }
    const QJsonObject task {{s("name"), ref}, {s("taskReferenceName"), ref}, {s("type"), s("SWITCH")},
        {s("evaluatorType"), s("value-param")}, {s("expression"), s("switchCaseValue")},
        {s("inputParameters"), QJsonObject {{s("switchCaseValue"), s("${workflow.input.case}")}}},
        {s("decisionCases"), decisionCases}, {s("defaultCase"), QJsonArray {simpleTask(def, &taken)}}};
    return insertUnit(def, anchor, where, {task});
}

EditResult WorkflowEdits::wrapInLoop(const QJsonObject &def, const QStringList &ids)
{
    if (ids.isEmpty())
        return EditResult::fail(s("nothing to wrap"));
    std::optional<JsonPath> listPath;
    int from = INT_MAX, to = -1;
    for (const QString &id : ids) {
        const std::optional<Unit> unit = unitOf(def, id);
        if (!unit)
            return EditResult::fail(s("no such node: ") + id);
        if (listPath && *listPath != unit->slot.list)
            return EditResult::fail(s("the tasks are not in one list"));
        listPath = unit->slot.list;
        from = std::min(from, unit->slot.index);
        to = std::max(to, unit->slot.index + unit->count);
    }
    QJsonArray list = TaskPaths::valueAt(def, *listPath).toArray();
    const QJsonArray body = slice(list, from, to - from);
    const QString ref = uniqueRef(def, s("loop"));
    const QJsonObject loop {{s("name"), ref}, {s("taskReferenceName"), ref}, {s("type"), s("DO_WHILE")},
        {s("inputParameters"), QJsonObject()},
        {s("loopCondition"), QStringLiteral("if ($.%1['iteration'] < 3) { true; } else { false; }").arg(ref)},
        {s("loopOver"), body}};
    for (int i = from; i < to; ++i)
        list.removeAt(from);
    list.insert(from, loop);
    QJsonObject json = def;
    TaskPaths::setValueAt(json, *listPath, list);
    EditResult r;
    r.ok = true;
    r.json = followJoins(def, json);
    r.select = ref;
    return r;
}

EditResult WorkflowEdits::addBranch(const QJsonObject &def, const QString &forkId)
{
    const std::optional<Unit> unit = unitOf(def, forkId);
    if (!unit)
        return EditResult::fail(s("no such node: ") + forkId);
    const JsonPath forkPath = unit->slot.path();
    if (TaskPaths::typeOf(TaskPaths::valueAt(def, forkPath).toObject()) != QLatin1String("FORK_JOIN"))
        return EditResult::fail(s("not a FORK_JOIN: ") + forkId);
    QSet<QString> taken;
    const QJsonObject task = simpleTask(def, &taken);
    QJsonArray branches = TaskPaths::valueAt(def, forkPath + JsonPath {s("forkTasks")}).toArray();
    branches.append(QJsonArray {task});
    QJsonObject json = def;
    TaskPaths::setValueAt(json, forkPath + JsonPath {s("forkTasks")}, branches);
    EditResult r;
    r.ok = true;
    r.json = followJoins(def, json);
    r.select = TaskPaths::refOf(task);
    return r;
}

EditResult WorkflowEdits::removeBranch(const QJsonObject &def, const QString &forkId, int branch)
{
    const std::optional<Unit> unit = unitOf(def, forkId);
    if (!unit)
        return EditResult::fail(s("no such node: ") + forkId);
    const JsonPath branchesPath = unit->slot.path() + JsonPath {s("forkTasks")};
    QJsonArray branches = TaskPaths::valueAt(def, branchesPath).toArray();
    if (branches.size() < 2 || branch < 0 || branch >= branches.size())
        return EditResult::fail(s("a fork keeps at least one branch"));
    branches.removeAt(branch);
    QJsonObject json = def;
    TaskPaths::setValueAt(json, branchesPath, branches);
    EditResult r;
    r.ok = true;
    r.json = followJoins(def, json);
    r.select = TaskPaths::refOf(TaskPaths::valueAt(def, unit->slot.path()).toObject());
    return r;
}

EditResult WorkflowEdits::setCases(const QJsonObject &def, const QString &switchId, const QStringList &cases)
{
    const std::optional<TaskSlot> slot = TaskPaths::find(def, baseOf(switchId));
    if (!slot)
        return EditResult::fail(s("no such node: ") + switchId);
    const JsonPath casesPath = slot->path() + JsonPath {s("decisionCases")};
    const QJsonObject old = TaskPaths::valueAt(def, casesPath).toObject();
    QSet<QString> taken;
    QJsonObject next;
    for (const QString &c : cases) {
        if (c.isEmpty() || next.contains(c))
            continue;
        next.insert(c, old.contains(c) ? old.value(c) : QJsonValue(QJsonArray {simpleTask(def, &taken)}));
    }
    QJsonObject json = def;
    TaskPaths::setValueAt(json, casesPath, next);
    EditResult r;
    r.ok = true;
    r.json = followJoins(def, json);
    r.select = baseOf(switchId);
    return r;
}

EditResult WorkflowEdits::remove(const QJsonObject &def, const QString &id)
{
    const std::optional<Unit> unit = unitOf(def, id);
    if (!unit)
        return EditResult::fail(s("no such node: ") + id);
    QJsonArray list = TaskPaths::valueAt(def, unit->slot.list).toArray();
    for (int i = 0; i < unit->count; ++i)
        list.removeAt(unit->slot.index);
    QJsonObject json = def;
    TaskPaths::setValueAt(json, unit->slot.list, list);
    EditResult r;
    r.ok = true;
    r.json = followJoins(def, json);
    if (!list.isEmpty())
        r.select = TaskPaths::refOf(list.at(std::min<int>(unit->slot.index, list.size() - 1)).toObject());
    return r;
}

EditResult WorkflowEdits::move(const QJsonObject &def, const QString &id, const QString &target, Where where)
{
    const std::optional<Unit> unit = unitOf(def, id);
    if (!unit)
        return EditResult::fail(s("no such node: ") + id);
    QJsonArray list = TaskPaths::valueAt(def, unit->slot.list).toArray();
    const QJsonArray tasks = slice(list, unit->slot.index, unit->count);
    QStringList moved;
    for (const QJsonValue &t : tasks)
        moved << TaskPaths::refsUnder(t.toObject());
    if (target.startsWith(QLatin1Char('#')) ? false : moved.contains(baseOf(target)))
        return EditResult::fail(s("cannot move a task next to itself or into itself"));
    for (int i = 0; i < unit->count; ++i)
        list.removeAt(unit->slot.index);
    QJsonObject without = def;
    TaskPaths::setValueAt(without, unit->slot.list, list);
    const std::optional<TaskSlot> at = insertionPoint(without, target, where);
    if (!at)
        return EditResult::fail(s("no such node: ") + target);
    QJsonArray targetList = TaskPaths::valueAt(without, at->list).toArray();
    for (int i = 0; i < tasks.size(); ++i)
        targetList.insert(at->index + i, tasks.at(i));
    QJsonObject json = without;
    TaskPaths::setValueAt(json, at->list, targetList);
    if (json == def)
        return EditResult::fail(s("the task is there already"));
    EditResult r;
    r.ok = true;
    r.json = followJoins(def, json);
    r.select = TaskPaths::refOf(tasks.first().toObject());
    return r;
}

EditResult WorkflowEdits::setTaskField(const QJsonObject &def, const QString &ref, const JsonPath &field, const QJsonValue &value)
{
    if (field == JsonPath {s("taskReferenceName")})
        return renameRef(def, ref, value.toString());
    const std::optional<TaskSlot> slot = TaskPaths::find(def, ref);
    if (!slot)
        return EditResult::fail(s("no such task: ") + ref);
    QJsonObject json = def;
    TaskPaths::setValueAt(json, slot->path() + field, value);
    // No followJoins here: a field edit changes no branch, and it may be joinOn itself.
    EditResult r;
    r.ok = true;
    r.json = json;
    r.select = ref;
    return r;
}

EditResult WorkflowEdits::renameRef(const QJsonObject &def, const QString &from, const QString &to)
{
    if (to.isEmpty())
        return EditResult::fail(s("a reference name cannot be empty"));
    if (from != to && TaskPaths::allRefs(def).contains(to))
        return EditResult::fail(s("the reference is taken: ") + to);
    const std::optional<TaskSlot> slot = TaskPaths::find(def, from);
    if (!slot)
        return EditResult::fail(s("no such task: ") + from);
    QJsonObject json = def;
    TaskPaths::setValueAt(json, slot->path() + JsonPath {s("taskReferenceName")}, to);
    // Uses live in tasks and in the workflow's outputParameters; the rest of the document (name,
    // description…) is left alone.
    json.insert(s("tasks"), renameIn(json.value(QLatin1String("tasks")), from, to, false));
    if (json.contains(QLatin1String("outputParameters")))
        json.insert(s("outputParameters"), renameIn(json.value(QLatin1String("outputParameters")), from, to, false));
    EditResult r;
    r.ok = true;
    r.json = json;
    r.select = to;
    return r;
}

EditResult WorkflowEdits::setWorkflowField(const QJsonObject &def, const QString &field, const QJsonValue &value)
{
    QJsonObject json = def;
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    EditResult r;
    r.ok = true;
    r.json = json;
    return r;
}

} // namespace joinery::ui
