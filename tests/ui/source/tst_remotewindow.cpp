// The window as `joinery --attach URL` builds it: a MainWindow on a RemoteSource, here on a fake
// plain-Conductor server with recorded answers. It lists the server's executions, reports the
// stall it derives, names the server, and the panels a plain Conductor server cannot feed say so
// instead of showing empty data. File → Attach to Server… opens further windows the same way.

#include "fakeconductorserver.h"

#include "executions/executionsmodel.h"
#include "executions/executionspanel.h"
#include "i18n/languagemanager.h"
#include "shell/attachdialog.h"
#include "shell/mainwindow.h"
#include "shell/remotewindow.h"
#include "source/remotesource.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace joinery;
using namespace joinery::ui;
using joinery::ui::test::FakeConductorServer;

namespace {

void serveConductor(FakeConductorServer &server)
{
    server.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 404);
    server.answerFile("GET /api/workflow/search", QStringLiteral("search.json"));
    server.answerFile("GET /api/workflow/7d5c5b7e-1f0a-4c43-9b1e-3c3f6b7f0a01", QStringLiteral("workflow-stuck-join.json"));
    server.answerFile("GET /api/workflow/2a9e4c7b-88d1-4a52-a1d3-55e0c9d2b002", QStringLiteral("workflow-completed.json"));
    server.answerFile("GET /api/metadata/workflow", QStringLiteral("metadata-workflow.json"));
}

// The visible labels inside a dock, to read what a panel tells the user.
QString visibleText(QDockWidget *dock)
{
    QStringList texts;
    for (QLabel *label : dock->widget()->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dock) && !label->text().isEmpty())
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

// A MainWindow on screen other than `besides`, if any (openRemoteWindow builds it when its
// source is ready).
MainWindow *visibleWindow(const MainWindow *besides = nullptr)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(top); m && m != besides && m->isVisible())
            return m;
    }
    return nullptr;
}

} // namespace

class TestRemoteWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void showsTheServersExecutions()
    {
        FakeConductorServer server;
        serveConductor(server);
        RemoteSource source(server.url(), QString());
        // Built when the source is ready, as openRemoteWindow does, so it hears everything after.
        std::unique_ptr<MainWindow> window;
        QObject::connect(&source, &RemoteSource::ready, this,
            [&] { window = std::make_unique<MainWindow>(&m_languages, &source); });
        source.connectToServer();
        QTRY_VERIFY(window);
        MainWindow &w = *window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QTRY_COMPARE(w.executionsPanel()->model()->rowCount(), 2);
        QCOMPARE(w.executionsPanel()->model()->index(0, 0).data().toString().section(QLatin1Char(' '), 0, 0),
            QStringLiteral("fork_join_demo"));
        QVERIFY(w.windowTitle().contains(server.url().toDisplayString()));
        auto *where = w.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(where);
        QCOMPARE(where->text(), QStringLiteral("Server: %1 (Conductor)").arg(server.url().toString()));
        auto *state = w.findChild<QLabel *>(QStringLiteral("engineLabel"));
        QTRY_COMPARE(state->text(), QStringLiteral("Engine: connected"));
        // The stall derived from the recorded JSON reaches the status bar.
        QTRY_COMPARE_WITH_TIMEOUT(w.stalledCount(), 1, 10000);
    }

    void unavailablePanelsSaySo()
    {
        FakeConductorServer server;
        serveConductor(server);
        RemoteSource source(server.url(), QString());
        // Built when the source is ready, as openRemoteWindow does, so it hears everything after.
        std::unique_ptr<MainWindow> window;
        QObject::connect(&source, &RemoteSource::ready, this,
            [&] { window = std::make_unique<MainWindow>(&m_languages, &source); });
        source.connectToServer();
        QTRY_VERIFY(window);
        MainWindow &w = *window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        const QList<std::pair<QString, QString>> expected {
            {QStringLiteral("lockTimelineDock"), QStringLiteral("does not report lock events")},
            {QStringLiteral("metricsDock"), QStringLiteral("does not sample engine metrics")},
            {QStringLiteral("faultsDock"), QStringLiteral("does not accept fault injection")},
            {QStringLiteral("faultsDock"), QStringLiteral("cannot start demo workflows")},
        };
        for (const auto &[name, words] : expected) {
            QDockWidget *dock = w.dock(name);
            QVERIFY2(dock, qPrintable(name));
            dock->show();
            dock->raise();
            QVERIFY2(visibleText(dock).contains(words), qPrintable(name + QLatin1String(": ") + visibleText(dock)));
        }
        // Stalls are listed, with a word on where they come from.
        const QString stalls = visibleText(w.dock(QStringLiteral("stallsDock")));
        QVERIFY2(stalls.contains(QLatin1String("derived from execution JSON")), qPrintable(stalls));
    }

    void attachOpensAWindowPerServer()
    {
        FakeConductorServer server;
        serveConductor(server);
        const bool hasAttachAction = [&] {
            RemoteSource probe(server.url(), QString());
            MainWindow w(&m_languages, &probe);
            return w.findChild<QAction *>(QStringLiteral("attachAction")) != nullptr;
        }();
        QVERIFY(hasAttachAction);

        FakeConductorServer second;
        serveConductor(second);
        QPointer<RemoteSource> source = openRemoteWindow(&m_languages, second.url(), QStringLiteral("secret"));
        QVERIFY(source);
        QPointer<MainWindow> window;
        QTRY_VERIFY(window = visibleWindow());
        QTRY_COMPARE(window->executionsPanel()->model()->rowCount(), 2);
        QCOMPARE(second.requests.first().authorization, QByteArrayLiteral("secret"));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("engineLabel"))->text(), QStringLiteral("Engine: connected"));
        window->close();
        QTRY_VERIFY(!window);
        QTRY_VERIFY(!source); // the window took its source with it
    }

    void windowIsRebuiltWhenALateServerOffersMore()
    {
        // The server answers 503 at first: the window opens knowing nothing it offers.
        FakeConductorServer server;
        serveConductor(server);
        server.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 503);
        QPointer<RemoteSource> source = openRemoteWindow(&m_languages, server.url(), QString());
        QPointer<MainWindow> first;
        QTRY_VERIFY(first = visibleWindow());
        QVERIFY(!(source->capabilities() & ExecutionSource::Stalls));

        // It comes up as a plain Conductor (the retry runs after a second): a window that can
        // show stalls replaces the first, on the same source.
        server.answerFile("GET /api/joinery/info", QStringLiteral("info-404.json"), 404);
        QTRY_VERIFY_WITH_TIMEOUT(!first, 10000);
        QVERIFY(source);
        QPointer<MainWindow> second = visibleWindow();
        QVERIFY(second);
        QVERIFY(source->capabilities() & ExecutionSource::Stalls);
        QTRY_COMPARE(second->executionsPanel()->model()->rowCount(), 2);
        second->close();
        QTRY_VERIFY(!source);
    }

    void fileMenuAttachesAnotherServer()
    {
        FakeConductorServer first;
        serveConductor(first);
        FakeConductorServer second;
        serveConductor(second);
        RemoteSource source(first.url(), QString());
        std::unique_ptr<MainWindow> window;
        QObject::connect(&source, &RemoteSource::ready, this,
            [&] { window = std::make_unique<MainWindow>(&m_languages, &source); });
        source.connectToServer();
        QTRY_VERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        auto *attach = window->findChild<QAction *>(QStringLiteral("attachAction"));
        QVERIFY(attach);
        QCOMPARE(attach->text(), QStringLiteral("Attach to &Server…"));
        attach->trigger();
        AttachDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<AttachDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->url(), first.url()); // starts from the server this window shows
        dialog->findChild<QLineEdit *>(QStringLiteral("attachUrl"))->setText(second.url().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("attachToken"))->setText(QStringLiteral("team:s3cret"));
        dialog->accept();

        QPointer<MainWindow> other;
        QTRY_VERIFY(other = visibleWindow(window.get()));
        QVERIFY(other->windowTitle().contains(second.url().toDisplayString()));
        QTRY_COMPARE(other->executionsPanel()->model()->rowCount(), 2);
        QCOMPARE(second.requests.first().path, QStringLiteral("/api/token")); // keyId:keySecret
        QVERIFY(window->isVisible()); // the first window stays on its server
        other->close();
        QTRY_VERIFY(!other);
    }

    void attachDialogReadsUrls()
    {
        QCOMPARE(AttachDialog::parseUrl(QStringLiteral("localhost:8080")), QUrl(QStringLiteral("http://localhost:8080")));
        QCOMPARE(AttachDialog::parseUrl(QStringLiteral(" https://conductor.example.com/ ")),
            QUrl(QStringLiteral("https://conductor.example.com/")));
        QVERIFY(!AttachDialog::parseUrl(QStringLiteral("ftp://example.com")).isValid());
        QVERIFY(!AttachDialog::parseUrl(QString()).isValid());
    }

private:
    LanguageManager m_languages;
};

QTEST_MAIN(TestRemoteWindow)
#include "tst_remotewindow.moc"
