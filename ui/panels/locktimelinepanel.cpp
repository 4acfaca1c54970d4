#include "panels/locktimelinepanel.h"

#include "execution/chrometrace.h"
#include "panels/locklanesplottable.h"
#include "shell/selection.h"
#include "source/executionsource.h"
#include "widgets/legendstrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace joinery::ui {

namespace {
constexpr int kHistogramBins = 20;
constexpr int kLanePixels = 18; // lanes get at least this height; drag vertically for more

QString laneLabel(const QString &key)
{
    return key.size() > 14 ? key.left(8) + QStringLiteral("…") + key.right(4) : key;
}
} // namespace

LockTimelinePanel::LockTimelinePanel(ExecutionSource *source, Selection *selection, QWidget *parent)
    : QWidget(parent), m_source(source), m_selection(selection)
{
    setObjectName(QStringLiteral("lockTimelinePanel"));
    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_laneMode = new QComboBox(this);
    m_laneMode->addItems({QString(), QString()});
    m_window = new QComboBox(this);
    for (int seconds : {10, 30, 60, 300})
        m_window->addItem(QString(), seconds);
    m_window->setCurrentIndex(1);
    m_pause = new QToolButton(this);
    m_pause->setCheckable(true);
    m_filter = new QCheckBox(this);
    m_export = new QPushButton(this);
    m_summary = new QLabel(this);
    m_legend = new LegendStrip(this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_laneMode);
    bar->addWidget(m_window);
    bar->addWidget(m_pause);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_export);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("lockPlot"));
    m_plot->setMinimumHeight(160);
    auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    timeTicker->setDateTimeFormat(QStringLiteral("hh:mm:ss"));
    m_plot->xAxis->setTicker(timeTicker);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->setRangeReversed(true);
    // Lane names are ids: no "beautiful powers" typesetting of an 'e' followed by digits.
    m_plot->yAxis->setNumberFormat(QStringLiteral("g"));
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_lanes = new LockLanesPlottable(m_plot->xAxis, m_plot->yAxis, &m_data);
    m_plot->setMouseTracking(true);

    m_histogram = new QCustomPlot(this);
    m_histogram->setObjectName(QStringLiteral("lockWaitHistogram"));
    m_histogram->setMinimumSize(200, 120);
    m_histogramTitle = new QCPTextElement(m_histogram, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    m_histogram->plotLayout()->insertRow(0);
    m_histogram->plotLayout()->addElement(0, 0, m_histogramTitle);
    m_histogramBars = new QCPBars(m_histogram->xAxis, m_histogram->yAxis);
    m_histogramBars->setPen(Qt::NoPen);
    m_histogramBars->setBrush(LockLanesPlottable::waitColour().darker(115));

    // Side by side: the panel usually sits in a wide, low dock, and lanes need the height.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_plot);
    split->addWidget(m_histogram);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_unavailable);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 0, 6, 2);
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_summary);
    layout->addLayout(bottom);

    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!isPaused())
            scrollToNow();
        if (m_dirty || !isPaused())
            refreshPlot();
    });

    connect(m_laneMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        setLaneMode(index == 1 ? LockTimelineData::LaneMode::Thread : LockTimelineData::LaneMode::Workflow);
    });
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int index) { setWindowSeconds(m_window->itemData(index).toInt()); });
    connect(m_pause, &QToolButton::toggled, this, [this](bool) { retranslate(); });
    connect(m_filter, &QCheckBox::toggled, this, &LockTimelinePanel::setFilterToSelection);
    connect(m_export, &QPushButton::clicked, this, &LockTimelinePanel::exportWithDialog);
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { setPaused(true); });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (event->buttons() & Qt::LeftButton) {
            setPaused(true); // dragging: hold the window still
            return;
        }
        const double x = m_plot->xAxis->pixelToCoord(event->position().x());
        const double y = m_plot->yAxis->pixelToCoord(event->position().y());
        const double tolerance = qAbs(m_plot->xAxis->pixelToCoord(event->position().x() + 4) - x);
        const QString text = describeAt(x, y, tolerance);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    if (m_selection) {
        connect(m_selection, &Selection::workflowSelected, this, [this](const QString &id) {
            if (m_filter->isChecked()) {
                m_data.setWorkflowFilter(id);
                m_dirty = true;
                refreshPlot();
            }
        });
    }

    const bool available = m_source && (m_source->capabilities() & ExecutionSource::LockEvents);
    m_unavailable->setVisible(!available);
    for (QWidget *w : std::initializer_list<QWidget *>{m_laneMode, m_window, m_pause, m_filter, m_export, m_plot, m_histogram})
        w->setEnabled(available);
    if (available) {
        connect(m_source, &ExecutionSource::lockEventsArrived, this, &LockTimelinePanel::take);
        m_tick->start();
    }
    retranslate();
    scrollToNow();
    refreshPlot();
}

LockTimelinePanel::~LockTimelinePanel() = default;

void LockTimelinePanel::retranslate()
{
    m_unavailable->setText(tr("This source does not report lock events, so there is no lock timeline. "
                              "The embedded engine and Joinery servers do; a plain Conductor server does not."));
    m_laneMode->setItemText(0, tr("Lane per workflow"));
    m_laneMode->setItemText(1, tr("Lane per thread"));
    const QStringList windows = {tr("Last 10 s"), tr("Last 30 s"), tr("Last minute"), tr("Last 5 minutes")};
    for (int i = 0; i < windows.size(); ++i)
        m_window->setItemText(i, windows.at(i));
    m_pause->setText(isPaused() ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(tr("Stop or resume scrolling with live time (dragging or zooming pauses too)"));
    m_filter->setText(tr("Only the selected workflow"));
    m_export->setText(tr("Export Chrome trace…"));
    m_export->setToolTip(tr("Save the events shown as Chrome trace JSON (chrome://tracing, Perfetto)"));
    m_plot->xAxis->setLabel(tr("Time"));
    m_histogramTitle->setText(tr("Wait for the lock"));
    m_histogram->xAxis->setLabel(tr("ms"));
    m_histogram->yAxis->setLabel(QString());
    m_legend->setEntries({{LockLanesPlottable::waitColour(), tr("Waiting"), LegendStrip::Shape::Bar, QColor()},
                          {LockLanesPlottable::holdColour(), tr("Holding"), LegendStrip::Shape::Bar, QColor()},
                          {LockLanesPlottable::missColour(), tr("Miss"), LegendStrip::Shape::Tick, QColor()},
                          {LockLanesPlottable::droppedColour(), tr("Decide dropped (legacy)"), LegendStrip::Shape::Tick, QColor()},
                          {LockLanesPlottable::deferredColour(), tr("Deferred to the owner"), LegendStrip::Shape::Tick, QColor()}});
    m_dirty = true;
    refreshPlot();
}

void LockTimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool LockTimelinePanel::isPaused() const
{
    return m_pause->isChecked();
}

void LockTimelinePanel::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void LockTimelinePanel::setLaneMode(LockTimelineData::LaneMode mode)
{
    m_laneMode->setCurrentIndex(mode == LockTimelineData::LaneMode::Thread ? 1 : 0);
    m_data.setLaneMode(mode);
    m_dirty = true;
    refreshPlot();
}

void LockTimelinePanel::setFilterToSelection(bool on)
{
    m_filter->setChecked(on);
    m_data.setWorkflowFilter(on && m_selection ? m_selection->workflowId() : QString());
    m_dirty = true;
    refreshPlot();
}

void LockTimelinePanel::setWindowSeconds(int seconds)
{
    m_windowSeconds = qMax(1, seconds);
    const int index = m_window->findData(m_windowSeconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
    scrollToNow();
    refreshPlot();
}

void LockTimelinePanel::take(const QList<LockEvent> &events)
{
    m_data.append(events);
    m_dirty = true;
}

void LockTimelinePanel::scrollToNow()
{
    // Live time is the wall clock, or the newest event when the source's clock runs ahead.
    const Millis end = qMax(QDateTime::currentMSecsSinceEpoch(), m_data.latest());
    m_plot->xAxis->setRange(LockTimelineData::toX(end - Millis(m_windowSeconds) * 1000), LockTimelineData::toX(end));
}

void LockTimelinePanel::refreshPlot()
{
    if (m_dirty) {
        m_dirty = false;
        const QStringList &lanes = m_data.lanes();
        auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        ticker->clear();
        for (int i = 0; i < lanes.size(); ++i)
            ticker->addTick(i, laneLabel(lanes.at(i)));

        const LockTimelineData::Histogram h = m_data.waitHistogram(kHistogramBins);
        QVector<double> keys, values;
        for (int k = 0; k < h.counts.size(); ++k) {
            keys << (k + 0.5) * double(h.binWidth);
            values << h.counts.at(k);
        }
        m_histogramBars->setWidth(double(h.binWidth) * 0.9);
        m_histogramBars->setData(keys, values, true);
        m_histogram->xAxis->setRange(0, double(h.binWidth) * kHistogramBins);
        int tallest = 1;
        for (int c : h.counts)
            tallest = qMax(tallest, c);
        m_histogram->yAxis->setRange(0, tallest * 1.1);
        m_histogram->replot(QCustomPlot::rpQueuedReplot);

        int misses = 0, drops = 0, deferrals = 0;
        for (const LockTimelineData::Mark &m : m_data.marks()) {
            misses += m.kind == LockTimelineData::MarkKind::Miss;
            drops += m.kind == LockTimelineData::MarkKind::Dropped;
            deferrals += m.kind == LockTimelineData::MarkKind::Deferred;
        }
        QString summary = tr("%1 acquisitions · %2 misses · %3 dropped · %4 deferred · longest wait %5 ms")
                              .arg(h.total).arg(misses).arg(drops).arg(deferrals).arg(h.maxWait);
        if (m_data.droppedCount() > 0)
            summary += QStringLiteral(" · ") + tr("oldest %1 events left the buffer").arg(m_data.droppedCount());
        m_summary->setText(summary);
    }
    fitLanes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LockTimelinePanel::fitLanes()
{
    // As many lanes as fit at a readable height; live, the newest (bottom) lanes are shown,
    // paused, the user's vertical position is kept.
    const int count = int(m_data.lanes().size());
    const int fit = qMax(1, m_plot->axisRect()->height() / kLanePixels);
    const int shown = qMax(1, qMin(count, fit));
    const QCPRange now = m_plot->yAxis->range();
    double top = -0.5;
    if (!isPaused())
        top = qMax(0, count - shown) - 0.5;
    else
        top = qBound(-0.5, now.lower, qMax(0, count - shown) - 0.5);
    if (!qFuzzyCompare(now.lower, top) || !qFuzzyCompare(now.upper, top + shown))
        m_plot->yAxis->setRange(top, top + shown);
}

QString LockTimelinePanel::roleText(LockRole role) const
{
    switch (role) {
    case LockRole::Sweeper:
        return tr("the sweeper");
    case LockRole::SystemTaskWorker:
        return tr("a system-task worker");
    case LockRole::WorkerCallback:
        return tr("a worker's update");
    case LockRole::ApiRequest:
        return tr("an API request");
    case LockRole::GuiAction:
        return tr("a GUI action");
    case LockRole::Engine:
        return tr("the engine");
    case LockRole::Test:
        return tr("a test");
    }
    return QString();
}

QString LockTimelinePanel::describeEvent(int index, bool asWait) const
{
    const LockEvent &e = m_data.events().at(index);
    QStringList lines;
    lines << tr("Workflow %1").arg(e.workflowId);
    if (e.deferred) {
        lines << tr("%1 (thread %2) found the lock busy and left the work to its owner, which loops once "
                    "more: deferred, not lost")
                     .arg(roleText(e.role), e.thread);
    } else if (e.acquiredAt == 0) {
        lines << tr("%1 (thread %2) gave up on the lock after %3 ms")
                     .arg(roleText(e.role), e.thread)
                     .arg(qMax<Millis>(0, e.gaveUpAt - e.requestedAt));
        if (e.injected)
            lines << tr("The miss was injected (fault injection)");
        if (e.dropped)
            lines << tr("Legacy mode: the decide was dropped; the workflow may be stranded");
    } else if (asWait) {
        lines << tr("%1 (thread %2) waited %3 ms for the lock")
                     .arg(roleText(e.role), e.thread)
                     .arg(e.acquiredAt - e.requestedAt);
    } else {
        lines << tr("%1 (thread %2) held the lock for %3 ms")
                     .arg(roleText(e.role), e.thread)
                     .arg(qMax<Millis>(0, e.releasedAt - e.acquiredAt));
    }
    if (asWait || e.deferred || e.acquiredAt == 0) {
        const int holder = m_data.holderOf(index);
        if (holder >= 0) {
            const LockEvent &h = m_data.events().at(holder);
            lines << tr("Held by %1 (thread %2) for %3 ms")
                         .arg(roleText(h.role), h.thread)
                         .arg(qMax<Millis>(0, h.releasedAt - h.acquiredAt));
        }
    }
    return lines.join(u'\n');
}

QString LockTimelinePanel::describeAt(double x, double y, double xTolerance) const
{
    const LockTimelineData::Hit hit = m_data.hitTest(x, y, xTolerance);
    switch (hit.what) {
    case LockTimelineData::Hit::None:
        return QString();
    case LockTimelineData::Hit::MarkHit:
        return describeEvent(m_data.marks().at(hit.index).event, false);
    case LockTimelineData::Hit::BarHit: {
        const LockTimelineData::Bar &b = m_data.bars().at(hit.index);
        return describeEvent(b.event, b.kind == LockTimelineData::BarKind::Wait);
    }
    }
    return QString();
}

bool LockTimelinePanel::exportTo(const QString &path, QString *error)
{
    return ChromeTrace::write(path, m_data.visibleEvents(), error);
}

void LockTimelinePanel::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chrome trace"),
                                                      QStringLiteral("joinery-locks.json"),
                                                      tr("Chrome trace (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_summary->setText(tr("Exported %1 events to %2").arg(m_data.visibleEvents().size()).arg(path));
    else
        m_summary->setText(tr("Export failed: %1").arg(error));
}

} // namespace joinery::ui
