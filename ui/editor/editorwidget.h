#pragma once

#include "definitions/workflowdef.h"
#include "editor/core/workflowedits.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace joinery::ui {

class DefinitionsBrowser;
class DefinitionsModel;
class EditorDocument;
class EditorGraph;
class ExecutionSource;
class JsonSourceView;
class PropertiesPanel;

// The workflow editor: the definitions browser (left), the graph of the definition being edited
// with its toolbar and palette (centre), the JSON view and the validator's problems under it,
// and the properties of the selected node (right). Edits go through EditorDocument (undoable);
// every view follows the document. Saving registers a new version with the source after showing
// the diff against the latest stored one; Run starts the definition and reports the new
// execution (runStarted) so the window can show it in the monitoring view.
//
// Dialogs (diff, run input) are opened window-modal with open(), not exec(), and the work
// continues from their accepted() signal. GUI thread only; the source must outlive the widget.
class EditorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorWidget)

public:
    enum ActionId {
        NewAction,
        OpenAction,
        DuplicateAction,
        DeleteDefinitionAction,
        ImportAction,
        ExportAction,
        RefreshAction,
        UndoAction,
        RedoAction,
        InsertBeforeAction,
        InsertAfterAction,
        AddForkAction,
        AddBranchAction,
        RemoveBranchAction,
        AddSwitchAction,
        WrapInLoopAction,
        DeleteNodeAction,
        SaveAction,
        RunAction,
        NUM_ACTIONS
    };

    explicit EditorWidget(ExecutionSource *source, QWidget *parent = nullptr);
    ~EditorWidget() override;

    QAction *action(ActionId id) const { return m_actions.at(id); }
    QAction *paletteAction(const QString &type) const { return m_palette.value(type); }
    EditorDocument *document() const { return m_document; }
    EditorGraph *graph() const { return m_graph; }
    PropertiesPanel *properties() const { return m_properties; }
    JsonSourceView *jsonView() const { return m_json; }
    QListWidget *problemsList() const { return m_problems; }
    DefinitionsBrowser *browser() const { return m_browser; }
    QTreeView *definitionsView() const;
    DefinitionsModel *definitionsModel() const;
    QSpinBox *branchCount() const { return m_branches; }

    // Fetches the stored definitions again (the browser, and the versions Save compares with).
    void refreshDefinitions();
    void newDefinition();
    // Opens a stored definition (from the last fetch); false if it is not there.
    bool openDefinition(const QString &name, int version);
    // Reads a definition from a JSON file into a new, unsaved document; the error says why not.
    bool importFile(const QString &path, QString *error = nullptr);
    bool exportFile(const QString &path, QString *error = nullptr) const;
    // Shows the diff against the latest stored version, and registers the next version on Save.
    void saveAsNewVersion();
    // Asks for the input and starts the workflow (the stored version when saved, else inline).
    void run();

signals:
    void runStarted(const QString &workflowId);
    void definitionsRefreshed();
    void saved(const QString &name, int version);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createLayout();
    void retranslate();
    void documentChanged();
    void updateActions();
    void updateTitle();
    void showContextMenu(const QString &id, const QPoint &globalPos);
    void applyEdit(const EditResult &result, const QString &text);
    QString anchor() const; // where palette inserts go: the selected node, or the end
    // The FORK_JOIN a branch action is about (selected fork/join, or the fork whose branch holds
    // the selected task) and the branch index (-1: none in particular).
    QString branchFork(int *branch) const;
    bool confirmDiscard();

    ExecutionSource *m_source;
    EditorDocument *m_document;
    EditorGraph *m_graph;
    PropertiesPanel *m_properties;
    JsonSourceView *m_json;
    QListWidget *m_problems;
    DefinitionsBrowser *m_browser;
    QSpinBox *m_branches;
    QLabel *m_branchesLabel;
    QLabel *m_title;
    QToolBar *m_toolbar;
    QTabWidget *m_bottomTabs;
    QMenu *m_paletteMenu;
    QList<QAction *> m_actions;
    QHash<QString, QAction *> m_palette;
};

} // namespace joinery::ui
