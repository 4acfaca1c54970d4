#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace joinery::ui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString LanguageManager::resolve(const QString &requested)
{
    const QStringList langs = availableLanguages();
    if (!requested.isEmpty())
        return langs.contains(requested) ? requested : QString();
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return langs.contains(system) ? system : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/joinery_") + code))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    m_language = code;
    emit languageChanged(code);
    return true;
}

} // namespace joinery::ui
