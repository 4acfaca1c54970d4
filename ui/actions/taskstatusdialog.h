#pragma once

#include "model/taskstatus.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace joinery::ui {

class JsonEdit;

// Ends a task by hand, as Conductor's "update task status" does: COMPLETED, FAILED or
// FAILED_WITH_TERMINAL_ERROR with output JSON (checked as it is typed) and, for a failure, a
// reason. GUI thread only.
class TaskStatusDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStatusDialog)

public:
    TaskStatusDialog(const QString &taskReference, TaskStatus initial, const QJsonObject &output,
        QWidget *parent = nullptr);
    ~TaskStatusDialog() override;

    TaskStatus status() const;
    QJsonObject output() const;
    QString reason() const;
    JsonEdit *outputEdit() const { return m_output; }

private:
    void updateState();

    QComboBox *m_status;
    QLineEdit *m_reason;
    JsonEdit *m_output;
    QDialogButtonBox *m_buttons;
};

} // namespace joinery::ui
