#pragma once

#include "execution/executiontypes.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace joinery::ui {

// Request and JSON plumbing for one Conductor (or Joinery) server: builds URLs under the base
// URL, sends JSON bodies, attaches `X-Authorization`, and turns every answer — success, a
// Conductor error body `{status, message}`, or a network failure — into one Response handed to a
// callback on the thread that owns the client. Nothing blocks: each call returns at once.
//
// Tokens: a token without ":" is sent as it is (Joinery accepts its secret directly). A token
// "keyId:keySecret" is exchanged first with `POST /api/token` (Conductor's and Orkes' scheme);
// requests made meanwhile wait for the exchange, and a 401 on an exchanged token exchanges once
// more and repeats the request, since such tokens expire.
//
// Ownership: callbacks never run after the client is destroyed or shutDown() was called, so an
// owner can capture `this` in them. GUI thread (or the owning thread) only.
class ConductorClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConductorClient)

public:
    struct Response
    {
        int status = 0;      // HTTP status; 0 when the server was not reached
        QByteArray body;
        QString error;       // empty on success; the server's message or the network error
        bool ok() const { return error.isEmpty(); }
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        // ActionResult::failure with the message and the kind the status maps to, or success
        // carrying `id` (a text/plain body such as a new workflow id when `id` is empty).
        ActionResult toResult() const;
    };
    using Callback = std::function<void(const Response &)>;

    ConductorClient(const QUrl &baseUrl, const QString &token, QObject *parent = nullptr);
    ~ConductorClient() override;

    QUrl baseUrl() const { return m_base; }
    QUrl url(const QString &path, const QUrlQuery &query = QUrlQuery()) const;

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
        const QByteArray &body, Callback done);
    static QByteArray json(const QJsonObject &object);

    // A long-lived GET (the event stream) with the same authentication. The caller owns the
    // reply; it arrives through `ready` once any token exchange has finished.
    void openStream(const QString &path, const QUrlQuery &query,
        std::function<void(QNetworkReply *)> ready);

    // Aborts what is in flight and drops every pending callback.
    void shutDown();

private:
    struct Pending
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        Callback done;
        bool retried = false;
    };

    void dispatch(Pending request);
    void whenAuthorised(std::function<void()> then);
    void exchangeToken();
    QNetworkRequest makeRequest(const QUrl &url, bool hasBody) const;
    static Response responseOf(QNetworkReply *reply);

    QUrl m_base;
    QNetworkAccessManager m_manager;
    QSet<QNetworkReply *> m_inFlight;
    bool m_shutDown = false;

    // Authentication state
    QString m_keyId, m_keySecret; // set when the token is exchanged
    QByteArray m_header;          // the X-Authorization value; empty: none
    bool m_exchanging = false;
    bool m_exchanged = false;
    QList<std::function<void()>> m_waitingForToken;
};

} // namespace joinery::ui
