#pragma once

#include "graph/dagmodel.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace joinery::ui {

// Which SUB_WORKFLOW nodes of the graph view are expanded, and which child execution each
// shows. It keeps DagModel::Options::expandedSubWorkflows (the layout's input: node id ->
// child snapshot, null until fetched) in step with its own node id -> child id map, so that a
// collapse also drops what was expanded inside, and a snapshot of the wrong child is refused.
// Fetching is the graph view's business. GUI thread only (a plain value, like the options).
class SubWorkflowExpansions
{
public:
    // `options` must outlive this object; its expandedSubWorkflows is managed here.
    explicit SubWorkflowExpansions(DagModel::Options &options) : m_options(options) { }

    void clear();
    bool isExpanded(const QString &nodeId) const { return m_children.contains(nodeId); }
    bool isEmpty() const { return m_children.isEmpty(); }
    // Expands `nodeId` to show `childId` (not fetched yet); collapse() drops it and every
    // expansion inside it.
    void expand(const QString &nodeId, const QString &childId);
    void collapse(const QString &nodeId);
    QString childOf(const QString &nodeId) const { return m_children.value(nodeId); }
    // Expanded frames around `nodeId`, itself included if expanded (1 for a top-level one).
    int depthOf(const QString &nodeId) const;
    // The execution a node belongs to: the child of the innermost expansion around it, else
    // `rootId`.
    QString workflowOf(const QString &nodeId, const QString &rootId) const;
    // Takes a snapshot for every expansion showing its workflow, unless older than the one
    // held; returns whether any was taken.
    bool take(const std::shared_ptr<const WorkflowRun> &run);
    // After a layout: expansions whose SUB_WORKFLOW now runs another child (a retry) are
    // reset to that child, their inner expansions dropped; returns their node ids (to fetch).
    QStringList follow(const DagModel &model);

private:
    void dropInside(const QString &nodeId);

    DagModel::Options &m_options;
    QHash<QString, QString> m_children; // expanded node id -> child workflow id
};

} // namespace joinery::ui
