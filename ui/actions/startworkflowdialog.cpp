#include "actions/startworkflowdialog.h"

#include "actions/jsonedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace joinery::ui {

StartWorkflowDialog::StartWorkflowDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("StartWorkflowDialog"));
    setWindowTitle(tr("Start Workflow"));
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("definitionCombo"));
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_correlation = new QLineEdit(this);
    m_correlation->setObjectName(QStringLiteral("correlationEdit"));
    m_priority = new QSpinBox(this);
    m_priority->setRange(0, 99);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_input = new JsonEdit(this);
    m_input->setObjectName(QStringLiteral("inputEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Definition:"), m_name);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Correlation id:"), m_correlation);
    form->addRow(tr("&Priority:"), m_priority);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *inputLabel = new QLabel(tr("&Input (JSON):"), this);
    inputLabel->setBuddy(m_input);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(inputLabel);
    layout->addWidget(m_input, 1);
    layout->addWidget(m_buttons);

    connect(m_name, &QComboBox::currentIndexChanged, this, &StartWorkflowDialog::definitionChanged);
    connect(m_input, &JsonEdit::validityChanged, this, &StartWorkflowDialog::updateOk);
    resize(560, 520);
    updateOk();
}

StartWorkflowDialog::~StartWorkflowDialog() = default;

void StartWorkflowDialog::setDefinitions(const QList<WorkflowDefPtr> &definitions)
{
    m_definitions = definitions;
    QStringList names;
    for (const WorkflowDefPtr &d : definitions) {
        if (!names.contains(d->name))
            names << d->name;
    }
    const QSignalBlocker block(m_name);
    m_name->clear();
    m_name->addItems(names);
    definitionChanged();
}

void StartWorkflowDialog::selectDefinition(const QString &name)
{
    const int i = m_name->findText(name);
    if (i >= 0)
        m_name->setCurrentIndex(i);
}

void StartWorkflowDialog::definitionChanged()
{
    updateVersions();
    WorkflowDefPtr latest;
    for (const WorkflowDefPtr &d : std::as_const(m_definitions)) {
        if (d->name == m_name->currentText() && (!latest || d->version > latest->version))
            latest = d;
    }
    m_description->setText(latest ? latest->description : QString());
    m_description->setVisible(latest && !latest->description.isEmpty());
    // Offer the declared inputs unless the user has typed something of their own.
    if (!m_input->isModified()) {
        QJsonObject input;
        if (latest) {
            for (const QString &p : latest->inputParameters)
                input.insert(p, QJsonValue::Null);
        }
        m_input->setObject(input);
    }
    updateOk();
}

void StartWorkflowDialog::updateVersions()
{
    m_version->clear();
    m_version->addItem(tr("latest"), 0);
    for (const WorkflowDefPtr &d : std::as_const(m_definitions)) {
        if (d->name == m_name->currentText())
            m_version->addItem(QString::number(d->version), d->version);
    }
}

void StartWorkflowDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_input->isValid() && m_name->count() > 0);
}

StartRequest StartWorkflowDialog::request() const
{
    StartRequest r;
    r.name = m_name->currentText();
    r.version = m_version->currentData().toInt();
    r.correlationId = m_correlation->text().trimmed();
    r.priority = m_priority->value();
    r.input = m_input->object().value_or(QJsonObject());
    return r;
}

} // namespace joinery::ui
