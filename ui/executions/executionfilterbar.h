#pragma once

#include "source/executionsource.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace joinery::ui {

// The row of filters above the executions table: statuses (several at once), workflow name,
// start-time range, correlation id and free text. Typing is debounced, so the table queries the
// source once the user pauses. GUI thread only.
class ExecutionFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionFilterBar)

public:
    explicit ExecutionFilterBar(QWidget *parent = nullptr);
    ~ExecutionFilterBar() override;

    // The filters as a query (sorting and paging left at their defaults); the time range is
    // taken relative to `now`.
    ExecutionQuery query(Millis now) const;
    void setWorkflowNames(const QStringList &names);
    void focusText();
    void clear();

    // For tests and the window's state: check a status by its Conductor name.
    void setStatusChecked(const QString &statusName, bool checked);
    void setText(const QString &text);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatusButton();

    QPushButton *m_statusButton;
    QMenu *m_statusMenu;
    QComboBox *m_name;
    QComboBox *m_range;
    QLineEdit *m_correlation;
    QLineEdit *m_text;
    QToolButton *m_clear;
    QLabel *m_nameLabel;
    QLabel *m_rangeLabel;
    QTimer m_debounce;
};

} // namespace joinery::ui
