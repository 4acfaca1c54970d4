#include "graph/daglayout.h"

#include <QStringList>

#include <cmath>

namespace joinery::ui {

namespace {

QPointF topCentre(const QRectF &r) { return {r.center().x(), r.top()}; }
QPointF bottomCentre(const QRectF &r) { return {r.center().x(), r.bottom()}; }

// Drops repeated points and the middle one of three on a line, so a route that happens to be
// straight is two points and tests can reason about segments.
QList<QPointF> simplified(const QList<QPointF> &in)
{
    QList<QPointF> out;
    out.reserve(in.size());
    for (const QPointF &p : in) {
        if (!out.isEmpty() && out.last() == p)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out.at(out.size() - 2);
            const QPointF &b = out.last();
            if ((a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y()))
                out.removeLast();
        }
        out.append(p);
    }
    return out;
}

QString num(qreal v) { return QString::number(qRound(v)); }

} // namespace

// One layout computation: measure() sizes every block bottom-up, place() positions them
// top-down, route() draws each edge from the geometry its owning block recorded. Each block and
// each edge is visited once, so the whole is linear in the size of the model.
class DagLayoutEngine
{
public:
    DagLayoutEngine(const DagModel &model, const DagLayout::Metrics &metrics)
        : m_model(model)
        , m_m(metrics)
        , m_geom(model.blocks().size())
        , m_rects(model.nodes().size())
    {
        m_cellW = m_m.taskSize.width();
        m_colGap = qMax(m_m.hGap, 3 * m_m.laneGap); // room for an in lane and an out lane
        // sizeFor may measure text: ask once per node.
        m_sizes.reserve(model.nodes().size());
        for (const DagNode &n : model.nodes())
            m_sizes.append(m_m.sizeFor ? m_m.sizeFor(n) : defaultSize(n));
    }

    DagLayout run()
    {
        DagLayout out;
        out.m_model = m_model;
        const int root = m_model.rootBlock();
        if (root >= 0) {
            measure(root);
            place(root, m_geom.at(root).size.width() / 2, 0);
            out.m_bounds = QRectF(QPointF(0, 0), m_geom.at(root).size);
        }
        out.m_edgeRoutes.reserve(m_model.edges().size());
        for (const DagEdge &e : m_model.edges())
            out.m_edgeRoutes.append(route(e));
        out.m_nodeRects = std::move(m_rects);
        out.m_frames = std::move(m_frames);
        out.m_subFrames = std::move(m_subFrames);
        return out;
    }

private:
    struct Geom
    {
        QSizeF size;
        qreal cx = 0;      // centre line, set by place()
        qreal upperY = 0;  // fork/switch/dynamic: channel under the opening node
        qreal lowerY = 0;  // fork/switch/dynamic: channel above the closing node
        qreal laneX = 0;   // loop: the loop-back lane
        int columns = 0;   // dynamic fork: cells per row of its children
    };

    using Kind = DagBlock::Kind;

    const DagBlock &block(int b) const { return m_model.blocks().at(b); }
    const DagNode &node(int n) const { return m_model.nodes().at(n); }

    QSizeF nodeSize(int n) const { return m_sizes.at(n); }

    QSizeF defaultSize(const DagNode &d) const
    {
        switch (d.kind) {
        case DagNode::Kind::Start:
        case DagNode::Kind::End:
            return m_m.terminalSize;
        case DagNode::Kind::Fork:
        case DagNode::Kind::Join:
            return m_m.forkSize;
        case DagNode::Kind::Decision:
            return m_m.decisionSize;
        case DagNode::Kind::Merge:
            return m_m.mergeSize;
        case DagNode::Kind::Loop:
            return m_m.loopSize;
        case DagNode::Kind::DynamicGroup:
            return m_m.groupSize;
        case DagNode::Kind::Task:
        case DagNode::Kind::Note:
            break;
        }
        return m_m.taskSize;
    }

    bool isGroup(int b) const
    {
        const DagBlock &d = block(b);
        return d.children.size() == 1
            && node(block(d.children.first()).node).kind == DagNode::Kind::DynamicGroup;
    }

    // The reserved width of a dynamic fork's child area: fixed by the metrics alone, which is
    // what keeps children appearing from moving anything sideways.
    qreal dynamicAreaWidth() const
    {
        const int cols = qMax(1, m_m.dynamicColumns);
        return cols * m_cellW + (cols - 1) * m_colGap + 2 * m_m.laneGap;
    }

    // Children per row, and each row's height.
    QList<qreal> dynamicRows(int b, int *columns) const
    {
        const DagBlock &d = block(b);
        const int n = d.children.size();
        *columns = isGroup(b) ? 1 : qBound(1, n, qMax(1, m_m.dynamicColumns));
        QList<qreal> rows((n + *columns - 1) / *columns, 0.0);
        for (int k = 0; k < n; ++k)
            rows[k / *columns] = qMax(rows.at(k / *columns), m_geom.at(d.children.at(k)).size.height());
        return rows;
    }

    void measure(int b)
    {
        const DagBlock &d = block(b);
        for (int c : d.children)
            measure(c);
        qreal w = 0;
        qreal h = 0;
        switch (d.kind) {
        case Kind::Node: {
            const QSizeF s = nodeSize(d.node);
            w = s.width();
            h = s.height();
            break;
        }
        case Kind::Sequence:
            for (int c : d.children) {
                w = qMax(w, m_geom.at(c).size.width());
                h += m_geom.at(c).size.height();
            }
            h += qMax(0, int(d.children.size()) - 1) * m_m.vGap;
            break;
        case Kind::Fork:
        case Kind::Switch: {
            qreal branches = 0;
            qreal tallest = 0;
            for (int c : d.children) {
                branches += branchWidth(c);
                tallest = qMax(tallest, m_geom.at(c).size.height());
            }
            branches += qMax(0, int(d.children.size()) - 1) * m_m.hGap;
            w = qMax(branches, qMax(nodeSize(d.node).width(), nodeSize(d.close).width()));
            h = nodeSize(d.node).height() + topGap(d) + tallest + m_m.vGap + nodeSize(d.close).height();
            break;
        }
        case Kind::DynamicFork: {
            const qreal area = dynamicAreaWidth();
            for (int c : d.children) {
                QSizeF &s = m_geom[c].size;
                s.setWidth(qMin(s.width(), isGroup(b) ? area - 2 * m_m.laneGap : m_cellW));
            }
            int columns = 1;
            const QList<qreal> rows = dynamicRows(b, &columns);
            qreal grid = qMax(0, int(rows.size()) - 1) * m_m.vGap;
            for (qreal r : rows)
                grid += r;
            w = qMax(area, qMax(nodeSize(d.node).width(), nodeSize(d.close).width()));
            h = nodeSize(d.node).height() + m_m.vGap + grid + m_m.vGap + nodeSize(d.close).height();
            break;
        }
        case Kind::Loop: {
            const QSizeF body = m_geom.at(d.children.first()).size;
            const QSizeF head = nodeSize(d.node);
            w = qMax(head.width(), body.width()) + 2 * (m_m.laneGap + m_m.framePadding);
            h = 2 * m_m.framePadding + head.height() + (body.height() > 0 ? m_m.vGap + body.height() : 0);
            break;
        }
        case Kind::SubWorkflow: {
            // Sized by the child's definition alone (its body), so the frame keeps its size
            // while the child execution grows, as the parent's nodes do.
            const QSizeF body = m_geom.at(d.children.first()).size;
            const QSizeF head = nodeSize(d.node);
            w = qMax(qMax(head.width(), body.width()) + 2 * m_m.framePadding, m_m.frameMinWidth);
            h = 2 * m_m.framePadding + m_m.frameTitle + head.height() + m_m.vGap + body.height();
            break;
        }
        }
        m_geom[b].size = QSizeF(w, h);
    }

    // An empty branch still gets a lane for its bypass edge.
    qreal branchWidth(int c) const { return qMax(m_geom.at(c).size.width(), 2 * m_m.laneGap); }
    qreal topGap(const DagBlock &d) const { return m_m.vGap + (d.kind == Kind::Switch ? m_m.labelGap : 0); }

    QRectF placeNode(int n, const QSizeF &size, qreal cx, qreal top)
    {
        const QRectF r(cx - size.width() / 2, top, size.width(), size.height());
        m_rects[n] = r;
        return r;
    }

    void place(int b, qreal cx, qreal top)
    {
        const DagBlock &d = block(b);
        Geom &g = m_geom[b];
        g.cx = cx;
        switch (d.kind) {
        case Kind::Node:
            placeNode(d.node, g.size, cx, top);
            break;
        case Kind::Sequence: {
            qreal y = top;
            for (int c : d.children) {
                place(c, cx, y);
                y += m_geom.at(c).size.height() + m_m.vGap;
            }
            break;
        }
        case Kind::Fork:
        case Kind::Switch: {
            const QRectF head = placeNode(d.node, nodeSize(d.node), cx, top);
            qreal branches = qMax(0, int(d.children.size()) - 1) * m_m.hGap;
            qreal tallest = 0;
            for (int c : d.children) {
                branches += branchWidth(c);
                tallest = qMax(tallest, m_geom.at(c).size.height());
            }
            const qreal branchTop = head.bottom() + topGap(d);
            qreal left = cx - branches / 2;
            for (int c : d.children) {
                const qreal bw = branchWidth(c);
                place(c, left + bw / 2, branchTop);
                left += bw + m_m.hGap;
            }
            const QRectF close = placeNode(d.close, nodeSize(d.close), cx, branchTop + tallest + m_m.vGap);
            g.upperY = head.bottom() + m_m.vGap / 2;
            g.lowerY = close.top() - m_m.vGap / 2;
            break;
        }
        case Kind::DynamicFork: {
            const QRectF head = placeNode(d.node, nodeSize(d.node), cx, top);
            const QList<qreal> rows = dynamicRows(b, &g.columns);
            const qreal cellW = isGroup(b) ? dynamicAreaWidth() - 2 * m_m.laneGap : m_cellW;
            const qreal gridW = g.columns * cellW + (g.columns - 1) * m_colGap;
            qreal rowTop = head.bottom() + m_m.vGap;
            for (int r = 0; r < rows.size(); ++r) {
                for (int col = 0; col < g.columns; ++col) {
                    const int k = r * g.columns + col;
                    if (k >= d.children.size())
                        break;
                    place(d.children.at(k), cx - gridW / 2 + col * (cellW + m_colGap) + cellW / 2, rowTop);
                }
                rowTop += rows.at(r) + m_m.vGap;
            }
            const QRectF close = placeNode(d.close, nodeSize(d.close), cx, rowTop);
            g.upperY = head.bottom() + m_m.vGap / 2;
            g.lowerY = close.top() - m_m.vGap / 2;
            break;
        }
        case Kind::Loop: {
            const QRectF frame(cx - g.size.width() / 2, top, g.size.width(), g.size.height());
            const QRectF head = placeNode(d.node, nodeSize(d.node), cx, top + m_m.framePadding);
            place(d.children.first(), cx, head.bottom() + m_m.vGap);
            g.laneX = frame.right() - m_m.framePadding;
            m_frames.append(DagLoopFrame{d.node, frame, node(d.node).label});
            break;
        }
        case Kind::SubWorkflow: {
            const QRectF frame(cx - g.size.width() / 2, top, g.size.width(), g.size.height());
            const QRectF head = placeNode(d.node, nodeSize(d.node), cx, top + m_m.framePadding + m_m.frameTitle);
            place(d.children.first(), cx, head.bottom() + m_m.vGap);
            m_subFrames.append(DagSubWorkflowFrame{d.node, frame});
            break;
        }
        }
    }

    DagEdgeRoute route(const DagEdge &e) const
    {
        const QRectF &src = m_rects.at(e.from);
        const QRectF &dst = m_rects.at(e.to);
        const DagBlock &owner = block(e.block);
        const Geom &g = m_geom.at(e.block);
        DagEdgeRoute r;
        QList<QPointF> p;
        switch (e.role) {
        case DagEdge::Role::Flow: {
            const QPointF a = bottomCentre(src);
            const QPointF z = topCentre(dst);
            const qreal midY = (a.y() + z.y()) / 2;
            p = {a, {a.x(), midY}, {z.x(), midY}, z};
            break;
        }
        case DagEdge::Role::Branch: {
            const QPointF a = bottomCentre(src);
            p = {a, {a.x(), g.upperY}};
            if (e.to == owner.close) { // empty branch: down its own lane, past the branch area
                const qreal x = m_geom.at(owner.children.at(e.slot)).cx;
                p << QPointF(x, g.upperY) << QPointF(x, g.lowerY) << QPointF(dst.center().x(), g.lowerY)
                  << topCentre(dst);
                r.labelPos = QPointF(x, g.upperY + (m_m.vGap / 2 + m_m.labelGap) / 2);
            } else if (owner.kind == Kind::DynamicFork && e.slot >= g.columns) {
                // Below the first row: down the lane left of the child's cell, in from the side.
                const qreal x = m_geom.at(owner.children.at(e.slot)).cx - m_cellW / 2 - m_m.laneGap;
                p << QPointF(x, g.upperY) << QPointF(x, dst.center().y())
                  << QPointF(dst.left(), dst.center().y());
            } else {
                p << QPointF(dst.center().x(), g.upperY) << topCentre(dst);
                r.labelPos = QPointF(dst.center().x(), g.upperY + (m_m.vGap / 2 + m_m.labelGap) / 2);
            }
            break;
        }
        case DagEdge::Role::Merge:
            if (owner.kind == Kind::DynamicFork && e.slot + g.columns < owner.children.size()) {
                // A child with another below it leaves by the lane right of its cell.
                const qreal x = m_geom.at(owner.children.at(e.slot)).cx + m_cellW / 2 + m_m.laneGap;
                p = {{src.right(), src.center().y()}, {x, src.center().y()}, {x, g.lowerY}};
            } else {
                p = {bottomCentre(src), {src.center().x(), g.lowerY}};
            }
            p << QPointF(dst.center().x(), g.lowerY) << topCentre(dst);
            break;
        case DagEdge::Role::LoopBack:
            p = {{src.right(), src.center().y()}, {g.laneX, src.center().y()},
                 {g.laneX, dst.center().y()}, {dst.right(), dst.center().y()}};
            break;
        }
        r.points = simplified(p);
        return r;
    }

    const DagModel &m_model;
    const DagLayout::Metrics &m_m;
    qreal m_cellW = 0;
    qreal m_colGap = 0;
    QList<QSizeF> m_sizes; // per node
    QList<Geom> m_geom;    // per block
    QList<QRectF> m_rects;
    QList<DagLoopFrame> m_frames;
    QList<DagSubWorkflowFrame> m_subFrames;
};

DagLayout DagLayout::compute(const DagModel &model, const Metrics &metrics)
{
    return DagLayoutEngine(model, metrics).run();
}

DagLayout DagLayout::compute(const DagModel &model)
{
    return compute(model, Metrics());
}

QString DagLayout::toText() const
{
    QStringList lines;
    lines << QStringLiteral("bounds %1 %2").arg(num(m_bounds.width()), num(m_bounds.height()));
    const QList<DagNode> &nodes = m_model.nodes();
    for (int i = 0; i < nodes.size(); ++i) {
        const DagNode &n = nodes.at(i);
        const QRectF &r = m_nodeRects.at(i);
        QString line = QStringLiteral("node %1 %2 %3 %4 %5 %6 %7")
                           .arg(n.id, dagNodeKindName(n.kind),
                                n.status ? taskStatusName(*n.status) : QStringLiteral("NOT_SCHEDULED"),
                                num(r.x()), num(r.y()), num(r.width()), num(r.height()));
        if (n.attempts > 1)
            line += QStringLiteral(" attempts=") + QString::number(n.attempts);
        if (n.iteration > 0)
            line += QStringLiteral(" iteration=") + QString::number(n.iteration);
        if (n.kind == DagNode::Kind::Join) {
            line += QStringLiteral(" joined=%1/%2").arg(n.joinDone).arg(n.joinTotal);
            if (!n.joinAwaited.isEmpty())
                line += QStringLiteral(" awaiting=") + n.joinAwaited.join(u',');
        }
        if (!n.selectedCase.isNull())
            line += QStringLiteral(" case=") + n.selectedCase;
        if (n.kind == DagNode::Kind::DynamicGroup) {
            line += QStringLiteral(" children=") + QString::number(n.childCount);
            for (auto it = n.statusHistogram.cbegin(); it != n.statusHistogram.cend(); ++it)
                line += u' ' + taskStatusName(it.key()) + u'=' + QString::number(it.value());
        }
        lines << line;
    }
    for (const DagLoopFrame &f : m_frames) {
        lines << QStringLiteral("frame %1 %2 %3 %4 %5")
                     .arg(nodes.at(f.node).id, num(f.rect.x()), num(f.rect.y()), num(f.rect.width()),
                          num(f.rect.height()));
    }
    for (const DagSubWorkflowFrame &f : m_subFrames) {
        const DagNode &n = nodes.at(f.node);
        lines << QStringLiteral("subframe %1 %2 %3 %4 %5 child=%6 %7")
                     .arg(n.id, num(f.rect.x()), num(f.rect.y()), num(f.rect.width()), num(f.rect.height()),
                          n.subWorkflowId.isEmpty() ? QStringLiteral("-") : n.subWorkflowId,
                          n.subWorkflowStatus ? workflowStatusName(*n.subWorkflowStatus) : QStringLiteral("-"));
    }
    static const char *const roles[] = {"flow", "branch", "merge", "loopback"};
    for (int i = 0; i < m_model.edges().size(); ++i) {
        const DagEdge &e = m_model.edges().at(i);
        QStringList pts;
        for (const QPointF &p : m_edgeRoutes.at(i).points)
            pts << num(p.x()) + u',' + num(p.y());
        lines << QStringLiteral("edge %1 -> %2 %3%4 %5 : %6")
                     .arg(nodes.at(e.from).id, nodes.at(e.to).id, QLatin1String(roles[int(e.role)]),
                          e.label.isEmpty() ? QString() : QStringLiteral(" [") + e.label + u']',
                          e.taken ? QStringLiteral("taken") : QStringLiteral("-"), pts.join(u' '));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace joinery::ui
