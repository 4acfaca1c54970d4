#pragma once

#include "execution/lockevent.h"
#include "panels/locktimelinedata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPBars;
class QCPTextElement;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace joinery::ui {

class ExecutionSource;
class LegendStrip;
class LockLanesPlottable;
class Selection;

// Lock contention over time (issue 6, "Lock-contention timeline"): one lane per workflow or per
// thread, waits and holds as bars in two shades, misses, drops and deferrals as red marks; a
// live window that scrolls until paused (dragging or zooming the plot pauses it too); hover
// for who held the lock and for how long; a filter to the selected workflow; a histogram of
// wait times; export of what is shown as Chrome trace JSON. The data lives in a bounded
// LockTimelineData. GUI thread only.
class LockTimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockTimelinePanel)

public:
    LockTimelinePanel(ExecutionSource *source, Selection *selection, QWidget *parent = nullptr);
    ~LockTimelinePanel() override;

    const LockTimelineData &data() const { return m_data; }
    QCustomPlot *plot() const { return m_plot; }
    QCustomPlot *histogramPlot() const { return m_histogram; }

    bool isPaused() const;
    void setPaused(bool paused);
    void setLaneMode(LockTimelineData::LaneMode mode);
    void setFilterToSelection(bool on);
    // Seconds of history the live window shows.
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }

    // Writes the shown events as Chrome trace JSON; false with the reason when it cannot.
    bool exportTo(const QString &path, QString *error);
    // The hover text for the plot point (x seconds since the epoch, lane y); empty if nothing.
    QString describeAt(double x, double y, double xTolerance) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void take(const QList<LockEvent> &events);
    void refreshPlot();
    void scrollToNow();
    void fitLanes();
    void exportWithDialog();
    QString roleText(LockRole role) const;
    QString describeEvent(int eventIndex, bool asWait) const;

    ExecutionSource *m_source;
    Selection *m_selection;
    LockTimelineData m_data;
    int m_windowSeconds = 30;
    bool m_dirty = true;

    QLabel *m_unavailable = nullptr;
    QComboBox *m_laneMode = nullptr;
    QComboBox *m_window = nullptr;
    QToolButton *m_pause = nullptr;
    QCheckBox *m_filter = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    LegendStrip *m_legend = nullptr;
    QCustomPlot *m_plot = nullptr;
    LockLanesPlottable *m_lanes = nullptr;
    QCustomPlot *m_histogram = nullptr;
    QCPBars *m_histogramBars = nullptr;
    QCPTextElement *m_histogramTitle = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace joinery::ui
