#pragma once

#include "store/sqlite.h"

#include <QString>

#include <memory>

namespace joinery::store {

// An engine database file: created if missing, brought to the newest schema by numbered
// migrations (resources/migrations/NNNN_name.sql, recorded in schema_migrations), and owned by
// one process at a time. Ownership is an exclusive lock on "<file>-joinery.lock" holding the
// owner's pid, so a second process is told which process holds the file, and a crashed owner
// never leaves a stale lock behind (the kernel drops the lock with the process).
//
// Thread safety: open() and the accessors may be called from any thread; the Database must
// outlive every Connection opened from it.
class Database
{
public:
    // Throws StoreError with a user-facing message (e.g. "database /x is in use by process 123").
    static std::unique_ptr<Database> open(const QString &path);
    ~Database();

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // A new connection to the same file (each thread that reads or writes has its own).
    std::unique_ptr<Connection> connect(bool readOnly = false) const;

    static int latestSchemaVersion();

private:
    Database() = default;
    void migrate(Connection &c);

    QString m_path;
    int m_lockFd = -1;
    int m_schemaVersion = 0;
};

} // namespace joinery::store
