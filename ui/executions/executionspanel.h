#pragma once

#include <QWidget>

class QLabel;
class QSettings;
class QTableView;
class QToolBar;

namespace joinery::ui {

class ExecutionFilterBar;
class ExecutionSource;
class ExecutionsModel;
class Selection;
class WorkflowActions;

// The executions dock: filter bar, the lazily paged table of executions, and a toolbar with the
// bulk actions for the rows selected. Choosing a row selects that workflow for every panel; a
// workflow selected elsewhere is highlighted here when it is loaded. GUI thread only.
class ExecutionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionsPanel)

public:
    ExecutionsPanel(ExecutionSource *source, Selection *selection, WorkflowActions *actions,
        QWidget *parent = nullptr);
    ~ExecutionsPanel() override;

    ExecutionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ExecutionFilterBar *filterBar() const { return m_filters; }
    QStringList selectedWorkflowIds() const;

    void refresh();
    void focusSearch();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void onCurrentRowChanged();
    void selectFirstOnce();
    void showSelected(const QString &workflowId);
    void updateVisibleRows();
    void updateCount();
    void retranslate();

    ExecutionSource *m_source;
    Selection *m_selection;
    ExecutionsModel *m_model;
    ExecutionFilterBar *m_filters;
    QTableView *m_view;
    QToolBar *m_toolbar;
    QLabel *m_count;
    bool m_autoSelected = false;
};

} // namespace joinery::ui
