#pragma once

#include "execution/executiontypes.h"

#include <QList>
#include <QObject>

#include <array>
#include <functional>

class QAction;
class QWidget;

namespace joinery::ui {

class ExecutionSource;
class Selection;

// The workflow-level commands of the window — start, pause, resume, terminate, restart, retry,
// rerun and re-decide — as QActions with shortcuts, shared by the menu, the executions toolbar
// and the context menus. They act on the workflows the target provider names (the executions
// table's selection, for bulk actions) or else on the selected workflow; terminate asks for a
// reason, restart and rerun ask for confirmation, and several workflows at once always do.
// Results come back as one summary message; failures are listed in a dialog. GUI thread only.
class WorkflowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowActions)

public:
    enum Kind { Start, Pause, Resume, Terminate, Restart, Retry, Rerun, Redecide, NUM_KINDS };

    WorkflowActions(ExecutionSource *source, Selection *selection, QWidget *dialogParent);
    ~WorkflowActions() override;

    QAction *action(Kind kind) const { return m_actions.at(kind); }
    void setTargetProvider(std::function<QStringList()> provider);
    QStringList targets() const;
    // Enables the actions that have something to act on.
    void updateEnabled();
    void retranslate();

    // Applies `action` to every id without asking; `label` names it in the summary.
    void apply(const QStringList &workflowIds, const WorkflowAction &action, const QString &label);
    // Opens the start dialog (definitions are fetched first).
    void startWorkflow();

signals:
    void message(const QString &text);
    void workflowStarted(const QString &workflowId);
    void applied(int succeeded, int failed);

private:
    void trigger(Kind kind);
    bool confirm(const QString &question) const;
    QString label(Kind kind) const;

    ExecutionSource *m_source;
    Selection *m_selection;
    QWidget *m_dialogParent;
    std::function<QStringList()> m_targets;
    std::array<QAction *, NUM_KINDS> m_actions {};
};

} // namespace joinery::ui
