#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace joinery::ui {

// Owns the application's translators (Joinery's own catalogue and Qt's) and switches them at
// run time. Widgets retranslate themselves on QEvent::LanguageChange, which installing a
// translator sends to every top-level window. GUI thread only.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Languages with a catalogue, as codes ("en", "ko").
    static QStringList availableLanguages();
    // The language to start in: `requested` if available, else the system locale's, else "en".
    static QString resolve(const QString &requested);

    // Installs the catalogues for `code`. Returns false (and changes nothing) for an unknown code.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace joinery::ui
