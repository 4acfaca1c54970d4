#pragma once

#include <QMainWindow>

class QLabel;
class QActionGroup;
class QMenu;

namespace joinery::ui {

class LanguageManager;

// The top-level window: menus, status bar (database or server, engine state) and, as the
// monitoring issues land, the dockable panels. GUI thread only. The window never owns the
// engine; it is handed what it shows.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(LanguageManager *languages, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the status bar, e.g. "running" or "stopped"; already translated by the caller.
    void setEngineState(const QString &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();

    LanguageManager *m_languages;
    QString m_databasePath;
    QString m_engineState;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_koreanAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
};

} // namespace joinery::ui
