#include "shell/mainwindow.h"

#include "common/version.h"
#include "i18n/languagemanager.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace joinery::ui {

MainWindow::MainWindow(LanguageManager *languages, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_languages(languages), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1400, 900);
    createMenus();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_engineLabel = new QLabel(this);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_engineLabel);

    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setEngineState(const QString &state)
{
    m_engineState = state;
    retranslate();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_koreanAction = m_languageMenu->addAction(QStringLiteral("한국어"));
    for (auto [action, code] : {std::pair{m_englishAction, "en"}, std::pair{m_koreanAction, "ko"}}) {
        action->setCheckable(true);
        action->setData(QString::fromLatin1(code));
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_languages)
            m_languages->setLanguage(action->data().toString());
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Joinery"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Joinery"));
    const QString lang = m_languages ? m_languages->language() : QString();
    m_englishAction->setChecked(lang == QLatin1String("en"));
    m_koreanAction->setChecked(lang == QLatin1String("ko"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_databasePath));
    m_engineLabel->setText(tr("Engine: %1").arg(m_engineState.isEmpty() ? tr("stopped") : m_engineState));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Joinery"),
                       tr("<h3>Joinery %1</h3><p>A durable, Conductor-compatible workflow engine "
                          "and the window to watch and recover it.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

} // namespace joinery::ui
