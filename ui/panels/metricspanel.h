#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPLegend;
class QCPTextElement;
class QLabel;

namespace joinery {
struct EngineMetrics;
}

namespace joinery::ui {

class ExecutionSource;
class Selection;

// Engine figures over the last minutes (issue 6, "Engine metrics"), from the source's
// metricsSampled (about one sample a second): four stacked charts sharing the time axis —
// throughput (tasks completed and decides per second), queue depth per task type, JOIN-to-
// successor latency (p50, p99) and the sweeper (cycle time, repairs). The window scrolls with the
// newest sample unless "Follow" is off (dragging or zooming turns it off). Samples older than
// the longest window are dropped. GUI thread only.
class MetricsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPanel)

public:
    static constexpr int kKeepSeconds = 15 * 60;

    MetricsPanel(ExecutionSource *source, Selection *selection, QWidget *parent = nullptr);
    ~MetricsPanel() override;

    QCustomPlot *plot() const { return m_plot; }
    // Graph by series name: "completed", "decides", "p50", "p99", "sweeper", "repairs",
    // "queue:<task type>".
    QCPGraph *graph(const QString &series) const { return m_graphs.value(series); }
    int windowSeconds() const { return m_windowSeconds; }
    void setWindowSeconds(int seconds);
    void setFollowing(bool follow);
    bool following() const;

    // What the source's metricsSampled delivers; public for tests.
    void addSample(const EngineMetrics &metrics);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QCPAxisRect *addChart(QCPTextElement **title, int row, int column);
    QCPGraph *addGraph(QCPAxisRect *rect, const QString &series, const QColor &colour, bool rightAxis = false);
    void followLatest();
    void rescaleValues();

    ExecutionSource *m_source;
    QLabel *m_unavailable = nullptr;
    QLabel *m_latest = nullptr;
    QComboBox *m_window = nullptr;
    QCheckBox *m_follow = nullptr;
    QCustomPlot *m_plot = nullptr;
    QList<QCPAxisRect *> m_rects;
    QCPTextElement *m_titles[4] = {};
    QCPAxisRect *m_queueRect = nullptr;
    QHash<QString, QCPGraph *> m_graphs;
    QHash<QCPAxisRect *, QCPLegend *> m_legends;
    int m_windowSeconds = 60;
    double m_lastKey = 0;
    bool m_adjusting = false;
    QString m_latestText;
};

} // namespace joinery::ui
