#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace joinery::store {
namespace {

struct Migration
{
    int version;
    QString name;
    QString resource;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    const QDir dir(QStringLiteral(":/joinery/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    return list;
}

} // namespace

int Database::latestSchemaVersion()
{
    const QList<Migration> list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

std::unique_ptr<Database> Database::open(const QString &path)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    QDir().mkpath(QFileInfo(db->m_path).absolutePath());

    const QByteArray lockPath = QFile::encodeName(db->m_path + QStringLiteral("-joinery.lock"));
    db->m_lockFd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (db->m_lockFd < 0)
        throw StoreError(QStringLiteral("cannot create lock file %1").arg(QFile::decodeName(lockPath)));
    if (::flock(db->m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        char buffer[64] = {};
        const ssize_t n = ::pread(db->m_lockFd, buffer, sizeof buffer - 1, 0);
        const QString owner = n > 0 ? QString::fromLatin1(buffer, int(n)).trimmed() : QStringLiteral("another process");
        ::close(db->m_lockFd);
        db->m_lockFd = -1;
        throw StoreError(QStringLiteral("database %1 is in use by %2").arg(db->m_path, owner));
    }
    const QByteArray me = QStringLiteral("process %1 (%2, since %3)")
                              .arg(QCoreApplication::applicationPid())
                              .arg(QCoreApplication::applicationName().isEmpty() ? QStringLiteral("joinery")
                                                                                 : QCoreApplication::applicationName())
                              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                              .toUtf8();
    if (::ftruncate(db->m_lockFd, 0) != 0 || ::pwrite(db->m_lockFd, me.constData(), me.size(), 0) < 0)
        qWarning("joinery: could not record the owner in the lock file");

    Connection c(db->m_path);
    db->migrate(c);
    return db;
}

Database::~Database()
{
    if (m_lockFd >= 0) {
        ::flock(m_lockFd, LOCK_UN);
        ::close(m_lockFd);
    }
}

std::unique_ptr<Connection> Database::connect(bool readOnly) const
{
    return std::make_unique<Connection>(m_path, readOnly);
}

void Database::migrate(Connection &c)
{
    c.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
           "applied_at INTEGER NOT NULL)");
    Statement current = c.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    current.step();
    m_schemaVersion = int(current.int64(0));
    current.reset();

    for (const Migration &m : migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        QFile f(m.resource);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("migration %1 is missing").arg(m.resource));
        c.exec("BEGIN IMMEDIATE");
        try {
            c.execScript(f.readAll());
            Statement record = c.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
            record.bind(1, m.version).bind(2, m.name).bind(3, QDateTime::currentMSecsSinceEpoch()).run();
            c.exec("COMMIT");
        } catch (...) {
            c.exec("ROLLBACK");
            throw;
        }
        m_schemaVersion = m.version;
    }
    if (m_schemaVersion > latestSchemaVersion())
        throw StoreError(QStringLiteral("database %1 has schema version %2, newer than this Joinery understands (%3)")
                             .arg(m_path).arg(m_schemaVersion).arg(latestSchemaVersion()));
}

} // namespace joinery::store
