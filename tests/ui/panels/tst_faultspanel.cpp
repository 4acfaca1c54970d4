// FaultsPanel: shows the source's settings, applies the fields with setFaults' keys (rates as
// probabilities), "All off" clears, demo load starts and stops at the chosen rate, and a source
// without the capabilities gets disabled groups with the reason.

#include "../fakeexecutionsource.h"
#include "panels/faultspanel.h"
#include "shell/selection.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;
using joinery::ui::test::FakeExecutionSource;

namespace {

QPushButton *button(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

bool showsText(QWidget *root, const QString &part)
{
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isHidden() && l->text().contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestFaultsPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsAndAppliesSettings()
    {
        FakeExecutionSource source;
        source.faultSettings = QJsonObject{{QStringLiteral("lockMissRate"), 0.25}, {QStringLiteral("decideDelayMs"), 40},
                                           {QStringLiteral("workerFailureRate"), 0.0}, {QStringLiteral("sweeperPaused"), false},
                                           {QStringLiteral("legacyDecide"), true}};
        Selection selection;
        FaultsPanel panel(&source, &selection);
        QCOMPARE(panel.settings(), source.faultSettings);

        panel.findChild<QDoubleSpinBox *>(QStringLiteral("workerFailureRate"))->setValue(10); // percent
        panel.findChild<QCheckBox *>(QStringLiteral("sweeperPaused"))->setChecked(true);
        QSignalSpy applied(&panel, &FaultsPanel::applied);
        button(&panel, QStringLiteral("Apply"))->click();
        QVERIFY(applied.wait());
        QCOMPARE(applied.first().at(0).toBool(), true);
        QCOMPARE(source.setFaultsCalls.size(), 1);
        const QJsonObject sent = source.setFaultsCalls.first();
        QCOMPARE(sent.value(QStringLiteral("workerFailureRate")).toDouble(), 0.1);
        QCOMPARE(sent.value(QStringLiteral("lockMissRate")).toDouble(), 0.25);
        QCOMPARE(sent.value(QStringLiteral("decideDelayMs")).toInt(), 40);
        QCOMPARE(sent.value(QStringLiteral("sweeperPaused")).toBool(), true);
        QCOMPARE(sent.value(QStringLiteral("legacyDecide")).toBool(), true);
        QCOMPARE(panel.statusText(), QStringLiteral("Applied."));

        button(&panel, QStringLiteral("All off"))->click();
        QVERIFY(applied.wait());
        const QJsonObject off = source.setFaultsCalls.last();
        QCOMPARE(off.value(QStringLiteral("lockMissRate")).toDouble(), 0.0);
        QCOMPARE(off.value(QStringLiteral("legacyDecide")).toBool(), false);
        QCOMPARE(off.value(QStringLiteral("sweeperPaused")).toBool(), false);
    }

    void demoLoadStartsAndStops()
    {
        FakeExecutionSource source;
        Selection selection;
        FaultsPanel panel(&source, &selection);
        auto *rate = panel.findChild<QSpinBox *>(QStringLiteral("demoRate"));
        QVERIFY(rate);
        rate->setValue(20);
        button(&panel, QStringLiteral("Start demo load"))->click();
        QVERIFY(source.demoRunning);
        QCOMPARE(source.demoRate, 20);
        rate->setValue(30); // a new rate while running takes effect
        QCOMPARE(source.demoRate, 30);
        button(&panel, QStringLiteral("Stop demo load"))->click();
        QVERIFY(!source.demoRunning);
    }

    void disabledWithoutCapabilities()
    {
        FakeExecutionSource source;
        source.caps = ExecutionSource::Stalls | ExecutionSource::DemoLoad;
        Selection selection;
        FaultsPanel panel(&source, &selection);
        QVERIFY(!button(&panel, QStringLiteral("Apply"))->isEnabled());
        QVERIFY(showsText(&panel, QStringLiteral("does not accept fault injection")));
        QVERIFY(button(&panel, QStringLiteral("Start demo load"))->isEnabled());
        QVERIFY(!showsText(&panel, QStringLiteral("cannot start demo workflows")));
        panel.apply();
        QVERIFY(source.setFaultsCalls.isEmpty());

        source.caps = ExecutionSource::Faults;
        FaultsPanel other(&source, &selection);
        QVERIFY(!button(&other, QStringLiteral("Start demo load"))->isEnabled());
        QVERIFY(showsText(&other, QStringLiteral("cannot start demo workflows")));
    }
};

QTEST_MAIN(TestFaultsPanel)
#include "tst_faultspanel.moc"
