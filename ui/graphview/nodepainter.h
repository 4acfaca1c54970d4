#pragma once

#include "graph/dagmodel.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace joinery::ui {

// Draws one DagNode into a rect, by kind: tasks as rounded boxes in their status colour, FORK as
// a bar, JOIN as a junction bar over "k/n done" and the references it still waits for, SWITCH as
// a diamond naming the case taken, DO_WHILE with its iteration, a collapsed dynamic fork as a
// stack of cards with a status histogram, a SUB_WORKFLOW that can be expanded with a small
// expander in its corner ("+" collapsed, "−" expanded), a note as dashed grey text. `lod` is QStyleOptionGraphicsItem's level of detail:
// far out only a box in the status colour, text only when it can be read. Stateless; the
// graph's items call it from paint(), tests may call it on a QImage.
class NodePainter
{
    Q_DECLARE_TR_FUNCTIONS(NodePainter)

public:
    static constexpr qreal kBoxOnlyBelow = 0.3;  // lod under which a node is a plain box
    static constexpr qreal kTextFrom = 0.55;     // lod from which text is drawn

    static void paint(QPainter *painter, const DagNode &node, const QRectF &rect, qreal lod);

    // The two lines of text of a node (also used by tests): reference or title, then details.
    static QString title(const DagNode &node);
    static QString details(const DagNode &node);
    // "3 Completed, 1 In progress", in lifecycle order.
    static QString histogramText(const DagNode &node);
    // Whether the node is a SUB_WORKFLOW that can be expanded in place (or collapsed): its
    // child has started (or it is expanded already) and it is not a dynamic fork's child,
    // whose cell in the fork's grid has no room for a frame.
    static bool canExpand(const DagNode &node);
    // Where the expander is drawn, in node coordinates.
    static QRectF expanderRect(const QRectF &nodeRect);

private:
    static void paintTask(QPainter *p, const DagNode &n, const QRectF &r, bool text);
    static void paintBar(QPainter *p, const DagNode &n, const QRectF &r, bool text);
    static void paintJoin(QPainter *p, const DagNode &n, const QRectF &r, bool text);
    static void paintDecision(QPainter *p, const DagNode &n, const QRectF &r, bool text);
    static void paintGroup(QPainter *p, const DagNode &n, const QRectF &r, bool text);
    static void paintTerminal(QPainter *p, const DagNode &n, const QRectF &r);
    static void paintMerge(QPainter *p, const DagNode &n, const QRectF &r);
    static void paintNote(QPainter *p, const DagNode &n, const QRectF &r, bool text);
    static void paintExpander(QPainter *p, const DagNode &n, const QRectF &r);
    static void drawLines(QPainter *p, const QRectF &r, const QString &first, const QString &second,
                          const QColor &colour, Qt::Alignment align = Qt::AlignCenter);
};

} // namespace joinery::ui
