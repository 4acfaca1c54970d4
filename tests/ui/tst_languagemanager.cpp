#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace joinery::ui;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void resolvesRequestedOrSystem()
    {
        QCOMPARE(LanguageManager::resolve(QStringLiteral("ko")), QStringLiteral("ko"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("xx")), QString());
        QVERIFY(LanguageManager::availableLanguages().contains(LanguageManager::resolve(QString())));
    }

    // The catalogues are compiled in; Korean must translate real strings of every layer.
    void loadsKoreanCatalogue()
    {
        LanguageManager languages;
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(languages.language(), QStringLiteral("ko"));
        QCOMPARE(QCoreApplication::translate("joinery::ui::MainWindow", "&Quit"), QStringLiteral("종료(&Q)"));
        QCOMPARE(QCoreApplication::translate("main", "no display found (DISPLAY is not set); run it in a desktop session, under xvfb-run, or use 'joinery serve' for a headless engine").isEmpty(), false);
    }

    void unknownLanguageChangesNothing()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY(!languages.setLanguage(QStringLiteral("fr")));
        QCOMPARE(languages.language(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("joinery::ui::MainWindow", "&Quit"), QStringLiteral("&Quit"));
    }
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
