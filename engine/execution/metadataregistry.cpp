#include "execution/metadataregistry.h"

#include "definitions/definitionjson.h"

#include <QJsonDocument>

namespace joinery {

void MetadataRegistry::putWorkflowDef(WorkflowDefPtr def, const QByteArray &json)
{
    QWriteLocker lock(&m_lock);
    m_workflows[def->name].insert(def->version, {def, json});
}

bool MetadataRegistry::removeWorkflowDef(const QString &name, int version)
{
    QWriteLocker lock(&m_lock);
    auto it = m_workflows.find(name);
    if (it == m_workflows.end() || !it->remove(version))
        return false;
    if (it->isEmpty())
        m_workflows.erase(it);
    return true;
}

WorkflowDefPtr MetadataRegistry::workflowDef(const QString &name, int version) const
{
    QReadLocker lock(&m_lock);
    auto it = m_workflows.constFind(name);
    if (it == m_workflows.constEnd() || it->isEmpty())
        return nullptr;
    if (version <= 0)
        return it->last().first;
    auto v = it->constFind(version);
    return v == it->constEnd() ? nullptr : v->first;
}

QByteArray MetadataRegistry::workflowDefJson(const QString &name, int version) const
{
    QReadLocker lock(&m_lock);
    auto it = m_workflows.constFind(name);
    if (it == m_workflows.constEnd())
        return {};
    auto v = it->constFind(version);
    return v == it->constEnd() ? QByteArray() : v->second;
}

QList<WorkflowDefPtr> MetadataRegistry::workflowDefs() const
{
    QReadLocker lock(&m_lock);
    QList<WorkflowDefPtr> all;
    QStringList names = m_workflows.keys();
    names.sort();
    for (const QString &n : std::as_const(names)) {
        for (const auto &v : m_workflows.value(n))
            all.append(v.first);
    }
    return all;
}

QList<int> MetadataRegistry::versions(const QString &name) const
{
    QReadLocker lock(&m_lock);
    return m_workflows.value(name).keys();
}

void MetadataRegistry::putTaskDef(const TaskDef &def)
{
    QWriteLocker lock(&m_lock);
    m_tasks.insert(def.name, def);
}

bool MetadataRegistry::removeTaskDef(const QString &name)
{
    QWriteLocker lock(&m_lock);
    return m_tasks.remove(name) > 0;
}

std::optional<TaskDef> MetadataRegistry::findTaskDef(const QString &name) const
{
    QReadLocker lock(&m_lock);
    auto it = m_tasks.constFind(name);
    if (it == m_tasks.constEnd())
        return std::nullopt;
    return it.value();
}

QList<TaskDef> MetadataRegistry::taskDefs() const
{
    QReadLocker lock(&m_lock);
    QList<TaskDef> all = m_tasks.values();
    std::sort(all.begin(), all.end(), [](const TaskDef &a, const TaskDef &b) { return a.name < b.name; });
    return all;
}

QByteArray MetadataRegistry::definitionJson(const WorkflowDefPtr &def) const
{
    {
        QReadLocker lock(&m_lock);
        auto it = m_jsonCache.constFind(def.get());
        if (it != m_jsonCache.constEnd() && it->first.lock() == def)
            return it->second;
    }
    const QByteArray json = QJsonDocument(workflowDefToJson(*def)).toJson(QJsonDocument::Compact);
    QWriteLocker lock(&m_lock);
    if (m_jsonCache.size() > 1024) {
        for (auto it = m_jsonCache.begin(); it != m_jsonCache.end();)
            it = it->first.expired() ? m_jsonCache.erase(it) : std::next(it);
    }
    m_jsonCache.insert(def.get(), {def, json});
    return json;
}

} // namespace joinery
