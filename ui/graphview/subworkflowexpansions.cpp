#include "graphview/subworkflowexpansions.h"

#include <algorithm>

namespace joinery::ui {

void SubWorkflowExpansions::clear()
{
    m_children.clear();
    m_options.expandedSubWorkflows.clear();
}

void SubWorkflowExpansions::expand(const QString &nodeId, const QString &childId)
{
    m_children.insert(nodeId, childId);
    m_options.expandedSubWorkflows.insert(nodeId, nullptr);
}

void SubWorkflowExpansions::dropInside(const QString &nodeId)
{
    // Nodes of a child have ids under "<node id>/": so do the keys of expansions inside it.
    const QString inside = nodeId + u'/';
    for (auto it = m_children.begin(); it != m_children.end();) {
        if (it.key().startsWith(inside)) {
            m_options.expandedSubWorkflows.remove(it.key());
            it = m_children.erase(it);
        } else {
            ++it;
        }
    }
}

void SubWorkflowExpansions::collapse(const QString &nodeId)
{
    dropInside(nodeId);
    m_children.remove(nodeId);
    m_options.expandedSubWorkflows.remove(nodeId);
}

int SubWorkflowExpansions::depthOf(const QString &nodeId) const
{
    int depth = m_children.contains(nodeId) ? 1 : 0;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        depth += nodeId.startsWith(it.key() + u'/') ? 1 : 0;
    return depth;
}

QString SubWorkflowExpansions::workflowOf(const QString &nodeId, const QString &rootId) const
{
    // The innermost expansion around the node is the one with the longest id.
    QString owner = rootId;
    qsizetype longest = -1;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (it.key().size() > longest && nodeId.startsWith(it.key() + u'/')) {
            longest = it.key().size();
            owner = it.value();
        }
    }
    return owner;
}

bool SubWorkflowExpansions::take(const std::shared_ptr<const WorkflowRun> &run)
{
    if (!run)
        return false;
    bool taken = false;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (it.value() != run->workflowId)
            continue;
        std::shared_ptr<const WorkflowRun> &held = m_options.expandedSubWorkflows[it.key()];
        if (held && held->updateTime > run->updateTime)
            continue; // an older snapshot (a fetch answered after a live update)
        held = run;
        taken = true;
    }
    return taken;
}

QStringList SubWorkflowExpansions::follow(const DagModel &model)
{
    QStringList moved;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        const int i = model.indexOf(it.key());
        if (i >= 0 && !model.nodes().at(i).subWorkflowId.isEmpty() && model.nodes().at(i).subWorkflowId != it.value())
            moved << it.key();
    }
    // Outer ones first: resetting one drops the expansions inside it, moved or not.
    std::sort(moved.begin(), moved.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    QStringList reset;
    for (const QString &nodeId : std::as_const(moved)) {
        if (!m_children.contains(nodeId))
            continue;
        reset << nodeId;
        dropInside(nodeId);
        expand(nodeId, model.nodes().at(model.indexOf(nodeId)).subWorkflowId);
    }
    return reset;
}

} // namespace joinery::ui
