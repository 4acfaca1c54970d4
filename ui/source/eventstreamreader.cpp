#include "source/eventstreamreader.h"

namespace joinery::ui {

QList<EventStreamReader::Event> EventStreamReader::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    QList<Event> out;
    qsizetype start = 0;
    for (;;) {
        const qsizetype lf = m_buffer.indexOf('\n', start);
        const qsizetype cr = m_buffer.indexOf('\r', start);
        qsizetype end = -1;
        qsizetype next = -1;
        if (cr >= 0 && (lf < 0 || cr < lf)) {
            // "\r\n" counts once; a "\r" at the very end may still be followed by "\n".
            if (cr + 1 >= m_buffer.size())
                break;
            end = cr;
            next = m_buffer.at(cr + 1) == '\n' ? cr + 2 : cr + 1;
        } else if (lf >= 0) {
            end = lf;
            next = lf + 1;
        } else {
            break;
        }
        takeLine(m_buffer.mid(start, end - start), &out);
        start = next;
    }
    m_buffer.remove(0, start);
    return out;
}

void EventStreamReader::reset()
{
    m_buffer.clear();
    m_name.clear();
    m_data.clear();
    m_hasData = false;
}

void EventStreamReader::takeLine(const QByteArray &line, QList<Event> *out)
{
    if (line.isEmpty()) {
        if (m_hasData)
            out->append(Event {m_name.isEmpty() ? QStringLiteral("message") : m_name, m_data});
        m_name.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_name = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    }
}

} // namespace joinery::ui
