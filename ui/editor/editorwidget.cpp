#include "editor/editorwidget.h"

#include "definitions/definitionjson.h"
#include "editor/definitiondiffdialog.h"
#include "editor/definitionsbrowser.h"
#include "editor/definitionsmodel.h"
#include "editor/editordocument.h"
#include "editor/editorgraph.h"
#include "editor/jsonsourceview.h"
#include "editor/propertiespanel.h"
#include "editor/runinputdialog.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphscene.h"
#include "source/executionsource.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace joinery::ui {

namespace {

constexpr int kRefRole = Qt::UserRole;

// What the diff compares: the definition as the engine's writer puts it, so that fields
// written out only by default (or in another order) are no difference; the store's times are
// left out.
QString canonicalText(const QJsonObject &json)
{
    WorkflowDef def;
    DefinitionError error;
    QJsonObject canonical = workflowDefFromJson(json, &def, &error) ? workflowDefToJson(def) : json;
    canonical.remove(QStringLiteral("createTime"));
    canonical.remove(QStringLiteral("updateTime"));
    return QString::fromUtf8(QJsonDocument(canonical).toJson(QJsonDocument::Indented));
}

} // namespace

EditorWidget::EditorWidget(ExecutionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_document(new EditorDocument(this))
{
    setObjectName(QStringLiteral("workflowEditor"));
    m_graph = new EditorGraph(this);
    m_properties = new PropertiesPanel(m_document, this);
    m_json = new JsonSourceView(m_document, this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_browser = new DefinitionsBrowser(source, this);
    m_branches = new QSpinBox(this);
    m_branches->setObjectName(QStringLiteral("branchCount"));
    m_branches->setRange(1, 32);
    m_branches->setValue(2);
    m_branchesLabel = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_toolbar = new QToolBar(this);
    m_bottomTabs = new QTabWidget(this);
    m_paletteMenu = new QMenu(this);

    createActions();
    createLayout();

    connect(m_document, &EditorDocument::changed, this, &EditorWidget::documentChanged);
    connect(m_document, &EditorDocument::dirtyChanged, this, &EditorWidget::updateTitle);
    // Edits that say nothing about the selection (typing in the JSON view) leave it alone.
    connect(m_document, &EditorDocument::selectionRequested, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            m_graph->select(ids);
    });
    connect(m_graph, &EditorGraph::selectionChanged, this, [this] {
        m_properties->showNode(m_graph->current());
        updateActions();
    });
    connect(m_graph, &EditorGraph::moveRequested, this,
        [this](const QString &id, const QString &target, WorkflowEdits::Where where) {
            applyEdit(WorkflowEdits::move(m_document->json(), id, target, where), tr("Move %1").arg(id));
        });
    connect(m_graph, &EditorGraph::contextMenuRequested, this, &EditorWidget::showContextMenu);
    connect(m_properties, &PropertiesPanel::referenceRenamed, this,
        [this](const QString &, const QString &to) { m_graph->select({to}); });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString ref = item->data(kRefRole).toString();
        m_graph->select(ref.isEmpty() ? QStringList() : QStringList {ref});
        if (!ref.isEmpty())
            m_graph->canvas()->focusNode(m_graph->scene()->nodeItem(ref));
    });
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
    connect(m_browser, &DefinitionsBrowser::openRequested, this, &EditorWidget::openDefinition);
    connect(m_browser, &DefinitionsBrowser::currentChanged, this, &EditorWidget::updateActions);
    connect(m_browser, &DefinitionsBrowser::refreshed, this, [this] {
        updateActions();
        emit definitionsRefreshed();
    });

    retranslate();
    documentChanged();
}

EditorWidget::~EditorWidget() = default;

QTreeView *EditorWidget::definitionsView() const
{
    return m_browser->view();
}

DefinitionsModel *EditorWidget::definitionsModel() const
{
    return m_browser->model();
}

void EditorWidget::createActions()
{
    for (int i = 0; i < NUM_ACTIONS; ++i) {
        auto *a = new QAction(this);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_actions << a;
        addAction(a);
    }
    static const char *const names[NUM_ACTIONS] = {"newDefinition", "openDefinition", "duplicateDefinition",
        "deleteDefinition", "importDefinition", "exportDefinition", "refreshDefinitions", "undo", "redo",
        "insertBefore", "insertAfter", "addFork", "addBranch", "removeBranch", "addSwitch", "wrapInLoop",
        "deleteNode", "saveDefinition", "runDefinition"};
    for (int i = 0; i < NUM_ACTIONS; ++i)
        m_actions[i]->setObjectName(QString::fromLatin1(names[i]) + QStringLiteral("Action"));

    action(NewAction)->setShortcut(QKeySequence::New);
    action(UndoAction)->setShortcut(QKeySequence::Undo);
    action(RedoAction)->setShortcut(QKeySequence::Redo);
    action(DeleteNodeAction)->setShortcut(QKeySequence::Delete);
    action(SaveAction)->setShortcut(QKeySequence::Save);
    // Not Ctrl+R: that is also the window's Refresh on some desktops, and an ambiguous
    // shortcut fires neither.
    action(RunAction)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    action(InsertAfterAction)->setShortcut(QKeySequence(Qt::Key_Insert));
    action(InsertBeforeAction)->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Insert));

    connect(action(NewAction), &QAction::triggered, this, [this] {
        if (confirmDiscard())
            newDefinition();
    });
    connect(action(OpenAction), &QAction::triggered, this, [this] {
        if (const WorkflowDefPtr def = m_browser->current())
            openDefinition(def->name, def->version);
    });
    connect(action(DuplicateAction), &QAction::triggered, this, [this] {
        if (!confirmDiscard())
            return;
        QJsonObject json = m_document->json();
        if (const WorkflowDefPtr def = m_browser->current())
            json = workflowDefToJson(*def);
        QString name = json.value(QLatin1String("name")).toString() + QStringLiteral("_copy");
        for (int n = 2; m_browser->latest(name); ++n)
            name = json.value(QLatin1String("name")).toString() + QStringLiteral("_copy%1").arg(n);
        json.insert(QStringLiteral("name"), name);
        json.insert(QStringLiteral("version"), 1);
        json.remove(QStringLiteral("createTime"));
        json.remove(QStringLiteral("updateTime"));
        m_document->load(json);
        emit message(tr("Duplicated as %1 (not saved yet)").arg(name));
    });
    connect(action(DeleteDefinitionAction), &QAction::triggered, this, [this] {
        const WorkflowDefPtr def = m_browser->current();
        if (!def)
            return;
        if (QMessageBox::question(this, tr("Delete Definition"),
                tr("Delete version %1 of %2 from the engine?").arg(def->version).arg(def->name))
            != QMessageBox::Yes)
            return;
        QPointer<EditorWidget> self(this);
        m_source->removeDefinition(def->name, def->version, [self, def](const ActionResult &r) {
            if (!self)
                return;
            emit self->message(r.ok() ? tr("Deleted %1 version %2").arg(def->name).arg(def->version)
                                      : tr("Could not delete: %1").arg(r.message));
            self->refreshDefinitions();
        });
    });
    connect(action(ImportAction), &QAction::triggered, this, [this] {
        if (!confirmDiscard())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Workflow Definition"), QString(),
            tr("JSON files (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importFile(path, &error))
            QMessageBox::warning(this, tr("Import Workflow Definition"), error);
    });
    connect(action(ExportAction), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Workflow Definition"),
            m_document->json().value(QLatin1String("name")).toString() + QStringLiteral(".json"),
            tr("JSON files (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !exportFile(path, &error))
            QMessageBox::warning(this, tr("Export Workflow Definition"), error);
    });
    connect(action(RefreshAction), &QAction::triggered, this, &EditorWidget::refreshDefinitions);
    connect(action(UndoAction), &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(action(RedoAction), &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(m_document->undoStack(), &QUndoStack::canUndoChanged, this, &EditorWidget::updateActions);
    connect(m_document->undoStack(), &QUndoStack::canRedoChanged, this, &EditorWidget::updateActions);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &EditorWidget::updateActions);

    connect(action(InsertBeforeAction), &QAction::triggered, this, [this] {
        applyEdit(WorkflowEdits::insertTask(m_document->json(), anchor(), WorkflowEdits::Where::Before,
                      QStringLiteral("SIMPLE")),
            tr("Insert a task"));
    });
    connect(action(InsertAfterAction), &QAction::triggered, this, [this] {
        applyEdit(WorkflowEdits::insertTask(m_document->json(), anchor(), WorkflowEdits::Where::After,
                      QStringLiteral("SIMPLE")),
            tr("Insert a task"));
    });
    connect(action(AddForkAction), &QAction::triggered, this, [this] {
        applyEdit(WorkflowEdits::insertFork(m_document->json(), anchor(), WorkflowEdits::Where::After,
                      m_branches->value()),
            tr("Add a fork with %n branch(es)", nullptr, m_branches->value()));
    });
    connect(action(AddBranchAction), &QAction::triggered, this, [this] {
        int branch = -1;
        const QString fork = branchFork(&branch);
        applyEdit(WorkflowEdits::addBranch(m_document->json(), fork), tr("Add a branch to %1").arg(fork));
    });
    connect(action(RemoveBranchAction), &QAction::triggered, this, [this] {
        int branch = -1;
        const QString fork = branchFork(&branch);
        if (branch < 0) {
            const std::optional<TaskSlot> slot = TaskPaths::find(m_document->json(), fork);
            branch = slot ? int(TaskPaths::valueAt(m_document->json(), slot->path() + JsonPath {QStringLiteral("forkTasks")}).toArray().size()) - 1 : -1;
        }
        applyEdit(WorkflowEdits::removeBranch(m_document->json(), fork, branch), tr("Remove a branch of %1").arg(fork));
    });
    connect(action(AddSwitchAction), &QAction::triggered, this, [this] {
        applyEdit(WorkflowEdits::insertSwitch(m_document->json(), anchor(), WorkflowEdits::Where::After,
                      {QStringLiteral("a"), QStringLiteral("b")}),
            tr("Add a switch"));
    });
    connect(action(WrapInLoopAction), &QAction::triggered, this, [this] {
        applyEdit(WorkflowEdits::wrapInLoop(m_document->json(), m_graph->selection()), tr("Wrap in a loop"));
    });
    connect(action(DeleteNodeAction), &QAction::triggered, this, [this] {
        EditResult result;
        result.ok = true;
        result.json = m_document->json();
        for (const QString &id : m_graph->selection()) {
            const EditResult next = WorkflowEdits::remove(result.json, id);
            if (next.ok)
                result = next;
        }
        applyEdit(result, tr("Delete %1").arg(m_graph->selection().join(QLatin1String(", "))));
    });
    connect(action(SaveAction), &QAction::triggered, this, &EditorWidget::saveAsNewVersion);
    connect(action(RunAction), &QAction::triggered, this, &EditorWidget::run);

    for (const QString &type : WorkflowEdits::paletteTypes()) {
        auto *a = new QAction(this);
        a->setObjectName(QStringLiteral("palette_") + type);
        a->setData(type);
        connect(a, &QAction::triggered, this, [this, type] {
            applyEdit(WorkflowEdits::insertTask(m_document->json(), anchor(), WorkflowEdits::Where::After, type),
                tr("Add %1").arg(type));
        });
        m_palette.insert(type, a);
        m_paletteMenu->addAction(a);
    }
}

void EditorWidget::createLayout()
{
    m_toolbar->setObjectName(QStringLiteral("editorToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (ActionId id : {SaveAction, RunAction})
        m_toolbar->addAction(action(id));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(UndoAction));
    m_toolbar->addAction(action(RedoAction));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(InsertBeforeAction));
    m_toolbar->addAction(action(InsertAfterAction));
    auto *paletteButton = new QToolButton(this);
    paletteButton->setObjectName(QStringLiteral("paletteButton"));
    paletteButton->setMenu(m_paletteMenu);
    paletteButton->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(paletteButton);
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(AddForkAction));
    m_toolbar->addWidget(m_branchesLabel);
    m_toolbar->addWidget(m_branches);
    m_toolbar->addAction(action(AddBranchAction));
    m_toolbar->addAction(action(RemoveBranchAction));
    m_toolbar->addAction(action(AddSwitchAction));
    m_toolbar->addAction(action(WrapInLoopAction));
    m_toolbar->addSeparator();
    m_toolbar->addAction(action(DeleteNodeAction));

    m_browser->setActions({action(NewAction), action(OpenAction), action(DuplicateAction), action(DeleteDefinitionAction)},
        {action(ImportAction), action(ExportAction), action(RefreshAction)});

    m_bottomTabs->setObjectName(QStringLiteral("editorBottomTabs"));
    m_bottomTabs->addTab(m_json, QString());
    m_bottomTabs->addTab(m_problems, QString());

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->setObjectName(QStringLiteral("editorCentreSplitter"));
    auto *graphPane = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    m_title->setContentsMargins(8, 4, 8, 4);
    graphLayout->addWidget(m_title);
    graphLayout->addWidget(m_graph->canvas(), 1);
    centre->addWidget(graphPane);
    centre->addWidget(m_bottomTabs);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 1);
    // Without sizes the splitter shares by size hints, and a text editor's hint would squeeze
    // the graph to a strip.
    centre->setSizes({640, 260});

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("editorSplitter"));
    body->addWidget(m_browser);
    body->addWidget(centre);
    body->addWidget(m_properties);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setStretchFactor(2, 0);
    body->setSizes({330, 900, 360});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(body, 1);
}

void EditorWidget::retranslate()
{
    action(NewAction)->setText(tr("&New"));
    action(NewAction)->setToolTip(tr("Start an empty workflow definition"));
    action(OpenAction)->setText(tr("&Open"));
    action(DuplicateAction)->setText(tr("D&uplicate"));
    action(DeleteDefinitionAction)->setText(tr("Delete"));
    action(DeleteDefinitionAction)->setToolTip(tr("Delete the selected version from the engine"));
    action(ImportAction)->setText(tr("&Import…"));
    action(ExportAction)->setText(tr("E&xport…"));
    action(RefreshAction)->setText(tr("Refresh"));
    action(UndoAction)->setText(tr("&Undo"));
    action(RedoAction)->setText(tr("&Redo"));
    action(InsertBeforeAction)->setText(tr("Insert &Before"));
    action(InsertBeforeAction)->setToolTip(tr("Insert a SIMPLE task before the selected node"));
    action(InsertAfterAction)->setText(tr("Insert &After"));
    action(InsertAfterAction)->setToolTip(tr("Insert a SIMPLE task after the selected node"));
    action(AddForkAction)->setText(tr("Add &Fork"));
    action(AddForkAction)->setToolTip(tr("Add a FORK_JOIN with its JOIN after the selected node"));
    action(AddBranchAction)->setText(tr("Add Branch"));
    action(RemoveBranchAction)->setText(tr("Remove Branch"));
    action(AddSwitchAction)->setText(tr("Add &Switch"));
    action(WrapInLoopAction)->setText(tr("Wrap in &Loop"));
    action(WrapInLoopAction)->setToolTip(tr("Put the selected tasks in a DO_WHILE (Ctrl+click selects several)"));
    action(DeleteNodeAction)->setText(tr("&Delete Node"));
    action(SaveAction)->setText(tr("&Save as New Version"));
    action(SaveAction)->setToolTip(tr("Show the changes against the stored version, then register a new version"));
    action(RunAction)->setText(tr("&Run"));
    action(RunAction)->setToolTip(tr("Start this workflow and show the execution"));
    m_branchesLabel->setText(tr("Branches:"));
    const QHash<QString, QString> names {
        {QStringLiteral("SIMPLE"), tr("Simple Task")},
        {QStringLiteral("SUB_WORKFLOW"), tr("Sub-workflow")},
        {QStringLiteral("WAIT"), tr("Wait")},
        {QStringLiteral("HTTP"), tr("HTTP Request")},
        {QStringLiteral("INLINE"), tr("Inline Script")},
        {QStringLiteral("JSON_JQ_TRANSFORM"), tr("JSON Transform (jq)")},
        {QStringLiteral("SET_VARIABLE"), tr("Set Variable")},
        {QStringLiteral("TERMINATE"), tr("Terminate")},
        {QStringLiteral("FORK_JOIN_DYNAMIC"), tr("Dynamic Fork")},
    };
    for (auto it = m_palette.cbegin(); it != m_palette.cend(); ++it)
        it.value()->setText(names.value(it.key(), it.key()));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("paletteButton")))
        button->setText(tr("Add &Task"));
    m_bottomTabs->setTabText(0, tr("JSON"));
    documentChanged();
}

void EditorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EditorWidget::documentChanged()
{
    if (m_document->reads())
        m_graph->show(m_document->lastValid());

    QHash<QString, QStringList> perNode;
    m_problems->clear();
    QList<DefinitionError> problems = m_document->problems();
    if (!m_document->reads())
        problems = {m_document->readError()};
    for (const DefinitionError &p : std::as_const(problems)) {
        const QString ref = TaskPaths::refAtErrorPath(m_document->json(), p.path);
        auto *item = new QListWidgetItem(p.toString(), m_problems);
        item->setData(kRefRole, ref);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        if (!ref.isEmpty())
            perNode[ref] << p.toString();
    }
    m_graph->setProblems(m_document->reads() ? perNode : QHash<QString, QStringList>());
    m_bottomTabs->setTabText(1, problems.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(problems.size()));
    updateTitle();
    updateActions();
}

void EditorWidget::updateTitle()
{
    const QString name = m_document->json().value(QLatin1String("name")).toString();
    const int version = m_document->json().value(QLatin1String("version")).toInt(1);
    QString text = tr("<b>%1</b> version %2").arg(name.toHtmlEscaped()).arg(version);
    if (m_document->isDirty())
        text += QStringLiteral(" <span style='color:#b45000'>● %1</span>").arg(tr("modified"));
    else if (m_document->storedVersion() == 0)
        text += QStringLiteral(" <span style='color:#b45000'>● %1</span>").arg(tr("not saved"));
    m_title->setText(text);
}

void EditorWidget::updateActions()
{
    const QStringList selection = m_graph->selection();
    const QString current = m_graph->current();
    const bool task = !current.isEmpty() && !current.startsWith(QLatin1Char('#'));
    action(UndoAction)->setEnabled(m_document->undoStack()->canUndo());
    action(RedoAction)->setEnabled(m_document->undoStack()->canRedo());
    action(UndoAction)->setToolTip(m_document->undoStack()->undoText());
    action(RedoAction)->setToolTip(m_document->undoStack()->redoText());
    action(InsertBeforeAction)->setEnabled(current != QLatin1String("#start"));
    action(DeleteNodeAction)->setEnabled(task);
    action(WrapInLoopAction)->setEnabled(task && WorkflowEdits::wrapInLoop(m_document->json(), selection).ok);
    int branch = -1;
    const QString fork = branchFork(&branch);
    action(AddBranchAction)->setEnabled(!fork.isEmpty());
    action(RemoveBranchAction)->setEnabled(!fork.isEmpty());
    const bool stored = m_browser->current() != nullptr;
    action(OpenAction)->setEnabled(stored);
    action(DeleteDefinitionAction)->setEnabled(stored);
    action(SaveAction)->setEnabled(m_document->reads() && m_document->problems().isEmpty());
    action(RunAction)->setEnabled(m_document->reads() && m_document->problems().isEmpty());
}

QString EditorWidget::anchor() const
{
    return m_graph->current();
}

QString EditorWidget::branchFork(int *branch) const
{
    *branch = -1;
    const QString current = m_graph->current();
    if (current.isEmpty() || current.startsWith(QLatin1Char('#')))
        return QString();
    const QJsonObject &json = m_document->json();
    const QString ref = current.section(QLatin1Char('#'), 0, 0);
    const std::optional<TaskSlot> slot = TaskPaths::find(json, ref);
    if (!slot)
        return QString();
    const QJsonArray list = TaskPaths::valueAt(json, slot->list).toArray();
    const QString type = TaskPaths::typeOf(list.at(slot->index).toObject());
    if (type == QLatin1String("FORK_JOIN"))
        return ref;
    if (type == QLatin1String("JOIN") && slot->index > 0
        && TaskPaths::typeOf(list.at(slot->index - 1).toObject()) == QLatin1String("FORK_JOIN"))
        return TaskPaths::refOf(list.at(slot->index - 1).toObject());
    // A task directly in a branch: the list path ends with "forkTasks", <branch>.
    const JsonPath &path = slot->list;
    if (path.size() >= 3 && path.at(path.size() - 2).toString() == QLatin1String("forkTasks")) {
        *branch = path.last().toInt();
        return TaskPaths::refOf(TaskPaths::valueAt(json, path.mid(0, path.size() - 2)).toObject());
    }
    return QString();
}

void EditorWidget::applyEdit(const EditResult &result, const QString &text)
{
    if (!result.ok) {
        emit message(tr("Not possible here: %1").arg(result.error));
        return;
    }
    m_document->apply(result, text, m_graph->selection());
}

void EditorWidget::showContextMenu(const QString &id, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(action(InsertBeforeAction));
    menu.addAction(action(InsertAfterAction));
    QMenu *palette = menu.addMenu(tr("Add Task After"));
    palette->addActions(m_paletteMenu->actions());
    menu.addAction(action(AddForkAction));
    menu.addAction(action(AddSwitchAction));
    menu.addAction(action(WrapInLoopAction));
    menu.addSeparator();
    menu.addAction(action(AddBranchAction));
    menu.addAction(action(RemoveBranchAction));
    menu.addSeparator();
    menu.addAction(action(DeleteNodeAction));
    Q_UNUSED(id);
    menu.exec(globalPos);
}

bool EditorWidget::confirmDiscard()
{
    if (!m_document->isDirty())
        return true;
    return QMessageBox::question(this, tr("Discard Changes"),
               tr("The workflow has changes that are not saved. Discard them?"))
        == QMessageBox::Yes;
}

void EditorWidget::refreshDefinitions()
{
    m_browser->refresh();
}

void EditorWidget::newDefinition()
{
    QString name = QStringLiteral("new_workflow");
    for (int n = 2; m_browser->latest(name); ++n)
        name = QStringLiteral("new_workflow_%1").arg(n);
    m_document->load(WorkflowEdits::emptyDefinition(name));
    m_graph->select({});
    m_graph->fitAll();
}

bool EditorWidget::openDefinition(const QString &name, int version)
{
    const WorkflowDefPtr def = m_browser->model()->definition(m_browser->model()->rowOf(name, version));
    if (!def || !confirmDiscard())
        return false;
    QJsonObject json = workflowDefToJson(*def);
    json.remove(QStringLiteral("createTime"));
    json.remove(QStringLiteral("updateTime"));
    m_document->load(json, def->version);
    m_browser->setCurrent(name, version);
    m_graph->select({});
    m_graph->fitAll();
    return true;
}

bool EditorWidget::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonObject json;
    DefinitionError parseError;
    if (!parseJsonObject(file.readAll(), &json, &parseError)) {
        if (error)
            *error = tr("%1 is not a JSON object: %2").arg(path, parseError.toString());
        return false;
    }
    m_document->load(json);
    m_graph->select({});
    m_graph->fitAll();
    return true;
}

bool EditorWidget::exportFile(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(m_document->json()).toJson(QJsonDocument::Indented)) < 0) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void EditorWidget::saveAsNewVersion()
{
    if (!m_document->reads() || !m_document->problems().isEmpty()) {
        m_bottomTabs->setCurrentWidget(m_problems);
        emit message(tr("Fix the problems before saving."));
        return;
    }
    const QString name = m_document->json().value(QLatin1String("name")).toString();
    const WorkflowDefPtr stored = m_browser->latest(name);
    const int version = stored ? stored->version + 1 : std::max(1, m_document->json().value(QLatin1String("version")).toInt(1));
    QJsonObject after = m_document->json();
    after.insert(QStringLiteral("version"), version);
    QString before;
    if (stored) {
        QJsonObject storedJson = workflowDefToJson(*stored);
        before = canonicalText(storedJson);
    }
    const QString summary = stored ? tr("Saving %1 as version %2; compared with the stored version %3.").arg(name).arg(version).arg(stored->version)
                                   : tr("Saving %1 as version %2; no version is stored yet.").arg(name).arg(version);
    auto *dialog = new DefinitionDiffDialog(before, canonicalText(after), summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, after, name, version] {
        QPointer<EditorWidget> self(this);
        m_source->registerDefinition(after, false, [self, after, name, version](const ActionResult &r) {
            if (!self)
                return;
            if (!r.ok()) {
                emit self->message(tr("Could not save %1: %2").arg(name, r.message));
                return;
            }
            self->m_document->apply(after, tr("Set version %1").arg(version));
            self->m_document->markSaved(version);
            self->updateTitle();
            emit self->message(tr("Saved %1 version %2").arg(name).arg(version));
            emit self->saved(name, version);
            self->refreshDefinitions();
        });
    });
    dialog->open();
}

void EditorWidget::run()
{
    if (!m_document->reads() || !m_document->problems().isEmpty()) {
        m_bottomTabs->setCurrentWidget(m_problems);
        emit message(tr("Fix the problems before running."));
        return;
    }
    const WorkflowDef &def = m_document->lastValid();
    auto *dialog = new RunInputDialog(def.name, def.inputParameters, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        StartRequest request;
        request.name = m_document->lastValid().name;
        request.input = dialog->input();
        // The stored version when the editor shows exactly that; otherwise what is on screen,
        // as an inline definition (Conductor's StartWorkflowRequest.workflowDef).
        if (!m_document->isDirty() && m_document->storedVersion() == m_document->lastValid().version)
            request.version = m_document->storedVersion();
        else
            request.workflowDef = m_document->json();
        QPointer<EditorWidget> self(this);
        m_source->startWorkflow(request, [self, name = request.name](const ActionResult &r) {
            if (!self)
                return;
            if (!r.ok()) {
                emit self->message(tr("Could not start %1: %2").arg(name, r.message));
                return;
            }
            emit self->message(tr("Started %1: %2").arg(name, r.id));
            emit self->runStarted(r.id);
        });
    });
    dialog->open();
}

} // namespace joinery::ui
