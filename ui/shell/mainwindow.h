#pragma once

#include <QByteArray>
#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;
class QToolButton;

namespace joinery::ui {

class EditorWidget;
class ExecutionSource;
class ExecutionsPanel;
class GraphView;
class LanguageManager;
class Selection;
class TasksPanel;
class WorkflowActions;

// The top-level window. The graph of the selected workflow fills the centre (or, without the
// graph view, the selected workflow's tasks and task detail); the executions list, the tasks,
// stalled workflows, lock timeline, metrics and fault-injection panels are docks whose
// arrangement, splitters and column widths persist in QSettings. Menus and shortcuts carry the
// common actions; the status bar shows the database or server, the engine state, injected
// faults, and the count of stalled workflows (a click raises the stalls panel).
//
// The window never owns the engine or the source; it is handed the source it shows, which must
// outlive it. GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(LanguageManager *languages, ExecutionSource *source, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The source's state word ("running", "connected", "disconnected: …"), shown translated.
    void setEngineState(const QString &state);

    Selection *selection() const { return m_selection; }
    ExecutionsPanel *executionsPanel() const { return m_executions; }
    TasksPanel *tasksPanel() const { return m_tasks; }
    WorkflowActions *workflowActions() const { return m_actions; }
    GraphView *graphView() const { return m_graph; }
    EditorWidget *editor() const { return m_editor; }
    // The workflow editor replaces the monitoring graph in the centre and hides the monitoring
    // docks while it is shown; leaving it puts the docks back as they were.
    void setEditorMode(bool on);
    bool editorMode() const { return m_editorMode; }
    QDockWidget *dock(const QString &objectName) const;
    int stalledCount() const { return m_stalled; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    void resetLayout();
    void refresh();
    void showStalls();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createPanels();
    void applyDefaultSizes();
    QDockWidget *addDock(QWidget *content, const QString &objectName, Qt::DockWidgetArea area);
    void createMenus();
    void createStatusBar();
    void retranslate();
    void updateStatus();
    void showAbout();
    void attachToServer();

    LanguageManager *m_languages;
    ExecutionSource *m_source;
    Selection *m_selection;
    WorkflowActions *m_actions;
    ExecutionsPanel *m_executions = nullptr;
    TasksPanel *m_tasks = nullptr;
    GraphView *m_graph = nullptr;
    EditorWidget *m_editor = nullptr;
    QStackedWidget *m_centre = nullptr;
    bool m_editorMode = false;
    QByteArray m_monitorState; // dock arrangement to return to when the editor is left
    QWidget *m_stallsPanel = nullptr;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState; // where each dock goes before the user moves anything
    bool m_layoutRestored = false;
    bool m_shownOnce = false;
    QString m_engineState;
    int m_stalled = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_workflowMenu = nullptr;
    QMenu *m_taskMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_editorAction = nullptr;
    QAction *m_stallsAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_koreanAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_faultsLabel = nullptr;
    QToolButton *m_stallsButton = nullptr;
};

} // namespace joinery::ui
