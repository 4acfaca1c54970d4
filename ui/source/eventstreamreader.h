#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace joinery::ui {

// Incremental parser of a Server-Sent Events stream (the WHATWG "text/event-stream" format), fed
// whatever bytes a network read returned: lines may be split anywhere, even inside a UTF-8
// sequence or between "\r" and "\n". An event ends at a blank line; `event:` names it (default
// "message"), `data:` lines are joined with "\n", comment lines (":" first) and `id:`/`retry:`
// are skipped. A block with no data is dropped, as browsers do.
//
// A plain value type; not thread-safe, one reader per stream.
class EventStreamReader
{
public:
    struct Event
    {
        QString name;
        QByteArray data;
    };

    // Appends `bytes` and returns the events they completed, oldest first.
    QList<Event> feed(const QByteArray &bytes);
    // Forgets a partial event (after a reconnect the stream starts over).
    void reset();
    // Bytes held back waiting for the end of their line.
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    void takeLine(const QByteArray &line, QList<Event> *out);

    QByteArray m_buffer;
    QString m_name;
    QByteArray m_data;
    bool m_hasData = false;
};

} // namespace joinery::ui
