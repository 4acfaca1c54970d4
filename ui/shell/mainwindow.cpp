#include "shell/mainwindow.h"

#include "actions/taskactions.h"
#include "actions/workflowactions.h"
#include "common/version.h"
#include "editor/editordocument.h"
#include "editor/editorgraph.h"
#include "editor/editorwidget.h"
#include "executions/executionspanel.h"
#include "i18n/languagemanager.h"
#include "shell/attachdialog.h"
#include "shell/remotewindow.h"
#include "shell/selection.h"
#include "source/executionsource.h"
#include "source/remotesource.h"
#include "tasks/taskspanel.h"

// The other panels are built alongside this window; each is integrated once it exists.
#if __has_include("graphview/graphview.h")
#include "graphview/graphcanvas.h"
#include "graphview/graphview.h"
#define JOINERY_HAVE_GRAPH_VIEW 1
#endif
#if __has_include("panels/stallspanel.h")
#include "panels/decidepreviewdialog.h" // stallspanel.h hands out a QPointer to one
#include "panels/stallspanel.h"
#define JOINERY_HAVE_STALLS_PANEL 1
#endif
#if __has_include("panels/locktimelinepanel.h")
#include "panels/locktimelinepanel.h"
#define JOINERY_HAVE_LOCK_TIMELINE_PANEL 1
#endif
#if __has_include("panels/metricspanel.h")
#include "panels/metricspanel.h"
#define JOINERY_HAVE_METRICS_PANEL 1
#endif
#if __has_include("panels/faultspanel.h")
#include "panels/faultspanel.h"
#define JOINERY_HAVE_FAULTS_PANEL 1
#endif

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace joinery::ui {

namespace {
constexpr int kStateVersion = 1; // bump when the set of docks changes incompatibly

// ~/.config/Joinery/Joinery.conf on Linux. Named explicitly: the application sets no
// organization, which would also move its data folder.
QSettings userSettings()
{
    return QSettings(QSettings::UserScope, QStringLiteral("Joinery"), QStringLiteral("Joinery"));
}
} // namespace

MainWindow::MainWindow(LanguageManager *languages, ExecutionSource *source, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_source(source)
{
    Q_ASSERT(source);
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size().boundedTo(QSize(1680, 1050)));
    else
        resize(1500, 950);
    m_selection = new Selection(this);
    m_actions = new WorkflowActions(source, m_selection, this);
    createPanels();
    createMenus();
    createStatusBar();
    connect(m_actions, &WorkflowActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_tasks->actions(), &TaskActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_source, &ExecutionSource::stateChanged, this, &MainWindow::setEngineState);
    // A remote source may have connected before this window existed.
    if (const auto *remote = qobject_cast<const RemoteSource *>(m_source))
        m_engineState = remote->state();
    connect(m_source, &ExecutionSource::stallsChanged, this, [this](const QList<Stall> &stalls) {
        m_stalled = int(stalls.size());
        updateStatus();
    });
    connect(m_source, &ExecutionSource::metricsSampled, this, &MainWindow::updateStatus);
    retranslate();
    m_defaultState = saveState(kStateVersion);
    restoreSettings(userSettings());
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(
    QWidget *content, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
        | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::createPanels()
{
    setCorner(Qt::TopLeftCorner, Qt::TopDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::TopDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);

    m_executions = new ExecutionsPanel(m_source, m_selection, m_actions, this);
    m_actions->setTargetProvider([this] { return m_executions->selectedWorkflowIds(); });
    connect(m_executions, &ExecutionsPanel::selectionChanged, m_actions,
        &WorkflowActions::updateEnabled);
    addDock(m_executions, QStringLiteral("executionsDock"), Qt::TopDockWidgetArea);

    m_tasks = new TasksPanel(m_source, m_selection, this);
#ifdef JOINERY_HAVE_GRAPH_VIEW
    m_graph = new GraphView(m_source, m_selection, this);
    m_editor = new EditorWidget(m_source, this);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_graph);
    m_centre->addWidget(m_editor);
    setCentralWidget(m_centre);
    connect(m_editor, &EditorWidget::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_editor, &EditorWidget::runStarted, this, [this](const QString &workflowId) {
        setEditorMode(false);
        m_selection->selectWorkflow(workflowId);
        m_executions->refresh();
    });
    addDock(m_tasks, QStringLiteral("tasksDock"), Qt::RightDockWidgetArea);
#else
    setCentralWidget(m_tasks);
#endif

    QList<QDockWidget *> bottom;
#ifdef JOINERY_HAVE_STALLS_PANEL
    auto *stalls = new StallsPanel(m_source, m_selection, this);
    m_stallsPanel = stalls;
    bottom << addDock(stalls, QStringLiteral("stallsDock"), Qt::BottomDockWidgetArea);
#endif
    // Every panel is there whatever the source offers: one whose data the source lacks (a plain
    // Conductor server has no lock events, metrics or fault injection) says so itself, which
    // tells more than a panel that silently does not exist.
#ifdef JOINERY_HAVE_LOCK_TIMELINE_PANEL
    bottom << addDock(new LockTimelinePanel(m_source, m_selection, this),
        QStringLiteral("lockTimelineDock"), Qt::BottomDockWidgetArea);
#endif
#ifdef JOINERY_HAVE_METRICS_PANEL
    bottom << addDock(new MetricsPanel(m_source, m_selection, this), QStringLiteral("metricsDock"),
        Qt::BottomDockWidgetArea);
#endif
#ifdef JOINERY_HAVE_FAULTS_PANEL
    bottom << addDock(new FaultsPanel(m_source, m_selection, this), QStringLiteral("faultsDock"),
        Qt::BottomDockWidgetArea);
#endif
    for (int i = 1; i < bottom.size(); ++i)
        tabifyDockWidget(bottom.first(), bottom.at(i));
    if (!bottom.isEmpty())
        bottom.first()->raise();
}

void MainWindow::applyDefaultSizes()
{
    // Shares of the window: the executions list and the bottom panels about a quarter of the
    // height each, the tasks a third of the width; the graph gets the rest.
    const QSize area = size();
    if (QDockWidget *d = dock(QStringLiteral("executionsDock")))
        resizeDocks({d}, {area.height() * 28 / 100}, Qt::Vertical);
    if (QDockWidget *d = dock(QStringLiteral("tasksDock")))
        resizeDocks({d}, {area.width() * 36 / 100}, Qt::Horizontal);
    if (QDockWidget *d = dock(QStringLiteral("stallsDock")))
        resizeDocks({d}, {area.height() * 22 / 100}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Sizes only make sense once the window has its own; a restored layout keeps its sizes.
    if (!std::exchange(m_shownOnce, true) && !m_layoutRestored)
        QTimer::singleShot(0, this, &MainWindow::applyDefaultSizes);
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks) {
        if (d->objectName() == objectName)
            return d;
    }
    return nullptr;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions->action(WorkflowActions::Start));
    m_fileMenu->addSeparator();
    m_attachAction = m_fileMenu->addAction(QString(), this, &MainWindow::attachToServer);
    m_attachAction->setObjectName(QStringLiteral("attachAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));

    m_workflowMenu = menuBar()->addMenu(QString());
    for (auto k : {WorkflowActions::Pause, WorkflowActions::Resume, WorkflowActions::Terminate,
             WorkflowActions::Restart, WorkflowActions::Retry, WorkflowActions::Rerun})
        m_workflowMenu->addAction(m_actions->action(k));
    m_workflowMenu->addSeparator();
    m_workflowMenu->addAction(m_actions->action(WorkflowActions::Redecide));
    m_workflowMenu->addSeparator();
    m_taskMenu = m_workflowMenu->addMenu(QString());
    for (int k = 0; k < TaskActions::NUM_KINDS; ++k)
        m_taskMenu->addAction(m_tasks->actions()->action(TaskActions::Kind(k)));

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        setEditorMode(false);
        if (QDockWidget *d = dock(QStringLiteral("executionsDock"))) {
            d->show();
            d->raise();
        }
        m_executions->focusSearch();
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_fitAction = m_viewMenu->addAction(QString());
    m_fitAction->setObjectName(QStringLiteral("fitAction"));
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
#ifdef JOINERY_HAVE_GRAPH_VIEW
    connect(m_fitAction, &QAction::triggered, this, [this] {
        if (m_editorMode)
            m_editor->graph()->fitAll();
        else
            m_graph->canvas()->fitAll();
    });
#else
    m_fitAction->setEnabled(false);
#endif
    m_editorAction = m_viewMenu->addAction(QString());
    m_editorAction->setObjectName(QStringLiteral("editorModeAction"));
    m_editorAction->setCheckable(true);
    m_editorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editorAction->setEnabled(m_editor != nullptr);
    connect(m_editorAction, &QAction::toggled, this, &MainWindow::setEditorMode);
    m_stallsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showStalls);
    m_stallsAction->setObjectName(QStringLiteral("showStallsAction"));
    m_stallsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_stallsAction->setEnabled(m_stallsPanel != nullptr);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *d : std::as_const(m_docks))
        m_panelsMenu->addAction(d->toggleViewAction());
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_koreanAction = m_languageMenu->addAction(QStringLiteral("한국어"));
    for (auto [action, code] :
        {std::pair {m_englishAction, "en"}, std::pair {m_koreanAction, "ko"}}) {
        action->setCheckable(true);
        action->setData(QString::fromLatin1(code));
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_languages)
            m_languages->setLanguage(action->data().toString());
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_faultsLabel = new QLabel(this);
    m_faultsLabel->setObjectName(QStringLiteral("faultsLabel"));
    m_faultsLabel->setStyleSheet(QStringLiteral("color: #b45000; font-weight: bold;"));
    m_stallsButton = new QToolButton(this);
    m_stallsButton->setObjectName(QStringLiteral("stallsButton"));
    m_stallsButton->setAutoRaise(true);
    connect(m_stallsButton, &QToolButton::clicked, this, &MainWindow::showStalls);
    m_engineLabel = new QLabel(this);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_faultsLabel);
    statusBar()->addPermanentWidget(m_stallsButton);
    statusBar()->addPermanentWidget(m_engineLabel);
}

void MainWindow::setEngineState(const QString &state)
{
    m_engineState = state;
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_databaseLabel->setText(m_source->describe());
    QString state;
    if (m_engineState.isEmpty())
        state = tr("starting");
    else if (m_engineState == QLatin1String("running"))
        state = tr("running");
    else if (m_engineState == QLatin1String("connected"))
        state = tr("connected");
    else if (m_engineState.startsWith(QLatin1String("disconnected")))
        state = tr("disconnected%1").arg(m_engineState.mid(12));
    else
        state = m_engineState;
    m_engineLabel->setText(tr("Engine: %1").arg(state));

    m_stallsButton->setText(tr("Stalled: %1").arg(m_stalled));
    m_stallsButton->setToolTip(m_stallsPanel ? tr("Show the stalled workflows") : QString());
    m_stallsButton->setStyleSheet(
        m_stalled > 0 ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_stallsButton->setVisible(m_source->capabilities() & ExecutionSource::Stalls);

    QStringList faults;
    if (m_source->capabilities() & ExecutionSource::Faults) {
        const QJsonObject f = m_source->faults();
        if (f.value(QLatin1String("legacyDecide")).toBool())
            faults << tr("legacy decide");
        if (const double miss = f.value(QLatin1String("lockMissRate")).toDouble(); miss > 0)
            faults << tr("lock misses %1%").arg(qRound(miss * 100));
        if (const int delay = f.value(QLatin1String("decideDelayMs")).toInt(); delay > 0)
            faults << tr("decide delay %1 ms").arg(delay);
        if (const double fail = f.value(QLatin1String("workerFailureRate")).toDouble(); fail > 0)
            faults << tr("worker failures %1%").arg(qRound(fail * 100));
        if (f.value(QLatin1String("sweeperPaused")).toBool())
            faults << tr("sweeper paused");
    }
    m_faultsLabel->setText(
        faults.isEmpty() ? QString() : tr("Faults: %1").arg(faults.join(QLatin1String(", "))));
    m_faultsLabel->setVisible(!faults.isEmpty());
}

void MainWindow::setEditorMode(bool on)
{
    if (!m_editor || on == m_editorMode)
        return;
    m_editorMode = on;
    m_editorAction->setChecked(on);
    if (on) {
        m_monitorState = saveState(kStateVersion);
        for (QDockWidget *d : std::as_const(m_docks))
            d->hide();
        m_centre->setCurrentWidget(m_editor);
        m_editor->refreshDefinitions();
        m_editor->setFocus(Qt::OtherFocusReason);
    } else {
        m_centre->setCurrentWidget(m_graph);
        restoreState(m_monitorState, kStateVersion);
    }
}

void MainWindow::showStalls()
{
    setEditorMode(false);
    if (QDockWidget *d = dock(QStringLiteral("stallsDock"))) {
        d->show();
        d->raise();
        if (m_stallsPanel)
            m_stallsPanel->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::refresh()
{
    m_executions->refresh();
    m_tasks->refresh();
#ifdef JOINERY_HAVE_STALLS_PANEL
    static_cast<StallsPanel *>(m_stallsPanel)->refresh();
#endif
    statusBar()->showMessage(tr("Refreshed"), 2000);
}

void MainWindow::retranslate()
{
    if (const auto *remote = qobject_cast<const RemoteSource *>(m_source))
        setWindowTitle(tr("%1 — Joinery").arg(remote->url().toDisplayString()));
    else
        setWindowTitle(tr("Joinery"));
    m_fileMenu->setTitle(tr("&File"));
    m_attachAction->setText(tr("Attach to &Server…"));
    m_quitAction->setText(tr("&Quit"));
    m_workflowMenu->setTitle(tr("&Workflow"));
    m_taskMenu->setTitle(tr("&Task"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find Executions"));
    m_fitAction->setText(tr("&Zoom Graph to Fit"));
    m_editorAction->setText(tr("Workflow &Editor"));
    m_stallsAction->setText(tr("Show &Stalled Workflows"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_resetLayoutAction->setText(tr("Reset &Layout"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Joinery"));
    m_actions->retranslate();
    const QString lang = m_languages ? m_languages->language() : QString();
    m_englishAction->setChecked(lang == QLatin1String("en"));
    m_koreanAction->setChecked(lang == QLatin1String("ko"));

    const QList<std::pair<QString, QString>> titles {
        {QStringLiteral("executionsDock"), tr("Executions")},
        {QStringLiteral("tasksDock"), tr("Tasks")},
        {QStringLiteral("stallsDock"), tr("Stalled Workflows")},
        {QStringLiteral("lockTimelineDock"), tr("Lock Timeline")},
        {QStringLiteral("metricsDock"), tr("Engine Metrics")},
        {QStringLiteral("faultsDock"), tr("Faults and Demo Load")},
    };
    for (const auto &[name, title] : titles) {
        if (QDockWidget *d = dock(name))
            d->setWindowTitle(title);
    }
    updateStatus();
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // In the editor the monitoring docks are hidden; what is remembered is how they were.
    settings.setValue(QStringLiteral("window/state"), m_editorMode ? m_monitorState : saveState(kStateVersion));
    m_executions->saveState(settings);
    m_tasks->saveState(settings);
}

void MainWindow::restoreSettings(const QSettings &settings)
{
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!state.isEmpty())
        m_layoutRestored = restoreState(state, kStateVersion);
    m_executions->restoreState(settings);
    m_tasks->restoreState(settings);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kStateVersion);
    for (QDockWidget *d : std::as_const(m_docks)) {
        d->setFloating(false);
        d->show();
    }
    if (QDockWidget *d = dock(QStringLiteral("stallsDock")))
        d->raise();
    applyDefaultSizes();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor && m_editor->document()->isDirty()) {
        setEditorMode(true);
        const auto answer = QMessageBox::question(this, tr("Unsaved Workflow"),
            tr("The workflow in the editor has changes that are not saved. Quit anyway?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings settings(QSettings::UserScope, QStringLiteral("Joinery"), QStringLiteral("Joinery"));
    saveSettings(settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::attachToServer()
{
    // open(), not exec(): a nested event loop would run every network callback inside it.
    auto *dialog = new AttachDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto *remote = qobject_cast<const RemoteSource *>(m_source))
        dialog->setUrl(remote->url().toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A window of its own: this one keeps showing its engine or server.
        openRemoteWindow(m_languages, dialog->url(), dialog->token());
        statusBar()->showMessage(tr("Attaching to %1…").arg(dialog->url().toDisplayString()), 6000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Joinery"),
        tr("<h3>Joinery %1</h3><p>A durable, Conductor-compatible workflow engine "
           "and the window to watch and recover it.</p>")
            .arg(QString::fromLatin1(kVersion)));
}

} // namespace joinery::ui
