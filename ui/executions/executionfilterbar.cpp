#include "executions/executionfilterbar.h"

#include "common/statusstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace joinery::ui {

namespace {

constexpr WorkflowStatus kStatuses[]
    = {WorkflowStatus::Running, WorkflowStatus::Paused, WorkflowStatus::Completed,
        WorkflowStatus::Failed, WorkflowStatus::TimedOut, WorkflowStatus::Terminated};

// Start-time ranges offered, in milliseconds back from now (0: any time).
constexpr Millis kRanges[] = {0, 15 * 60'000, 60 * 60'000, 24 * 3600'000, 7 * 24 * 3600'000};

} // namespace

ExecutionFilterBar::ExecutionFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_statusMenu = new QMenu(this);
    for (WorkflowStatus status : kStatuses) {
        QAction *a = m_statusMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(workflowStatusName(status));
        connect(a, &QAction::toggled, this, [this] {
            updateStatusButton();
            emit changed();
        });
    }
    m_statusButton = new QPushButton(this);
    m_statusButton->setObjectName(QStringLiteral("statusFilter"));
    m_statusButton->setMenu(m_statusMenu);

    m_nameLabel = new QLabel(this);
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("nameFilter"));
    m_name->setEditable(true);
    m_name->setMinimumContentsLength(16);
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nameLabel->setBuddy(m_name);

    m_rangeLabel = new QLabel(this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeFilter"));
    for (Millis r : kRanges)
        m_range->addItem(QString(), r);
    m_rangeLabel->setBuddy(m_range);

    m_correlation = new QLineEdit(this);
    m_correlation->setObjectName(QStringLiteral("correlationFilter"));
    m_correlation->setClearButtonEnabled(true);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setClearButtonEnabled(true);
    m_clear = new QToolButton(this);
    connect(m_clear, &QToolButton::clicked, this, &ExecutionFilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_name, 2);
    layout->addWidget(m_rangeLabel);
    layout->addWidget(m_range);
    layout->addWidget(m_correlation, 2);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ExecutionFilterBar::changed);
    auto debounce = [this] { m_debounce.start(); };
    connect(m_name, &QComboBox::editTextChanged, this, debounce);
    connect(m_correlation, &QLineEdit::textChanged, this, debounce);
    connect(m_text, &QLineEdit::textChanged, this, debounce);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ExecutionFilterBar::changed);

    retranslate();
}

ExecutionFilterBar::~ExecutionFilterBar() = default;

ExecutionQuery ExecutionFilterBar::query(Millis now) const
{
    ExecutionQuery q;
    for (QAction *a : m_statusMenu->actions()) {
        if (a->isChecked())
            q.statuses << a->data().toString();
    }
    q.name = m_name->currentText().trimmed();
    q.correlationId = m_correlation->text().trimmed();
    q.freeText = m_text->text().trimmed();
    if (const Millis range = m_range->currentData().toLongLong(); range > 0)
        q.startedAfter = now - range;
    return q;
}

void ExecutionFilterBar::setWorkflowNames(const QStringList &names)
{
    const QString current = m_name->currentText();
    QSignalBlocker block(m_name);
    m_name->clear();
    m_name->addItem(QString());
    m_name->addItems(names);
    m_name->setEditText(current);
}

void ExecutionFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void ExecutionFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_name), b2(m_correlation), b3(m_text), b4(m_range);
        m_name->setEditText(QString());
        m_correlation->clear();
        m_text->clear();
        m_range->setCurrentIndex(0);
        for (QAction *a : m_statusMenu->actions()) {
            const QSignalBlocker b(a);
            a->setChecked(false);
        }
    }
    m_debounce.stop();
    updateStatusButton();
    emit changed();
}

void ExecutionFilterBar::setStatusChecked(const QString &statusName, bool checked)
{
    for (QAction *a : m_statusMenu->actions()) {
        if (a->data().toString() == statusName)
            a->setChecked(checked);
    }
}

void ExecutionFilterBar::setText(const QString &text)
{
    m_text->setText(text);
    m_debounce.stop();
    emit changed();
}

void ExecutionFilterBar::updateStatusButton()
{
    QStringList checked;
    for (QAction *a : m_statusMenu->actions()) {
        if (a->isChecked())
            checked << a->text();
    }
    m_statusButton->setText(checked.isEmpty()
            ? tr("Status: any")
            : tr("Status: %1").arg(checked.join(QLatin1String(", "))));
}

void ExecutionFilterBar::retranslate()
{
    const QList<QAction *> actions = m_statusMenu->actions();
    for (int i = 0; i < actions.size(); ++i)
        actions.at(i)->setText(StatusStyle::text(kStatuses[i]));
    m_statusButton->setToolTip(tr("Show only executions with these statuses"));
    m_nameLabel->setText(tr("&Workflow:"));
    m_name->setToolTip(tr("Workflow definition name"));
    if (m_name->lineEdit())
        m_name->lineEdit()->setPlaceholderText(tr("any"));
    m_rangeLabel->setText(tr("&Started:"));
    const QStringList ranges {tr("any time"), tr("last 15 minutes"), tr("last hour"),
        tr("last 24 hours"), tr("last 7 days")};
    for (int i = 0; i < ranges.size(); ++i)
        m_range->setItemText(i, ranges.at(i));
    m_correlation->setPlaceholderText(tr("Correlation id"));
    m_text->setPlaceholderText(tr("Search id, name, correlation id, reason (Ctrl+F)"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters"));
    updateStatusButton();
}

void ExecutionFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace joinery::ui
