#include "panels/metricspanel.h"

#include "plot/qcustomplotwrapper.h"
#include "source/executionsource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace joinery::ui {

namespace {
enum Chart { Throughput, Queues, JoinLatency, Sweeper, ChartCount };

QColor seriesColour(int i)
{
    static const QColor colours[] = {QColor(0x3b, 0x6e, 0xa8), QColor(0xe0, 0x7b, 0x39), QColor(0x3f, 0xa3, 0x4d),
                                     QColor(0x8e, 0x7c, 0xc3), QColor(0xd6, 0x45, 0x45), QColor(0x1b, 0x9e, 0x9e),
                                     QColor(0xa6, 0x76, 0x1d), QColor(0x6b, 0x6b, 0x6b)};
    return colours[i % int(std::size(colours))];
}
} // namespace

MetricsPanel::MetricsPanel(ExecutionSource *source, Selection *, QWidget *parent)
    : QWidget(parent), m_source(source)
{
    setObjectName(QStringLiteral("metricsPanel"));
    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_latest = new QLabel(this);
    m_window = new QComboBox(this);
    for (int seconds : {60, 5 * 60, 15 * 60})
        m_window->addItem(QString(), seconds);
    m_window->setCurrentIndex(0);
    m_follow = new QCheckBox(this);
    m_follow->setChecked(true);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("metricsPlot"));
    m_plot->setMinimumHeight(240);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->plotLayout()->clear();
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // A 2×2 grid: the panel usually sits in a wide, low dock. Charts in one column share
    // their margins so that their time axes line up.
    QCPMarginGroup *columnMargins[2] = {new QCPMarginGroup(m_plot), new QCPMarginGroup(m_plot)};
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("hh:mm:ss"));
    ticker->setTickCount(4);
    for (int c = 0; c < ChartCount; ++c) {
        QCPAxisRect *rect = addChart(&m_titles[c], 2 * (c / 2), c % 2);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, columnMargins[c % 2]);
        rect->axis(QCPAxis::atBottom)->setTicker(ticker);
        m_rects << rect;
    }
    m_queueRect = m_rects.at(Queues);
    addGraph(m_rects.at(Throughput), QStringLiteral("completed"), seriesColour(2));
    addGraph(m_rects.at(Throughput), QStringLiteral("decides"), seriesColour(0));
    addGraph(m_rects.at(JoinLatency), QStringLiteral("p50"), seriesColour(0));
    addGraph(m_rects.at(JoinLatency), QStringLiteral("p99"), seriesColour(4));
    addGraph(m_rects.at(Sweeper), QStringLiteral("sweeper"), seriesColour(3));
    QCPGraph *repairs = addGraph(m_rects.at(Sweeper), QStringLiteral("repairs"), seriesColour(1), true);
    repairs->setLineStyle(QCPGraph::lsStepLeft);
    m_rects.at(Sweeper)->axis(QCPAxis::atRight)->setVisible(true);

    // The charts share one time axis.
    for (QCPAxisRect *rect : std::as_const(m_rects)) {
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this](const QCPRange &range) {
                    if (m_adjusting)
                        return;
                    m_adjusting = true;
                    for (QCPAxisRect *other : std::as_const(m_rects))
                        other->axis(QCPAxis::atBottom)->setRange(range);
                    m_adjusting = false;
                });
    }
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { setFollowing(false); });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (event->buttons() & Qt::LeftButton)
            setFollowing(false);
    });
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int index) { setWindowSeconds(m_window->itemData(index).toInt()); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            followLatest();
            rescaleValues();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_latest, 1);
    bar->addWidget(m_window);
    bar->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unavailable);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

    const bool available = m_source && (m_source->capabilities() & ExecutionSource::Metrics);
    m_unavailable->setVisible(!available);
    m_plot->setEnabled(available);
    m_window->setEnabled(available);
    m_follow->setEnabled(available);
    if (available)
        connect(m_source, &ExecutionSource::metricsSampled, this, &MetricsPanel::addSample);
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    m_lastKey = now;
    followLatest();
    retranslate();
}

MetricsPanel::~MetricsPanel() = default;

QCPAxisRect *MetricsPanel::addChart(QCPTextElement **title, int row, int column)
{
    QFont font = this->font();
    font.setBold(true);
    QFont small = this->font();
    small.setPointSizeF(qMax(6.0, small.pointSizeF() - 1.5));

    // A header row per chart: the title, and the legend beside it rather than over the data.
    auto *header = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(row, column, header);
    m_plot->plotLayout()->setRowStretchFactor(row, 0.01);
    *title = new QCPTextElement(m_plot, QString(), font);
    (*title)->setMargins(QMargins(4, 2, 8, 0));
    header->addElement(0, 0, *title);
    auto *legend = new QCPLegend;
    header->addElement(0, 1, legend);
    header->setColumnStretchFactor(0, 1);
    header->setColumnStretchFactor(1, 1);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFont(small);
    legend->setIconSize(12, 6);
    legend->setRowSpacing(-3);
    legend->setColumnSpacing(8);
    legend->setMargins(QMargins(2, 2, 2, 0));
    // Entries fill rows first and wrap, so many task types stay in a few lines.
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);

    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(row + 1, column, rect);
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    for (QCPAxis *axis : rect->axes()) {
        axis->setTickLabelFont(small);
        axis->setLabelFont(small);
    }
    m_legends.insert(rect, legend);
    return rect;
}

QCPGraph *MetricsPanel::addGraph(QCPAxisRect *rect, const QString &series, const QColor &colour, bool rightAxis)
{
    QCPGraph *graph = m_plot->addGraph(rect->axis(QCPAxis::atBottom),
                                       rect->axis(rightAxis ? QCPAxis::atRight : QCPAxis::atLeft));
    graph->setPen(QPen(colour, 1.6));
    graph->setName(series);
    if (QCPLegend *legend = m_legends.value(rect))
        graph->addToLegend(legend);
    m_graphs.insert(series, graph);
    return graph;
}

void MetricsPanel::retranslate()
{
    m_unavailable->setText(tr("This source does not sample engine metrics; a plain Conductor server "
                              "has no such figures."));
    const QStringList windows = {tr("Last minute"), tr("Last 5 minutes"), tr("Last 15 minutes")};
    for (int i = 0; i < windows.size(); ++i)
        m_window->setItemText(i, windows.at(i));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest sample in view (dragging or zooming turns this off)"));
    m_titles[Throughput]->setText(tr("Throughput"));
    m_titles[Queues]->setText(tr("Queue depth per task type"));
    m_titles[JoinLatency]->setText(tr("Last JOIN branch done → next task scheduled"));
    m_titles[Sweeper]->setText(tr("Sweeper"));
    m_rects.at(Throughput)->axis(QCPAxis::atLeft)->setLabel(tr("per second"));
    m_rects.at(Queues)->axis(QCPAxis::atLeft)->setLabel(tr("tasks"));
    m_rects.at(JoinLatency)->axis(QCPAxis::atLeft)->setLabel(tr("ms"));
    m_rects.at(Sweeper)->axis(QCPAxis::atLeft)->setLabel(tr("cycle ms"));
    m_rects.at(Sweeper)->axis(QCPAxis::atRight)->setLabel(tr("repairs"));
    m_graphs.value(QStringLiteral("completed"))->setName(tr("tasks completed"));
    m_graphs.value(QStringLiteral("decides"))->setName(tr("decides"));
    m_graphs.value(QStringLiteral("p50"))->setName(tr("p50"));
    m_graphs.value(QStringLiteral("p99"))->setName(tr("p99"));
    m_graphs.value(QStringLiteral("sweeper"))->setName(tr("cycle time"));
    m_graphs.value(QStringLiteral("repairs"))->setName(tr("repairs (total)"));
    m_latest->setText(m_latestText.isEmpty() ? tr("Waiting for the first sample…") : m_latestText);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MetricsPanel::setWindowSeconds(int seconds)
{
    m_windowSeconds = qBound(10, seconds, kKeepSeconds);
    const int index = m_window->findData(m_windowSeconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
    setFollowing(true);
    followLatest();
    rescaleValues();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricsPanel::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

bool MetricsPanel::following() const
{
    return m_follow->isChecked();
}

void MetricsPanel::addSample(const EngineMetrics &m)
{
    const double key = (m.at > 0 ? m.at : QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_lastKey = key;
    m_graphs.value(QStringLiteral("completed"))->addData(key, m.tasksCompletedPerSecond);
    m_graphs.value(QStringLiteral("decides"))->addData(key, m.decidesPerSecond);
    m_graphs.value(QStringLiteral("p50"))->addData(key, m.joinLatencyP50Ms);
    m_graphs.value(QStringLiteral("p99"))->addData(key, m.joinLatencyP99Ms);
    m_graphs.value(QStringLiteral("sweeper"))->addData(key, m.sweeperCycleMs);
    m_graphs.value(QStringLiteral("repairs"))->addData(key, double(m.repairs));
    // Task types come and go; a type missing from a sample has an empty queue.
    for (auto it = m.queueDepth.cbegin(); it != m.queueDepth.cend(); ++it) {
        const QString series = QStringLiteral("queue:") + it.key();
        if (!m_graphs.contains(series)) {
            int queues = 0;
            for (const QString &name : m_graphs.keys())
                queues += name.startsWith(QLatin1String("queue:"));
            QCPGraph *graph = addGraph(m_queueRect, series, seriesColour(queues));
            graph->setName(it.key());
        }
    }
    QCPLegend *queueLegend = m_legends.value(m_queueRect);
    const QCPRange window(key - m_windowSeconds, key);
    for (auto it = m_graphs.cbegin(); it != m_graphs.cend(); ++it) {
        QCPGraph *graph = it.value();
        if (it.key().startsWith(QLatin1String("queue:"))) {
            graph->addData(key, m.queueDepth.value(it.key().mid(6)));
            // The legend names only the queues that held tasks in the window: a busy engine
            // has dozens of task types, most of them empty most of the time.
            bool found = false;
            const QCPRange depth = graph->getValueRange(found, QCP::sdBoth, window);
            if (found && depth.upper > 0)
                graph->addToLegend(queueLegend);
            else
                graph->removeFromLegend(queueLegend);
        }
        graph->data()->removeBefore(key - kKeepSeconds);
    }
    // No JOIN completed in the sample: the latency is NaN, shown as a dash.
    const QString p99 = qIsFinite(m.joinLatencyP99Ms) ? QString::number(m.joinLatencyP99Ms, 'f', 1) : QStringLiteral("–");
    m_latestText = tr("%1 running · %2 stalled · %3 tasks/s · %4 decides/s · JOIN p99 %5 ms")
                       .arg(m.running)
                       .arg(m.stalled)
                       .arg(m.tasksCompletedPerSecond, 0, 'f', 0)
                       .arg(m.decidesPerSecond, 0, 'f', 0)
                       .arg(p99);
    m_latest->setText(m_latestText);
    if (following())
        followLatest();
    rescaleValues();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricsPanel::followLatest()
{
    if (!following())
        return;
    m_rects.first()->axis(QCPAxis::atBottom)->setRange(m_lastKey - m_windowSeconds, m_lastKey);
}

void MetricsPanel::rescaleValues()
{
    const QCPRange keys = m_rects.first()->axis(QCPAxis::atBottom)->range();
    for (QCPAxisRect *rect : std::as_const(m_rects)) {
        for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atRight)}) {
            double top = 0;
            for (QCPGraph *g : axis->graphs()) {
                bool found = false;
                const QCPRange r = g->getValueRange(found, QCP::sdBoth, keys);
                if (found)
                    top = qMax(top, r.upper);
            }
            axis->setRange(0, top > 0 ? top * 1.15 : 1);
        }
    }
}

} // namespace joinery::ui
