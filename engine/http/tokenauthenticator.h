#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <mutex>
#include <optional>

namespace joinery::http {

// Access control for `joinery serve --token SECRET`, in the shape the Conductor SDKs speak
// (reference/conductor-js-sdk.md, Auth): POST /api/token with {keyId, keySecret} — any non-empty
// key id, the server's secret — returns a token that later requests carry in X-Authorization.
// The secret itself is accepted there too, for scripts. Tokens expire after `ttlSeconds`; an
// expired one is answered EXPIRED_TOKEN so that the SDK fetches a new one. Secrets are compared
// in constant time. Without a secret, authentication is off.
//
// Thread safety: every function may be called from any thread.
class TokenAuthenticator
{
public:
    using Now = std::function<qint64()>; // milliseconds

    explicit TokenAuthenticator(QString secret, int ttlSeconds = 45 * 60, Now now = {});

    bool enabled() const { return !m_secret.isEmpty(); }

    enum class Check { Ok, Missing, Invalid, Expired };
    Check check(const QByteArray &header) const;
    // A new token, or nullopt when the key secret is wrong (or the key id empty).
    std::optional<QString> issue(const QString &keyId, const QString &keySecret);

private:
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);

    const QByteArray m_secret;
    const qint64 m_ttlMs;
    Now m_now;
    mutable std::mutex m_mutex; // guards m_tokens
    QHash<QByteArray, qint64> m_tokens; // token -> expiry (ms)
};

} // namespace joinery::http
