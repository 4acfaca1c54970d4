#include "http/tokenauthenticator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace joinery::http {

TokenAuthenticator::TokenAuthenticator(QString secret, int ttlSeconds, Now now)
    : m_secret(secret.toUtf8())
    , m_ttlMs(qint64(ttlSeconds) * 1000)
    , m_now(std::move(now))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

bool TokenAuthenticator::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

TokenAuthenticator::Check TokenAuthenticator::check(const QByteArray &header) const
{
    if (!enabled())
        return Check::Ok;
    QByteArray token = header.trimmed();
    if (token.startsWith("Bearer "))
        token = token.mid(7).trimmed();
    if (token.isEmpty())
        return Check::Missing;
    if (equalConstantTime(token, m_secret))
        return Check::Ok;
    std::lock_guard lock(m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return Check::Invalid;
    return it.value() > m_now() ? Check::Ok : Check::Expired;
}

std::optional<QString> TokenAuthenticator::issue(const QString &keyId, const QString &keySecret)
{
    if (!enabled() || keyId.trimmed().isEmpty() || !equalConstantTime(keySecret.toUtf8(), m_secret))
        return std::nullopt;
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray token
        = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
    const qint64 now = m_now();
    std::lock_guard lock(m_mutex);
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        // Expired tokens are kept for a day so that their holders hear EXPIRED, not INVALID.
        it = it.value() + 24 * 3600 * 1000 < now ? m_tokens.erase(it) : std::next(it);
    }
    m_tokens.insert(token, now + m_ttlMs);
    return QString::fromLatin1(token);
}

} // namespace joinery::http
