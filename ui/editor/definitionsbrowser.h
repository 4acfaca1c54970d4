#pragma once

#include "definitions/workflowdef.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace joinery::ui {

class DefinitionsModel;
class ExecutionSource;

// The editor's list of stored workflow definitions, every version of every name, with the
// buttons of the actions it is handed (new, open, duplicate, delete; import, export, refresh).
// A double-click asks to open a definition. It also answers what is stored (the latest version
// of a name), which is what saving compares with. GUI thread only; the source must outlive it.
class DefinitionsBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionsBrowser)

public:
    DefinitionsBrowser(ExecutionSource *source, QWidget *parent = nullptr);
    ~DefinitionsBrowser() override;

    // Two rows of buttons: the definition actions, then the file actions.
    void setActions(const QList<QAction *> &definitionActions, const QList<QAction *> &fileActions);

    DefinitionsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Fetches the definitions again; emits refreshed() when they arrive. Keeps the current row.
    void refresh();
    // The selected definition, or null.
    WorkflowDefPtr current() const;
    void setCurrent(const QString &name, int version);
    // The highest stored version of `name` (from the last fetch), or null.
    WorkflowDefPtr latest(const QString &name) const;

signals:
    void refreshed();
    void openRequested(const QString &name, int version);
    void currentChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    ExecutionSource *m_source;
    DefinitionsModel *m_model;
    QTreeView *m_view;
    QLabel *m_title;
    QWidget *m_bars;
};

} // namespace joinery::ui
