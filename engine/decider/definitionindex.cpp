#include "decider/definitionindex.h"

#include <QMutex>

#include <unordered_map>

namespace joinery {

DefinitionIndex::DefinitionIndex(WorkflowDefPtr def) : m_def(std::move(def))
{
    add(m_def->tasks, nullptr, nullptr);
}

void DefinitionIndex::add(const TaskList &list, const WorkflowTask *parent, const WorkflowTask *loop)
{
    for (int i = 0; i < list.size(); ++i) {
        const WorkflowTask *t = &list.at(i);
        m_byRef.insert(t->taskReferenceName, t);
        m_positions.insert(t, Position{t, &list, i, parent, loop});
        const WorkflowTask *innerLoop = t->type == TaskType::DoWhile ? t : loop;
        for (const TaskList *child : t->children())
            add(*child, t, innerLoop);
    }
}

std::shared_ptr<const DefinitionIndex> DefinitionIndex::of(const WorkflowDefPtr &def)
{
    // Definitions are few and long-lived. The cache keeps each index alive while its definition
    // is (it watches the definition through a weak pointer), so a replaced definition's index
    // goes away with the last execution that ran it.
    struct Entry
    {
        std::weak_ptr<const WorkflowDef> def;
        std::shared_ptr<const DefinitionIndex> index;
    };
    static QMutex mutex;
    static std::unordered_map<const WorkflowDef *, Entry> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(def.get());
    if (it != cache.end() && it->second.def.lock() == def)
        return it->second.index;
    if (cache.size() > 256) {
        for (auto i = cache.begin(); i != cache.end();)
            i = i->second.def.expired() ? cache.erase(i) : std::next(i);
    }
    auto index = std::make_shared<const DefinitionIndex>(def);
    cache[def.get()] = Entry{def, index};
    return index;
}

const WorkflowTask *DefinitionIndex::find(const QString &reference) const
{
    return m_byRef.value(reference, nullptr);
}

const DefinitionIndex::Position *DefinitionIndex::position(const WorkflowTask *task) const
{
    auto it = m_positions.constFind(task);
    return it == m_positions.constEnd() ? nullptr : &it.value();
}

const WorkflowTask *DefinitionIndex::next(const WorkflowTask *task) const
{
    const Position *p = position(task);
    if (!p)
        return nullptr;
    if (p->index + 1 < p->list->size())
        return &p->list->at(p->index + 1);
    if (!p->parent)
        return nullptr;
    switch (p->parent->type) {
    case TaskType::ForkJoin:
    case TaskType::ForkJoinDynamic:
        return joinAfter(p->parent);
    case TaskType::DoWhile:
        return p->parent;
    default:
        return next(p->parent);
    }
}

const WorkflowTask *DefinitionIndex::joinAfter(const WorkflowTask *fork) const
{
    const Position *p = position(fork);
    if (!p || p->index + 1 >= p->list->size())
        return nullptr;
    const WorkflowTask *candidate = &p->list->at(p->index + 1);
    return candidate->type == TaskType::Join ? candidate : nullptr;
}

QStringList DefinitionIndex::loopReferences(const WorkflowTask *doWhile) const
{
    QStringList refs;
    std::function<void(const TaskList &)> walk = [&](const TaskList &list) {
        for (const WorkflowTask &t : list) {
            refs << t.taskReferenceName;
            for (const TaskList *child : t.children())
                walk(*child);
        }
    };
    walk(doWhile->loopOver);
    return refs;
}

} // namespace joinery
