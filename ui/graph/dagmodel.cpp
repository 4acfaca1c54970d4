#include "graph/dagmodel.h"

#include "graph/dagmodelbuilder.h"

namespace joinery::ui {

DagModel DagModel::build(const WorkflowDef &def, const WorkflowRun *run, const Options &options)
{
    return DagModelBuilder(run, options).build(def);
}

DagModel DagModel::build(const WorkflowDef &def, const WorkflowRun *run)
{
    return build(def, run, Options());
}

QString dagNodeKindName(DagNode::Kind kind)
{
    switch (kind) {
    case DagNode::Kind::Start:
        return QStringLiteral("start");
    case DagNode::Kind::End:
        return QStringLiteral("end");
    case DagNode::Kind::Task:
        return QStringLiteral("task");
    case DagNode::Kind::Fork:
        return QStringLiteral("fork");
    case DagNode::Kind::Join:
        return QStringLiteral("join");
    case DagNode::Kind::Decision:
        return QStringLiteral("decision");
    case DagNode::Kind::Merge:
        return QStringLiteral("merge");
    case DagNode::Kind::Loop:
        return QStringLiteral("loop");
    case DagNode::Kind::DynamicGroup:
        return QStringLiteral("group");
    case DagNode::Kind::Note:
        return QStringLiteral("note");
    }
    return QString();
}

} // namespace joinery::ui
