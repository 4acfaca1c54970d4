#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace joinery::ui {

class ExecutionSource;
class Selection;

// Fault injection and demo load (issue 6): lock-miss rate, decide delay, worker failure rate,
// a paused sweeper and legacy-decide mode (Conductor's lost wake-up, DESIGN.md), applied with
// one button through ExecutionSource::setFaults; and a stream of demo workflows at a chosen
// rate. Each group is disabled, with the reason, when the source lacks the capability. The
// fields show the source's current settings on open and after every apply. GUI thread only.
class FaultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultsPanel)

public:
    FaultsPanel(ExecutionSource *source, Selection *selection, QWidget *parent = nullptr);
    ~FaultsPanel() override;

    // The settings as the fields hold them, in setFaults' keys.
    QJsonObject settings() const;
    // Fills the fields from `settings` (keys as faults() returns them).
    void showSettings(const QJsonObject &settings);
    // Sends the fields to the source.
    void apply();
    // Sets every fault to "off" and applies.
    void clearFaults();
    void setDemoLoad(bool on);
    QString statusText() const;

signals:
    void applied(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDemoState();

    ExecutionSource *m_source;
    QGroupBox *m_faultsBox;
    QLabel *m_faultsUnavailable;
    QDoubleSpinBox *m_lockMiss;
    QSpinBox *m_decideDelay;
    QDoubleSpinBox *m_workerFailure;
    QCheckBox *m_sweeperPaused;
    QCheckBox *m_legacy;
    QLabel *m_legacyNote;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QLabel *m_status;
    QGroupBox *m_demoBox;
    QLabel *m_demoUnavailable;
    QSpinBox *m_demoRate;
    QPushButton *m_demoToggle;
    QLabel *m_demoState;
    QLabel *m_lockMissLabel, *m_decideDelayLabel, *m_workerFailureLabel, *m_demoRateLabel;
    enum class Status { None, Applying, Applied, Failed };
    Status m_statusKind = Status::None;
    QString m_error;
};

} // namespace joinery::ui
