#include "graphview/nodepainter.h"

#include "graphview/graphpalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace joinery::ui {

namespace {

QColor barColour(const DagNode &n)
{
    return n.status ? GraphPalette::junction() : QColor(0xd0, 0xd5, 0xdc);
}

QPolygonF diamond(const QRectF &r)
{
    return QPolygonF({QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                      QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())});
}

} // namespace

QString NodePainter::title(const DagNode &n)
{
    switch (n.kind) {
    case DagNode::Kind::Start:
    case DagNode::Kind::End:
    case DagNode::Kind::Merge:
    case DagNode::Kind::Note:
        return n.label;
    case DagNode::Kind::DynamicGroup:
        return n.childCount > 0 ? tr("%1 dynamic tasks").arg(n.childCount) : tr("Dynamic tasks");
    default:
        return n.id.mid(n.prefixLength); // the child's reference inside a sub-workflow frame
    }
}

QString NodePainter::histogramText(const DagNode &n)
{
    QStringList parts;
    for (TaskStatus s : GraphPalette::statusOrder()) {
        const int count = n.statusHistogram.value(s);
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(GraphPalette::statusText(s));
    }
    return parts.join(QStringLiteral(", "));
}

QString NodePainter::details(const DagNode &n)
{
    switch (n.kind) {
    case DagNode::Kind::Join: {
        // The count first: a long list of awaited references is elided at the end.
        if (n.joinTotal == 0)
            return QStringLiteral("JOIN");
        if (n.planOnly)
            return tr("waits for %1").arg(n.joinAwaited.join(QStringLiteral(", ")));
        const QString done = tr("%1/%2 done").arg(n.joinDone).arg(n.joinTotal);
        if (n.joinAwaited.isEmpty())
            return done;
        return done + QStringLiteral(" · ") + tr("waits for %1").arg(n.joinAwaited.join(QStringLiteral(", ")));
    }
    case DagNode::Kind::Decision:
        if (!n.selectedCase.isNull())
            return tr("case: %1").arg(n.selectedCase);
        return taskTypeName(n.type);
    case DagNode::Kind::Loop:
        if (n.iteration > 0)
            return tr("iteration %1").arg(n.iteration);
        return QStringLiteral("DO_WHILE");
    case DagNode::Kind::DynamicGroup:
        if (n.childCount == 0)
            return tr("not forked yet");
        return histogramText(n);
    case DagNode::Kind::Task: {
        QString what = n.type == TaskType::Simple ? n.label : taskTypeName(n.type);
        if (n.type == TaskType::SubWorkflow && !n.subWorkflowName.isEmpty())
            what += QStringLiteral(" → ") + n.subWorkflowName;
        if (n.planOnly)
            return what;
        return what + QStringLiteral(" · ") + GraphPalette::statusText(n.status);
    }
    default:
        return QString();
    }
}

void NodePainter::paint(QPainter *p, const DagNode &n, const QRectF &r, qreal lod)
{
    if (lod < kBoxOnlyBelow) {
        // Far out: one filled rect, no pen, no antialiasing; cheap enough for thousands of nodes.
        // FORK bars stay dark; a JOIN keeps its status colour, since a JOIN that is done but
        // not followed is what a user scans a big graph for.
        const QColor fill = n.kind == DagNode::Kind::Fork ? barColour(n) : GraphPalette::statusFill(n.status);
        p->fillRect(r, n.status || n.kind != DagNode::Kind::Task ? fill : GraphPalette::statusBorder(n.status));
        return;
    }
    p->setRenderHint(QPainter::Antialiasing);
    const bool text = lod >= kTextFrom;
    switch (n.kind) {
    case DagNode::Kind::Task:
    case DagNode::Kind::Loop:
        paintTask(p, n, r, text);
        break;
    case DagNode::Kind::Fork:
        paintBar(p, n, r, text);
        break;
    case DagNode::Kind::Join:
        paintJoin(p, n, r, text);
        break;
    case DagNode::Kind::Decision:
        paintDecision(p, n, r, text);
        break;
    case DagNode::Kind::DynamicGroup:
        paintGroup(p, n, r, text);
        break;
    case DagNode::Kind::Start:
    case DagNode::Kind::End:
        paintTerminal(p, n, r);
        break;
    case DagNode::Kind::Merge:
        paintMerge(p, n, r);
        break;
    case DagNode::Kind::Note:
        paintNote(p, n, r, text);
        break;
    }
    if (canExpand(n))
        paintExpander(p, n, r);
}

bool NodePainter::canExpand(const DagNode &n)
{
    return n.kind == DagNode::Kind::Task && n.type == TaskType::SubWorkflow && n.dynamicForkId.isEmpty()
        && (n.subWorkflowExpanded || !n.subWorkflowId.isEmpty());
}

QRectF NodePainter::expanderRect(const QRectF &r)
{
    return QRectF(r.right() - 17, r.center().y() - 6, 12, 12);
}

void NodePainter::paintExpander(QPainter *p, const DagNode &n, const QRectF &r)
{
    const QRectF e = expanderRect(r);
    p->setPen(QPen(GraphPalette::frameBorder(), 1));
    p->setBrush(Qt::white);
    p->drawRoundedRect(e, 2, 2);
    p->setPen(QPen(GraphPalette::junction(), 1.4));
    const QPointF c = e.center();
    p->drawLine(QPointF(e.left() + 3, c.y()), QPointF(e.right() - 3, c.y()));
    if (!n.subWorkflowExpanded)
        p->drawLine(QPointF(c.x(), e.top() + 3), QPointF(c.x(), e.bottom() - 3));
}

void NodePainter::paintNote(QPainter *p, const DagNode &n, const QRectF &r, bool text)
{
    p->setPen(QPen(QColor(0xa0, 0xa7, 0xb1), 1, Qt::DashLine));
    p->setBrush(Qt::white);
    p->drawRoundedRect(r.adjusted(0.6, 0.6, -0.6, -0.6), 6, 6);
    if (!text)
        return;
    QFont f = GraphPalette::detailFont();
    f.setItalic(true);
    p->setFont(f);
    p->setPen(QColor(0x5b, 0x63, 0x6e));
    p->drawText(r.adjusted(8, 2, -8, -2), Qt::AlignCenter | Qt::TextWordWrap, n.label);
}

void NodePainter::drawLines(QPainter *p, const QRectF &r, const QString &first, const QString &second,
                            const QColor &colour, Qt::Alignment align)
{
    const QFont lf = GraphPalette::labelFont();
    const QFont df = GraphPalette::detailFont();
    const QFontMetricsF lm(lf);
    const QFontMetricsF dm(df);
    const qreal total = lm.height() + (second.isEmpty() ? 0 : dm.height());
    qreal y = r.center().y() - total / 2;
    p->setPen(colour);
    p->setFont(lf);
    p->drawText(QRectF(r.left(), y, r.width(), lm.height()), align | Qt::AlignVCenter,
                lm.elidedText(first, Qt::ElideMiddle, r.width()));
    if (second.isEmpty())
        return;
    y += lm.height();
    p->setFont(df);
    p->drawText(QRectF(r.left(), y, r.width(), dm.height()), align | Qt::AlignVCenter,
                dm.elidedText(second, Qt::ElideRight, r.width()));
}

void NodePainter::paintTask(QPainter *p, const DagNode &n, const QRectF &r, bool text)
{
    const QColor fill = GraphPalette::statusFill(n.status);
    const QRectF box = r.adjusted(0.6, 0.6, -0.6, -0.6);
    p->setPen(QPen(GraphPalette::statusBorder(n.status), 1.2, n.status ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(fill);
    p->drawRoundedRect(box, 6, 6);
    if (n.type == TaskType::SubWorkflow || n.kind == DagNode::Kind::Loop) {
        // A second outline: this box stands for more than one task.
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(box.adjusted(3, 3, -3, -3), 4, 4);
    }
    if (text)
        drawLines(p, r.adjusted(10, 2, canExpand(n) ? -20 : -10, -2), title(n), details(n), GraphPalette::textOn(fill));
}

void NodePainter::paintBar(QPainter *p, const DagNode &n, const QRectF &r, bool text)
{
    const QColor fill = barColour(n);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(r, 3, 3);
    if (!text)
        return;
    const QFont df = GraphPalette::detailFont();
    p->setFont(df);
    p->setPen(GraphPalette::textOn(fill));
    p->drawText(r.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                QFontMetricsF(df).elidedText(n.id.mid(n.prefixLength), Qt::ElideMiddle, r.width() - 12));
}

void NodePainter::paintJoin(QPainter *p, const DagNode &n, const QRectF &r, bool text)
{
    // The junction bar on top, where the branches arrive; the count and the awaited
    // references underneath, on a card tinted by the JOIN's own status.
    const qreal barH = qMin<qreal>(8, r.height() / 3);
    const QRectF card = r.adjusted(0.6, barH - 2, -0.6, -0.6);
    const bool waiting = !n.joinAwaited.isEmpty() && n.status;
    p->setPen(QPen(GraphPalette::statusBorder(n.status), 1));
    p->setBrush(waiting ? QColor(0xfd, 0xf3, 0xe1) : QColor(0xf7, 0xf8, 0xfa));
    p->drawRoundedRect(card, 4, 4);
    p->setPen(Qt::NoPen);
    p->setBrush(n.status ? GraphPalette::statusFill(n.status) : barColour(n));
    p->drawRoundedRect(QRectF(r.left(), r.top(), r.width(), barH), 3, 3);
    if (text)
        drawLines(p, card.adjusted(6, 1, -6, -1), title(n), details(n), QColor(0x1f, 0x23, 0x29));
}

void NodePainter::paintDecision(QPainter *p, const DagNode &n, const QRectF &r, bool text)
{
    const QColor fill = GraphPalette::statusFill(n.status);
    p->setPen(QPen(GraphPalette::statusBorder(n.status), 1.2, n.status ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(fill);
    p->drawPolygon(diamond(r.adjusted(0.6, 0.6, -0.6, -0.6)));
    if (text)
        drawLines(p, r.adjusted(r.width() * 0.2, 4, -r.width() * 0.2, -4), title(n), details(n),
                  GraphPalette::textOn(fill));
}

void NodePainter::paintGroup(QPainter *p, const DagNode &n, const QRectF &r, bool text)
{
    const QColor fill = GraphPalette::statusFill(n.status);
    const QRectF card = r.adjusted(0.6, 6.6, -6.6, -0.6);
    p->setPen(QPen(GraphPalette::statusBorder(n.status), 1));
    p->setBrush(fill.lighter(115));
    for (int k = 2; k >= 1; --k)
        p->drawRoundedRect(card.translated(3 * k, -3 * k), 6, 6);
    p->setBrush(fill);
    p->drawRoundedRect(card, 6, 6);
    // The histogram: one bar across the bottom, a segment per status, in lifecycle order.
    if (n.childCount > 0) {
        const QRectF bar(card.left() + 8, card.bottom() - 10, card.width() - 16, 6);
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawRect(bar.adjusted(-1, -1, 1, 1));
        qreal x = bar.left();
        for (TaskStatus s : GraphPalette::statusOrder()) {
            const int count = n.statusHistogram.value(s);
            if (count == 0)
                continue;
            const qreal w = bar.width() * count / n.childCount;
            p->fillRect(QRectF(x, bar.top(), w, bar.height()), GraphPalette::statusFill(s));
            x += w;
        }
    }
    if (text)
        drawLines(p, card.adjusted(8, 1, -8, n.childCount > 0 ? -10 : -1), title(n), details(n),
                  GraphPalette::textOn(fill));
}

void NodePainter::paintTerminal(QPainter *p, const DagNode &n, const QRectF &r)
{
    const QRectF c = r.adjusted(2, 2, -2, -2);
    p->setPen(QPen(GraphPalette::junction(), 2));
    if (n.kind == DagNode::Kind::Start) {
        p->setBrush(GraphPalette::junction());
        p->drawEllipse(c);
    } else {
        p->setBrush(Qt::white);
        p->drawEllipse(c);
        p->setBrush(GraphPalette::junction());
        p->drawEllipse(c.adjusted(6, 6, -6, -6));
    }
}

void NodePainter::paintMerge(QPainter *p, const DagNode &n, const QRectF &r)
{
    p->setPen(Qt::NoPen);
    p->setBrush(barColour(n));
    p->drawPolygon(diamond(r));
}

} // namespace joinery::ui
