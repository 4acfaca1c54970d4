#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace joinery::store {

// Thin RAII wrappers over the SQLite C API: the engine's store uses prepared statements
// directly (no Qt SQL layer in the hot path). Not thread-safe: one connection per thread.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // UTF-8 text; a null array binds NULL
    Statement &bindNull(int index);

    // Runs one step. Returns true when a row is available; throws StoreError on failure.
    bool step();
    // step() until done, then reset.
    void run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Thrown by the store on an SQLite error; the message names the statement's purpose and
// SQLite's own text.
class StoreError : public std::exception
{
public:
    explicit StoreError(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) { }
    const char *what() const noexcept override { return m_utf8.constData(); }
    const QString &message() const { return m_message; }

private:
    QString m_message;
    QByteArray m_utf8;
};

class Connection
{
public:
    // Opens (creating if needed) the file in WAL mode with the engine's pragmas.
    explicit Connection(const QString &path, bool readOnly = false);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql);
    void execScript(const QByteArray &sql);
    Statement prepare(const char *sql) { return Statement(m_db, sql); }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace joinery::store
