#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace joinery::ui {

// File → Attach to Server…: asks for a server's URL and, if it wants one, a token (the secret
// `joinery serve --token` was given, or a Conductor "keyId:keySecret" pair). OK stays disabled
// until the URL is an http(s) URL with a host. The dialog only collects; the caller opens the
// window (see openRemoteWindow).
class AttachDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachDialog)

public:
    explicit AttachDialog(QWidget *parent = nullptr);

    QUrl url() const;
    QString token() const;
    void setUrl(const QString &url);

    // An http(s) URL with a host, from what a user typed ("localhost:8080" gets "http://").
    static QUrl parseUrl(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QLabel *m_intro;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QDialogButtonBox *m_buttons;
};

} // namespace joinery::ui
