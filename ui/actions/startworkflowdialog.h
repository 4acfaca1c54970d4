#pragma once

#include "execution/executiontypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace joinery::ui {

class JsonEdit;

// Starts a workflow: pick a registered definition and version, give a correlation id and a
// priority, and edit the input as JSON, checked as it is typed (the OK button stays disabled
// while the JSON is wrong, and the error says where). The input starts as an object with the
// definition's declared input parameters. GUI thread only.
class StartWorkflowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartWorkflowDialog)

public:
    explicit StartWorkflowDialog(QWidget *parent = nullptr);
    ~StartWorkflowDialog() override;

    void setDefinitions(const QList<WorkflowDefPtr> &definitions);
    void selectDefinition(const QString &name);
    StartRequest request() const;
    JsonEdit *inputEdit() const { return m_input; }

private:
    void definitionChanged();
    void updateVersions();
    void updateOk();

    QList<WorkflowDefPtr> m_definitions;
    QComboBox *m_name;
    QComboBox *m_version;
    QLineEdit *m_correlation;
    QSpinBox *m_priority;
    JsonEdit *m_input;
    QLabel *m_description;
    QDialogButtonBox *m_buttons;
};

} // namespace joinery::ui
