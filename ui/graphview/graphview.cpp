#include "graphview/graphview.h"

#include "common/statusstyle.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphlayoutjob.h"
#include "graphview/graphpalette.h"
#include "graphview/graphscene.h"
#include "graphview/nodeitem.h"
#include "graphview/nodepainter.h"
#include "shell/selection.h"
#include "source/executionsource.h"
#include "widgets/legendstrip.h"

#include <QAction>
#include <QHash>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace joinery::ui {

namespace {
constexpr qreal kBadgesFromZoom = 0.45; // badges ignore the zoom; below this they would clutter
constexpr int kReadableNodes = 200;      // graphs up to this size open zoomed in to be read
}

GraphView::GraphView(ExecutionSource *source, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_selection(selection)
    , m_scene(new GraphScene(this))
    , m_canvas(new GraphCanvas(m_scene, this))
    , m_job(new GraphLayoutJob(this))
{
    setObjectName(QStringLiteral("graphView"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("graphHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_matchLabel = new QLabel(this);

    auto makeAction = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_fitAction = makeAction(QKeySequence(Qt::Key_F), [this] { m_canvas->fitAll(); });
    m_zoomInAction = makeAction(QKeySequence::ZoomIn, [this] { m_canvas->zoomBy(1.25); });
    m_zoomOutAction = makeAction(QKeySequence::ZoomOut, [this] { m_canvas->zoomBy(0.8); });
    m_zoomResetAction = makeAction(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_canvas->resetZoom(); });
    m_subWorkflowAction = makeAction(QKeySequence(Qt::Key_E), [this] {
        toggleSubWorkflow(m_childNode.isEmpty() ? m_selectedNode : m_childNode);
    });
    // Ctrl+= is what most keyboards produce for "Ctrl +".
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    auto makeButton = [this](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        return b;
    };
    m_zoomOutButton = makeButton(m_zoomOutAction);
    m_zoomInButton = makeButton(m_zoomInAction);
    m_fitButton = makeButton(m_fitAction);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 2);
    bar->addWidget(m_header, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_search);
    bar->addWidget(m_zoomOutButton);
    bar->addWidget(m_zoomInButton);
    bar->addWidget(m_fitButton);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("graphMessage"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedLayout;
    m_stack->addWidget(m_messageLabel);
    m_stack->addWidget(m_canvas);

    m_legend = new LegendStrip(this);
    m_legend->setObjectName(QStringLiteral("graphLegend"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_legend);

    connect(m_canvas, &GraphCanvas::nodeClicked, this, &GraphView::onNodeClicked);
    connect(m_canvas, &GraphCanvas::nodeDoubleClicked, this, &GraphView::onNodeDoubleClicked);
    connect(m_canvas, &GraphCanvas::nodeExpanderClicked, this, &GraphView::toggleSubWorkflow);
    connect(m_canvas, &GraphCanvas::nodeMenuRequested, this, [this](const QString &nodeId, const QPoint &globalPos) {
        QMenu menu(this);
        fillNodeMenu(&menu, nodeId);
        if (!menu.isEmpty())
            menu.exec(globalPos);
    });
    connect(m_canvas, &GraphCanvas::zoomChanged, this,
            [this](qreal zoom) { m_scene->setBadgesVisible(zoom >= kBadgesFromZoom); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { find(text); });
    connect(m_search, &QLineEdit::returnPressed, this, &GraphView::findNext);
    connect(m_job, &GraphLayoutJob::ready, this, &GraphView::applyLayout);

    if (m_selection) {
        connect(m_selection, &Selection::workflowSelected, this, &GraphView::showWorkflow);
        connect(m_selection, &Selection::taskSelected, this, [this](const QString &taskId) {
            const QString before = m_selectedNode;
            if (!taskId.isEmpty())
                setChildMark(QString()); // one marked task at a time
            markTask(taskId);
            // Chosen elsewhere (the tasks table, the stalls panel): centre on it, zoomed in
            // far enough to read it. A click in the graph itself moves nothing.
            const NodeItem *item = m_scene->nodeItem(m_selectedNode);
            if (item && m_selectedNode != before && !m_clicking)
                m_canvas->focusNode(item, NodePainter::kTextFrom + 0.05);
        });
    }
    if (m_source) {
        connect(m_source, &ExecutionSource::executionsChanged, this, [this](const QList<RunSnapshot> &changed) {
            if (m_workflowId.isEmpty())
                return;
            // The shown children take every snapshot (older ones are refused), the parent only
            // its newest; then one layout covers them all.
            bool children = false;
            for (const RunSnapshot &run : changed)
                children = (!m_expansions.isEmpty() && m_expansions.take(run)) || children;
            for (auto it = changed.crbegin(); it != changed.crend(); ++it) {
                if (*it && (*it)->workflowId == m_workflowId) {
                    if (takeRun(*it))
                        return;
                    break;
                }
            }
            if (children && m_run && m_run->definition)
                m_job->request(m_run, m_options);
        });
        connect(m_source, &ExecutionSource::executionsRemoved, this, [this](const QStringList &ids) {
            if (ids.contains(m_workflowId))
                showWorkflow(QString());
        });
        if (m_source->capabilities() & ExecutionSource::Stalls) {
            connect(m_source, &ExecutionSource::stallsChanged, this, [this](const QList<Stall> &stalls) {
                m_stalls = stalls;
                markStalls();
            });
            QPointer<GraphView> self(this);
            m_source->fetchStalls([self](QList<Stall> stalls) {
                if (!self)
                    return;
                self->m_stalls = stalls;
                self->markStalls();
            });
        }
    }
    retranslate();
    showWorkflow(m_selection ? m_selection->workflowId() : QString());
}

GraphView::~GraphView() = default;

QString GraphView::message() const
{
    return m_stack->currentWidget() == m_messageLabel ? m_messageLabel->text() : QString();
}

void GraphView::retranslate()
{
    m_search->setPlaceholderText(tr("Find task by reference…"));
    m_search->setToolTip(tr("Type part of a task reference; Enter jumps to the next match"));
    m_fitAction->setText(tr("Fit"));
    m_fitAction->setToolTip(tr("Show the whole graph (F)"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomInAction->setToolTip(tr("Zoom in (Ctrl++ or the mouse wheel)"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomOutAction->setToolTip(tr("Zoom out (Ctrl+− or the mouse wheel)"));
    m_zoomResetAction->setText(tr("Actual size"));
    m_subWorkflowAction->setText(tr("Expand or collapse the sub-workflow (E)"));
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomOutButton->setText(QStringLiteral("−"));
    m_legend->setEntries(GraphPalette::legend());
    showMessage(m_messageKind);
    updateHeader();
    updateMatches();
}

void GraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_stalledNodes.clear(); // re-marked with the translated reasons by the layout below
        m_scene->repaintAll();
        if (m_run) // synthetic nodes carry translated labels
            m_job->request(m_run, m_options);
    }
    QWidget::changeEvent(event);
}

void GraphView::showMessage(MessageKind kind)
{
    m_messageKind = kind;
    switch (kind) {
    case MessageKind::NoSelection:
        m_messageLabel->setText(tr("Select a workflow to see its graph."));
        break;
    case MessageKind::Loading:
        m_messageLabel->setText(tr("Loading %1…").arg(m_workflowId));
        break;
    case MessageKind::NotFound:
        m_messageLabel->setText(tr("Workflow %1 was not found.").arg(m_workflowId));
        break;
    case MessageKind::NoDefinition:
        m_messageLabel->setText(tr("The execution %1 carries no definition to draw.").arg(m_workflowId));
        break;
    case MessageKind::None:
        m_stack->setCurrentWidget(m_canvas);
        return;
    }
    m_stack->setCurrentWidget(m_messageLabel);
}

void GraphView::showWorkflow(const QString &workflowId)
{
    m_workflowId = workflowId;
    m_run.reset();
    m_options.expandedGroups.clear();
    m_expansions.clear();
    m_childNode.clear();
    m_job->beginGeneration();
    m_scene->clearGraph();
    m_matches.clear();
    m_marked.clear();
    m_selectedNode.clear();
    m_stalledNodes.clear();
    m_fitPending = true;
    updateHeader();
    const quint64 fetch = ++m_fetch;
    if (workflowId.isEmpty() || !m_source) {
        showMessage(MessageKind::NoSelection);
        return;
    }
    showMessage(MessageKind::Loading);
    QPointer<GraphView> self(this);
    m_source->fetchExecution(workflowId, [self, fetch](RunSnapshot run) {
        if (!self || fetch != self->m_fetch)
            return; // another workflow was selected meanwhile
        if (!run) {
            self->showMessage(MessageKind::NotFound);
            return;
        }
        self->takeRun(run);
    });
}

bool GraphView::takeRun(std::shared_ptr<const WorkflowRun> run)
{
    if (!run || run->workflowId != m_workflowId)
        return false;
    if (m_run && run->updateTime < m_run->updateTime)
        return false; // an older snapshot (a fetch answered after a live update)
    m_run = run;
    updateHeader();
    if (!run->definition) {
        showMessage(MessageKind::NoDefinition);
        return false;
    }
    m_job->request(run, m_options);
    return true;
}

void GraphView::applyLayout(const DagLayout &layout)
{
    if (!m_run)
        return;
    m_scene->apply(layout);
    showMessage(MessageKind::None);
    updateHeader();
    markTask(m_selection ? m_selection->taskId() : QString());
    markStalls();
    if (m_fitPending) {
        m_fitPending = false;
        m_canvas->fitAll();
        // A task chosen with the workflow (from the stalls panel, say) is what to look at.
        // Otherwise, when the whole graph would only be coloured boxes, a graph of modest size
        // opens readable on its frontier (the first task not ended, else the start); Fit
        // gives the overview. Big graphs open on the overview.
        const NodeItem *focus = m_scene->nodeItem(m_selectedNode);
        if (!focus && m_canvas->zoom() < NodePainter::kTextFrom && m_scene->nodeItemCount() <= kReadableNodes)
            focus = frontier(layout.model());
        if (focus)
            m_canvas->focusNode(focus, NodePainter::kTextFrom + 0.05);
        m_scene->setBadgesVisible(m_canvas->zoom() >= kBadgesFromZoom);
    }
    if (!m_marked.isEmpty() && !m_scene->nodeItem(m_marked))
        m_marked.clear();
    if (NodeItem *mark = m_scene->nodeItem(m_childNode))
        mark->setSelectedMark(true); // a node created anew by this layout
    else
        m_childNode.clear();
    const QStringList moved = m_expansions.follow(layout.model());
    for (const QString &nodeId : moved)
        fetchChild(nodeId);
    if (!moved.isEmpty())
        relayout();
    if (!m_search->text().isEmpty() && m_matches.isEmpty())
        find(m_search->text());
    emit graphUpdated();
}

const NodeItem *GraphView::frontier(const DagModel &model) const
{
    // What is running or waiting; else what went wrong; a finished, successful run has no
    // frontier and opens on the overview.
    for (const DagNode &n : model.nodes()) {
        if (n.status && !isTerminal(*n.status) && n.kind != DagNode::Kind::Loop && n.kind != DagNode::Kind::DynamicGroup)
            return m_scene->nodeItem(n.id);
    }
    for (const DagNode &n : model.nodes()) {
        if (n.status && !isSuccessful(*n.status))
            return m_scene->nodeItem(n.id);
    }
    return nullptr;
}

void GraphView::updateHeader()
{
    if (!m_run) {
        m_header->setText(m_workflowId.isEmpty() ? QString() : m_workflowId);
        return;
    }
    m_header->setText(tr("<b>%1</b> v%2 · %3 · %4 nodes")
                          .arg(m_run->workflowName.toHtmlEscaped())
                          .arg(m_run->workflowVersion)
                          .arg(StatusStyle::text(m_run->status))
                          .arg(m_scene->nodeItemCount()));
    m_header->setToolTip(m_run->workflowId);
}

void GraphView::onNodeClicked(const QString &nodeId)
{
    const NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item || !m_selection || item->node().taskId.isEmpty())
        return; // not scheduled yet, or a synthetic node: there is no task to select
    m_clicking = true;
    if (workflowOfNode(nodeId) == m_workflowId) {
        setChildMark(QString());
        m_selection->selectTask(m_workflowId, item->node().taskId);
    } else {
        // Selection names one workflow's task, and the panels show the parent: the child's
        // task is marked here only; its context menu opens it in the child execution.
        m_selection->selectTask(m_workflowId, QString());
        setChildMark(nodeId);
    }
    m_clicking = false;
}

void GraphView::setChildMark(const QString &nodeId)
{
    if (NodeItem *old = m_scene->nodeItem(m_childNode))
        old->setSelectedMark(false);
    m_childNode = nodeId;
    if (NodeItem *item = m_scene->nodeItem(nodeId))
        item->setSelectedMark(true);
}

void GraphView::onNodeDoubleClicked(const QString &nodeId)
{
    const NodeItem *item = m_scene->nodeItem(nodeId);
    if (item && NodePainter::canExpand(item->node()))
        toggleSubWorkflow(nodeId);
    else
        toggleGroup(nodeId);
}

void GraphView::toggleSubWorkflow(const QString &nodeId)
{
    const NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item || !m_run || !NodePainter::canExpand(item->node()))
        return;
    if (m_expansions.isExpanded(nodeId)) {
        m_expansions.collapse(nodeId);
        if (m_childNode.startsWith(nodeId + u'/'))
            m_childNode.clear();
    } else {
        m_expansions.expand(nodeId, item->node().subWorkflowId);
        fetchChild(nodeId);
    }
    relayout();
}

void GraphView::relayout()
{
    // Drop layouts in flight: they were made without the change.
    m_job->beginGeneration();
    if (m_run && m_run->definition)
        m_job->request(m_run, m_options);
}

void GraphView::fetchChild(const QString &nodeId)
{
    const QString childId = m_expansions.childOf(nodeId);
    if (childId.isEmpty() || !m_source || m_expansions.depthOf(nodeId) > m_options.maxSubWorkflowDepth)
        return; // the frame says why there is no graph
    const quint64 fetch = m_fetch;
    QPointer<GraphView> self(this);
    m_source->fetchExecution(childId, [self, fetch](RunSnapshot run) {
        if (!self || fetch != self->m_fetch)
            return; // another workflow was selected meanwhile
        if (self->m_expansions.take(run) && self->m_run)
            self->m_job->request(self->m_run, self->m_options);
    });
}

void GraphView::fillNodeMenu(QMenu *menu, const QString &nodeId)
{
    const NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item)
        return;
    const DagNode &n = item->node();
    if (NodePainter::canExpand(n)) {
        QAction *toggle = menu->addAction(n.subWorkflowExpanded ? tr("Collapse sub-workflow") : tr("Expand sub-workflow in place"));
        toggle->setShortcut(m_subWorkflowAction->shortcut());
        connect(toggle, &QAction::triggered, this, [this, nodeId] { toggleSubWorkflow(nodeId); });
        if (m_selection && !n.subWorkflowId.isEmpty()) {
            const QString child = n.subWorkflowId;
            connect(menu->addAction(tr("Open child execution")), &QAction::triggered, this,
                    [this, child] { m_selection->selectWorkflow(child); });
        }
    }
    const QString owner = workflowOfNode(nodeId);
    if (m_selection && owner != m_workflowId && !n.taskId.isEmpty()) {
        const QString taskId = n.taskId;
        connect(menu->addAction(tr("Open in the child execution")), &QAction::triggered, this,
                [this, owner, taskId] { m_selection->selectTask(owner, taskId); });
    }
}

void GraphView::markTask(const QString &taskId)
{
    NodeItem *target = m_scene->nodeItemForTask(taskId);
    NodeItem *old = m_scene->nodeItem(m_selectedNode);
    if (old && old != target)
        old->setSelectedMark(false);
    if (target)
        target->setSelectedMark(true);
    m_selectedNode = target ? target->node().id : QString();
}

void GraphView::markStalls()
{
    // The stall detector names a task reference (with "__n" inside loops); the graph's node
    // ids have no iteration suffix.
    QHash<QString, QString> reasons;
    for (const Stall &stall : std::as_const(m_stalls)) {
        if (stall.workflowId == m_workflowId && !stall.taskReference.isEmpty())
            reasons.insert(stripIteration(stall.taskReference), StatusStyle::stallReason(stall.reason));
    }
    for (const QString &id : std::as_const(m_stalledNodes)) {
        if (!reasons.contains(id))
            if (NodeItem *item = m_scene->nodeItem(id))
                item->setStall(QString());
    }
    m_stalledNodes.clear();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        if (NodeItem *item = m_scene->nodeItem(it.key())) {
            item->setStall(it.value());
            m_stalledNodes << it.key();
        }
    }
}

void GraphView::toggleGroup(const QString &nodeId)
{
    const NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item || !m_run)
        return;
    const DagNode &n = item->node();
    QString group;
    if (n.kind == DagNode::Kind::DynamicGroup && n.expandable)
        group = n.id;
    else if (n.kind == DagNode::Kind::Fork && m_options.expandedGroups.contains(n.id + QStringLiteral("#children")))
        group = n.id + QStringLiteral("#children");
    else
        return;
    if (!m_options.expandedGroups.remove(group))
        m_options.expandedGroups.insert(group);
    m_job->beginGeneration();
    m_job->request(m_run, m_options);
}

int GraphView::find(const QString &text)
{
    if (NodeItem *old = m_scene->nodeItem(m_marked))
        old->setFoundMark(false);
    m_marked.clear();
    m_matches.clear();
    m_matchIndex = -1;
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        QStringList exact, prefix, contains;
        for (const DagNode &n : m_scene->layout().model().nodes()) {
            if (n.id.contains(u'#'))
                continue; // synthetic
            if (n.id.compare(needle, Qt::CaseInsensitive) == 0)
                exact << n.id;
            else if (n.id.startsWith(needle, Qt::CaseInsensitive))
                prefix << n.id;
            else if (n.id.contains(needle, Qt::CaseInsensitive))
                contains << n.id;
        }
        m_matches = exact + prefix + contains;
    }
    if (!m_matches.isEmpty())
        findNext();
    updateMatches();
    return int(m_matches.size());
}

void GraphView::findNext()
{
    if (m_matches.isEmpty())
        return;
    if (NodeItem *old = m_scene->nodeItem(m_marked))
        old->setFoundMark(false);
    m_matchIndex = (m_matchIndex + 1) % int(m_matches.size());
    m_marked = m_matches.at(m_matchIndex);
    if (NodeItem *item = m_scene->nodeItem(m_marked)) {
        item->setFoundMark(true);
        m_canvas->focusNode(item);
    }
    updateMatches();
}

void GraphView::updateMatches()
{
    if (m_search->text().trimmed().isEmpty())
        m_matchLabel->clear();
    else if (m_matches.isEmpty())
        m_matchLabel->setText(tr("no match"));
    else
        m_matchLabel->setText(tr("%1 of %2").arg(m_matchIndex + 1).arg(m_matches.size()));
}

} // namespace joinery::ui
