#include "execution/chrometrace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace joinery {

QByteArray ChromeTrace::toJson(const QList<LockEvent> &events)
{
    QJsonArray trace;
    QHash<QString, int> tids;
    auto tid = [&](const QString &thread) {
        auto it = tids.constFind(thread);
        if (it != tids.constEnd())
            return it.value();
        const int id = tids.size() + 1;
        tids.insert(thread, id);
        trace.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("thread_name")},
                                 {QStringLiteral("ph"), QStringLiteral("M")},
                                 {QStringLiteral("pid"), 1},
                                 {QStringLiteral("tid"), id},
                                 {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), thread}}}});
        return id;
    };
    auto complete = [&](const LockEvent &e, const QString &what, Millis from, Millis to) {
        trace.append(QJsonObject{{QStringLiteral("name"), QString(what + QLatin1Char(' ') + e.workflowId)},
                                 {QStringLiteral("cat"), what},
                                 {QStringLiteral("ph"), QStringLiteral("X")},
                                 {QStringLiteral("ts"), double(from) * 1000.0},
                                 {QStringLiteral("dur"), double(std::max<Millis>(0, to - from)) * 1000.0},
                                 {QStringLiteral("pid"), 1},
                                 {QStringLiteral("tid"), tid(e.thread)},
                                 {QStringLiteral("args"), QJsonObject{{QStringLiteral("workflowId"), e.workflowId},
                                                                      {QStringLiteral("role"), lockRoleName(e.role)}}}});
    };
    auto instant = [&](const LockEvent &e, const QString &what, Millis at) {
        trace.append(QJsonObject{{QStringLiteral("name"), QString(what + QLatin1Char(' ') + e.workflowId)},
                                 {QStringLiteral("cat"), what},
                                 {QStringLiteral("ph"), QStringLiteral("i")},
                                 {QStringLiteral("s"), QStringLiteral("t")},
                                 {QStringLiteral("ts"), double(at) * 1000.0},
                                 {QStringLiteral("pid"), 1},
                                 {QStringLiteral("tid"), tid(e.thread)},
                                 {QStringLiteral("args"), QJsonObject{{QStringLiteral("workflowId"), e.workflowId},
                                                                      {QStringLiteral("role"), lockRoleName(e.role)},
                                                                      {QStringLiteral("injected"), e.injected},
                                                                      {QStringLiteral("dropped"), e.dropped}}}});
    };
    for (const LockEvent &e : events) {
        if (e.deferred) {
            instant(e, QStringLiteral("deferred"), e.requestedAt);
            continue;
        }
        if (e.acquiredAt == 0) {
            complete(e, QStringLiteral("wait"), e.requestedAt, e.gaveUpAt);
            instant(e, e.dropped ? QStringLiteral("dropped") : QStringLiteral("miss"), e.gaveUpAt);
            continue;
        }
        if (e.acquiredAt > e.requestedAt)
            complete(e, QStringLiteral("wait"), e.requestedAt, e.acquiredAt);
        complete(e, QStringLiteral("hold"), e.acquiredAt, e.releasedAt > 0 ? e.releasedAt : e.acquiredAt);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("traceEvents"), trace},
                                     {QStringLiteral("displayTimeUnit"), QStringLiteral("ms")}})
        .toJson(QJsonDocument::Compact);
}

bool ChromeTrace::write(const QString &path, const QList<LockEvent> &events, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(toJson(events));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace joinery
