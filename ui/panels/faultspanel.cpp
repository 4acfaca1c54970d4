#include "panels/faultspanel.h"

#include "source/executionsource.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace joinery::ui {

namespace {
const QString kLockMissRate = QStringLiteral("lockMissRate");
const QString kDecideDelayMs = QStringLiteral("decideDelayMs");
const QString kWorkerFailureRate = QStringLiteral("workerFailureRate");
const QString kSweeperPaused = QStringLiteral("sweeperPaused");
const QString kLegacyDecide = QStringLiteral("legacyDecide");
} // namespace

FaultsPanel::FaultsPanel(ExecutionSource *source, Selection *, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_faultsBox(new QGroupBox(this))
    , m_faultsUnavailable(new QLabel(this))
    , m_lockMiss(new QDoubleSpinBox(this))
    , m_decideDelay(new QSpinBox(this))
    , m_workerFailure(new QDoubleSpinBox(this))
    , m_sweeperPaused(new QCheckBox(this))
    , m_legacy(new QCheckBox(this))
    , m_legacyNote(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_demoBox(new QGroupBox(this))
    , m_demoUnavailable(new QLabel(this))
    , m_demoRate(new QSpinBox(this))
    , m_demoToggle(new QPushButton(this))
    , m_demoState(new QLabel(this))
    , m_lockMissLabel(new QLabel(this))
    , m_decideDelayLabel(new QLabel(this))
    , m_workerFailureLabel(new QLabel(this))
    , m_demoRateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("faultsPanel"));
    m_lockMiss->setObjectName(kLockMissRate);
    m_decideDelay->setObjectName(kDecideDelayMs);
    m_workerFailure->setObjectName(kWorkerFailureRate);
    m_sweeperPaused->setObjectName(kSweeperPaused);
    m_legacy->setObjectName(kLegacyDecide);
    m_demoRate->setObjectName(QStringLiteral("demoRate"));
    // Rates are shown in percent; the source takes probabilities.
    for (QDoubleSpinBox *rate : {m_lockMiss, m_workerFailure}) {
        rate->setRange(0, 100);
        rate->setDecimals(1);
        rate->setSingleStep(5);
        rate->setSuffix(QStringLiteral(" %"));
    }
    m_decideDelay->setRange(0, 10000);
    m_decideDelay->setSingleStep(10);
    m_decideDelay->setSuffix(QStringLiteral(" ms"));
    for (QAbstractSpinBox *field : std::initializer_list<QAbstractSpinBox *>{m_lockMiss, m_decideDelay, m_workerFailure, m_demoRate})
        field->setMaximumWidth(140);
    m_demoRate->setRange(1, 500);
    m_demoRate->setValue(5);
    m_legacyNote->setWordWrap(true);
    m_legacyNote->setForegroundRole(QPalette::PlaceholderText);
    m_faultsUnavailable->setWordWrap(true);
    m_demoUnavailable->setWordWrap(true);

    // Compact: the panel usually sits in a wide, low dock. Two columns of fields, the two
    // switches on one row, the status beside the buttons; the demo load to the right. The
    // whole scrolls rather than squeezing the wrapped note when the dock is very low.
    auto *grid = new QGridLayout;
    grid->addWidget(m_lockMissLabel, 0, 0);
    grid->addWidget(m_lockMiss, 0, 1);
    grid->addWidget(m_workerFailureLabel, 0, 2);
    grid->addWidget(m_workerFailure, 0, 3);
    grid->addWidget(m_decideDelayLabel, 1, 0);
    grid->addWidget(m_decideDelay, 1, 1);
    grid->addWidget(m_sweeperPaused, 2, 0, 1, 2);
    grid->addWidget(m_legacy, 2, 2, 1, 2);
    grid->addWidget(m_legacyNote, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto *faultButtons = new QHBoxLayout;
    faultButtons->addWidget(m_status, 1);
    faultButtons->addWidget(m_clear);
    faultButtons->addWidget(m_apply);
    auto *faultsLayout = new QVBoxLayout(m_faultsBox);
    faultsLayout->addWidget(m_faultsUnavailable);
    faultsLayout->addLayout(grid);
    faultsLayout->addLayout(faultButtons);

    auto *demoLayout = new QVBoxLayout(m_demoBox);
    demoLayout->addWidget(m_demoUnavailable);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_demoRateLabel);
    rateRow->addWidget(m_demoRate);
    rateRow->addStretch(1);
    demoLayout->addLayout(rateRow);
    demoLayout->addWidget(m_demoState);
    demoLayout->addWidget(m_demoToggle, 0, Qt::AlignRight);
    demoLayout->addStretch(1);

    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    row->addWidget(m_faultsBox, 3, Qt::AlignTop);
    row->addWidget(m_demoBox, 2, Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_apply, &QPushButton::clicked, this, &FaultsPanel::apply);
    connect(m_clear, &QPushButton::clicked, this, &FaultsPanel::clearFaults);
    connect(m_demoToggle, &QPushButton::clicked, this,
            [this] { setDemoLoad(!(m_source && m_source->demoLoadRunning())); });
    connect(m_demoRate, &QSpinBox::valueChanged, this, [this] {
        if (m_source && m_source->demoLoadRunning())
            m_source->setDemoLoad(true, m_demoRate->value()); // a new rate takes effect at once
    });

    const bool faults = m_source && (m_source->capabilities() & ExecutionSource::Faults);
    const bool demo = m_source && (m_source->capabilities() & ExecutionSource::DemoLoad);
    m_faultsUnavailable->setVisible(!faults);
    for (QWidget *w : std::initializer_list<QWidget *>{m_lockMiss, m_decideDelay, m_workerFailure, m_sweeperPaused,
                                                       m_legacy, m_apply, m_clear})
        w->setEnabled(faults);
    m_demoUnavailable->setVisible(!demo);
    m_demoRate->setEnabled(demo);
    m_demoToggle->setEnabled(demo);
    if (faults)
        showSettings(m_source->faults());
    if (demo) {
        // The stream may be started elsewhere (joinery --demo, another window): keep the
        // button's state in step without a signal for it.
        auto *poll = new QTimer(this);
        poll->setInterval(1000);
        connect(poll, &QTimer::timeout, this, &FaultsPanel::updateDemoState);
        poll->start();
    }
    retranslate();
}

FaultsPanel::~FaultsPanel() = default;

void FaultsPanel::retranslate()
{
    m_faultsBox->setTitle(tr("Fault injection"));
    m_faultsUnavailable->setText(tr("This source does not accept fault injection (only the embedded engine "
                                    "and Joinery servers do)."));
    m_lockMissLabel->setText(tr("Lock-miss rate:"));
    m_lockMiss->setToolTip(tr("Share of lock acquisitions that fail as if another thread held the lock"));
    m_decideDelayLabel->setText(tr("Decide delay:"));
    m_decideDelay->setToolTip(tr("Extra time each decide holds the workflow's lock, to widen races"));
    m_workerFailureLabel->setText(tr("Worker failure rate:"));
    m_workerFailure->setToolTip(tr("Share of demo-worker tasks that fail (and are retried per their definition)"));
    m_sweeperPaused->setText(tr("Pause the sweeper"));
    m_legacy->setText(tr("Legacy decide (Conductor before 3.31.2)"));
    m_legacyNote->setText(tr("In legacy mode a lock miss drops the decide, as Conductor did: with lock misses "
                             "on, JOINs get stranded and the stalls panel lists them. Re-decide recovers them."));
    m_apply->setText(tr("Apply"));
    m_clear->setText(tr("All off"));
    switch (m_statusKind) {
    case Status::None:
        m_status->clear();
        break;
    case Status::Applying:
        m_status->setText(tr("Applying…"));
        break;
    case Status::Applied:
        m_status->setText(tr("Applied."));
        break;
    case Status::Failed:
        m_status->setText(tr("Not applied: %1").arg(m_error));
        break;
    }
    m_demoBox->setTitle(tr("Demo load"));
    m_demoUnavailable->setText(tr("This source cannot start demo workflows."));
    m_demoRateLabel->setText(tr("Workflows per second:"));
    updateDemoState();
}

void FaultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QJsonObject FaultsPanel::settings() const
{
    return QJsonObject{{kLockMissRate, m_lockMiss->value() / 100.0},
                       {kDecideDelayMs, m_decideDelay->value()},
                       {kWorkerFailureRate, m_workerFailure->value() / 100.0},
                       {kSweeperPaused, m_sweeperPaused->isChecked()},
                       {kLegacyDecide, m_legacy->isChecked()}};
}

void FaultsPanel::showSettings(const QJsonObject &s)
{
    m_lockMiss->setValue(s.value(kLockMissRate).toDouble() * 100.0);
    m_decideDelay->setValue(s.value(kDecideDelayMs).toInt());
    m_workerFailure->setValue(s.value(kWorkerFailureRate).toDouble() * 100.0);
    m_sweeperPaused->setChecked(s.value(kSweeperPaused).toBool());
    m_legacy->setChecked(s.value(kLegacyDecide).toBool());
}

void FaultsPanel::apply()
{
    if (!m_source || !(m_source->capabilities() & ExecutionSource::Faults))
        return;
    m_statusKind = Status::Applying;
    retranslate();
    m_apply->setEnabled(false);
    QPointer<FaultsPanel> self(this);
    m_source->setFaults(settings(), [self](const ActionResult &result) {
        if (!self)
            return;
        self->m_apply->setEnabled(true);
        self->m_statusKind = result.ok() ? Status::Applied : Status::Failed;
        self->m_error = result.message;
        if (self->m_source)
            self->showSettings(self->m_source->faults()); // what the engine really runs with
        self->retranslate();
        emit self->applied(result.ok());
    });
}

void FaultsPanel::clearFaults()
{
    showSettings(QJsonObject());
    apply();
}

void FaultsPanel::setDemoLoad(bool on)
{
    if (!m_source || !(m_source->capabilities() & ExecutionSource::DemoLoad))
        return;
    m_source->setDemoLoad(on, m_demoRate->value());
    updateDemoState();
}

void FaultsPanel::updateDemoState()
{
    const bool running = m_source && m_source->demoLoadRunning();
    m_demoToggle->setText(running ? tr("Stop demo load") : tr("Start demo load"));
    m_demoState->setText(running ? tr("Demo workflows are being started.") : tr("No demo load."));
}

QString FaultsPanel::statusText() const
{
    return m_status->text();
}

} // namespace joinery::ui
