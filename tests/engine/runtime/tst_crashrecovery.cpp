// Crash at any instruction, lose nothing (DESIGN.md invariant 5): the engine runs in a child
// process that is killed with SIGKILL at random moments, at least twenty times, and restarted on
// the same database each time. At the end every workflow has completed, every completion the
// engine acknowledged is still there, and no task reference completed twice.

#include "execution/workflowexecutor.h"
#include "runtime/engine.h"
#include "runtime/soakreport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace joinery;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killNineManyTimes()
    {
        constexpr int kWorkflows = 60;
        constexpr int kKills = 22;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
        const QString child = QStringLiteral(CRASH_CHILD);
        QHash<QString, QString> acked; // task -> workflow
        auto collect = [&](QProcess &p) {
            while (p.canReadLine()) {
                const QList<QByteArray> parts = p.readLine().trimmed().split(' ');
                if (parts.size() == 3 && parts.at(0) == "ACK")
                    acked.insert(QString::fromLatin1(parts.at(2)), QString::fromLatin1(parts.at(1)));
            }
        };

        QRandomGenerator random(0x6a6f696e);
        int kills = 0;
        for (int round = 0; round < kKills; ++round) {
            QProcess p;
            p.start(child, {db, QString::number(kWorkflows)});
            QVERIFY2(p.waitForStarted(10'000), qPrintable(p.errorString()));
            // Let it run for a random while (real processes, real time), then pull the plug.
            const int lifetime = 40 + int(random.bounded(260));
            QElapsedTimer alive;
            alive.start();
            bool finished = false;
            while (alive.elapsed() < lifetime && !finished) {
                p.waitForReadyRead(qMax(1, lifetime - int(alive.elapsed())));
                collect(p);
                finished = p.state() == QProcess::NotRunning;
            }
            if (finished)
                break; // it completed everything before this kill
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10'000));
            collect(p);
            ++kills;
        }
        QVERIFY2(kills >= 20, qPrintable(QStringLiteral("only %1 kills landed before the run ended; make it longer").arg(kills)));

        // The last run goes to the end.
        QProcess last;
        last.start(child, {db, QString::number(kWorkflows)});
        QVERIFY(last.waitForStarted(10'000));
        QVERIFY2(last.waitForFinished(180'000), "the final run did not finish");
        collect(last);
        const QByteArray tail = last.readAllStandardError();
        QVERIFY2(last.exitCode() == 0, tail.constData());
        QVERIFY(acked.size() > 0);

        // Check the database the child left behind.
        EngineOptions options;
        options.databasePath = db;
        options.startSweeper = false;
        QString error;
        auto engine = Engine::open(options, &error);
        QVERIFY2(engine, qPrintable(error));
        QStringList ids;
        for (int i = 0; i < kWorkflows; ++i)
            ids << QStringLiteral("crash-%1").arg(i, 4, 10, QLatin1Char('0'));
        const SoakReport report = SoakReport::analyze(engine->executor(), ids);
        QCOMPARE(report.completed, kWorkflows);
        QVERIFY2(report.duplicates == 0, qPrintable(report.problems.join(QLatin1Char('\n'))));
        int checked = 0;
        for (auto it = acked.constBegin(); it != acked.constEnd(); ++it) {
            const std::optional<WorkflowRun> run = engine->executor().find(it.value(), true);
            QVERIFY(run);
            const TaskRun *t = run->taskById(it.key());
            QVERIFY2(t, qPrintable(it.key()));
            QVERIFY2(t->status == TaskStatus::Completed, qPrintable(QStringLiteral("acknowledged task %1 is %2")
                                                                         .arg(it.key(), taskStatusName(t->status))));
            ++checked;
        }
        for (const QString &id : std::as_const(ids)) {
            const std::optional<WorkflowRun> run = engine->executor().find(id, true);
            int finishes = 0;
            for (const TaskRun &t : run->tasks)
                finishes += t.referenceTaskName == QLatin1String("finish") && t.status == TaskStatus::Completed ? 1 : 0;
            QCOMPARE(finishes, 1);
        }
        qInfo("%d kills, %d acknowledged completions checked, %d workflows completed", kills, checked, report.completed);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
