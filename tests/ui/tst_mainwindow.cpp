#include "i18n/languagemanager.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

using namespace joinery::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsMenusAndStatus()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow w(&languages, QStringLiteral("/tmp/test.sqlite"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));

        auto *db = w.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(db);
        QCOMPARE(db->text(), QStringLiteral("Database: /tmp/test.sqlite"));
        auto *engine = w.findChild<QLabel *>(QStringLiteral("engineLabel"));
        QVERIFY(engine);
        w.setEngineState(QStringLiteral("running"));
        QCOMPARE(engine->text(), QStringLiteral("Engine: running"));
    }

    void retranslatesLiveToKorean()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow w(&languages, QStringLiteral("/tmp/test.sqlite"));
        w.show();
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("파일(&F)"));
        auto *db = w.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QCOMPARE(db->text(), QStringLiteral("데이터베이스: /tmp/test.sqlite"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
