#include "editor/runinputdialog.h"

#include "actions/jsonedit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace joinery::ui {

RunInputDialog::RunInputDialog(const QString &workflowName, const QStringList &inputParameters, QWidget *parent)
    : QDialog(parent)
    , m_input(new JsonEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("runInputDialog"));
    setWindowTitle(tr("Run %1").arg(workflowName));
    QJsonObject input;
    for (const QString &name : inputParameters)
        input.insert(name, QString());
    m_input->setObject(input);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(m_input, &JsonEdit::validityChanged, m_buttons->button(QDialogButtonBox::Ok), &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return types a new line in the JSON; Ctrl+Return runs, as in the editor.
    auto *run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(run, &QShortcut::activated, this, [this] {
        if (m_input->isValid())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Workflow input (JSON):"), this));
    layout->addWidget(m_input, 1);
    layout->addWidget(m_buttons);
    resize(520, 360);
}

RunInputDialog::~RunInputDialog() = default;

QJsonObject RunInputDialog::input() const
{
    return m_input->object().value_or(QJsonObject());
}

} // namespace joinery::ui
