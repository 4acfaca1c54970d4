#include "shell/attachdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace joinery::ui {

AttachDialog::AttachDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("attachDialog"));
    m_url->setObjectName(QStringLiteral("attachUrl"));
    m_token->setObjectName(QStringLiteral("attachToken"));
    m_intro->setWordWrap(true);
    m_url->setText(QStringLiteral("http://127.0.0.1:8080"));
    m_url->setMinimumWidth(360);
    m_token->setEchoMode(QLineEdit::Password);
    m_urlLabel->setBuddy(m_url);
    m_tokenLabel->setBuddy(m_token);

    auto *form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_tokenLabel, m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &AttachDialog::validate);
    retranslate();
    validate();
}

QUrl AttachDialog::parseUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("http://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

QUrl AttachDialog::url() const
{
    return parseUrl(m_url->text());
}

QString AttachDialog::token() const
{
    return m_token->text().trimmed();
}

void AttachDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void AttachDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(url().isValid());
}

void AttachDialog::retranslate()
{
    setWindowTitle(tr("Attach to Server"));
    m_intro->setText(tr("Open a window on a Joinery server (joinery serve) or any Conductor server. "
                        "The window shows what the server offers; panels that need Joinery's "
                        "extensions say when they are not available."));
    m_urlLabel->setText(tr("Server &URL:"));
    m_tokenLabel->setText(tr("&Token:"));
    m_token->setPlaceholderText(tr("optional: the server's secret, or keyId:keySecret"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Attach"));
}

void AttachDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace joinery::ui
