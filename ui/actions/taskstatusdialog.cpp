#include "actions/taskstatusdialog.h"

#include "actions/jsonedit.h"
#include "common/statusstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace joinery::ui {

TaskStatusDialog::TaskStatusDialog(
    const QString &taskReference, TaskStatus initial, const QJsonObject &output, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("TaskStatusDialog"));
    setWindowTitle(tr("Set Status of %1").arg(taskReference));
    m_status = new QComboBox(this);
    for (TaskStatus s :
        {TaskStatus::Completed, TaskStatus::Failed, TaskStatus::FailedWithTerminalError})
        m_status->addItem(StatusStyle::text(s), int(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(initial))));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why the task failed"));
    m_output = new JsonEdit(this);
    m_output->setObject(output);

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Reason:"), m_reason);
    auto *outputLabel = new QLabel(tr("&Output (JSON):"), this);
    outputLabel->setBuddy(m_output);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(outputLabel);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_buttons);
    connect(m_output, &JsonEdit::validityChanged, this, &TaskStatusDialog::updateState);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TaskStatusDialog::updateState);
    resize(520, 420);
    updateState();
}

TaskStatusDialog::~TaskStatusDialog() = default;

TaskStatus TaskStatusDialog::status() const
{
    return TaskStatus(m_status->currentData().toInt());
}

QJsonObject TaskStatusDialog::output() const
{
    return m_output->object().value_or(QJsonObject());
}

QString TaskStatusDialog::reason() const
{
    return m_reason->text().trimmed();
}

void TaskStatusDialog::updateState()
{
    m_reason->setEnabled(status() != TaskStatus::Completed);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_output->isValid());
}

} // namespace joinery::ui
