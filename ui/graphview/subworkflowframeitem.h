#pragma once

#include "graph/daglayout.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace joinery::ui {

// The frame around an expanded sub-workflow: a tinted box under the child's graph with a title
// strip naming the child definition, the child execution's id and its status. The strip sits
// above the SUB_WORKFLOW node, which serves as the frame's header. Drawn under edges and nodes.
class SubWorkflowFrameItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(SubWorkflowFrameItem)

public:
    enum { Type = UserType + 5 };

    SubWorkflowFrameItem(const DagSubWorkflowFrame &frame, const DagNode &node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Returns whether anything drawn changed.
    bool set(const DagSubWorkflowFrame &frame, const DagNode &node);
    // "payment-child · 7f3c01ab… · Running" (tests read it); the full id is in the header
    // node's tooltip.
    QString title() const;

private:
    QSizeF m_size;
    QString m_name;
    QString m_childId;
    std::optional<WorkflowStatus> m_status;
};

} // namespace joinery::ui
