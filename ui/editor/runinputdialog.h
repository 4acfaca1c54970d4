#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QDialogButtonBox;

namespace joinery::ui {

class JsonEdit;

// Asks for the input of a run started from the editor: a JSON object, checked as it is typed,
// starting with the workflow's declared input parameters. GUI thread only.
class RunInputDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunInputDialog)

public:
    RunInputDialog(const QString &workflowName, const QStringList &inputParameters, QWidget *parent = nullptr);
    ~RunInputDialog() override;

    JsonEdit *inputEdit() const { return m_input; }
    QJsonObject input() const;

private:
    JsonEdit *m_input;
    QDialogButtonBox *m_buttons;
};

} // namespace joinery::ui
