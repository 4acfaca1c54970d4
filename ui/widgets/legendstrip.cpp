#include "widgets/legendstrip.h"

#include <QFontMetrics>
#include <QPainter>

namespace joinery::ui {

namespace {
constexpr int kSwatch = 12;
constexpr int kGap = 5;      // swatch to text
constexpr int kSpacing = 14; // entry to entry
constexpr int kMargin = 4;
} // namespace

LegendStrip::LegendStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void LegendStrip::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

QList<QRect> LegendStrip::arrange(int width) const
{
    const QFontMetrics fm = fontMetrics();
    const int lineH = qMax(fm.height(), kSwatch) + 2;
    QList<QRect> rects;
    int x = kMargin;
    int y = kMargin;
    for (const Entry &e : m_entries) {
        const int w = kSwatch + kGap + fm.horizontalAdvance(e.text);
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            y += lineH;
        }
        rects.append(QRect(x, y, w, lineH));
        x += w + kSpacing;
    }
    return rects;
}

int LegendStrip::heightForWidth(int width) const
{
    const QList<QRect> rects = arrange(width);
    return rects.isEmpty() ? 0 : rects.last().bottom() + 1 + kMargin;
}

QSize LegendStrip::sizeHint() const
{
    const QList<QRect> rects = arrange(QWIDGETSIZE_MAX);
    const int w = rects.isEmpty() ? 0 : rects.last().right() + 1 + kMargin;
    return QSize(w, heightForWidth(w));
}

QSize LegendStrip::minimumSizeHint() const
{
    return QSize(kSwatch + 2 * kMargin, heightForWidth(kSwatch + 2 * kMargin) / qMax<qsizetype>(1, m_entries.size()));
}

void LegendStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = arrange(width());
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QRect &r = rects.at(i);
        const QRectF sw(r.left() + 0.5, r.center().y() - kSwatch / 2.0 + 0.5, kSwatch - 1, kSwatch - 1);
        const QColor border = e.border.isValid() ? e.border : e.fill.darker(140);
        switch (e.shape) {
        case Shape::Box:
            p.setPen(border);
            p.setBrush(e.fill);
            p.drawRoundedRect(sw, 2, 2);
            break;
        case Shape::Bar:
            p.setPen(Qt::NoPen);
            p.setBrush(e.fill);
            p.drawRect(QRectF(sw.left(), sw.center().y() - 3, sw.width(), 6));
            break;
        case Shape::Tick:
            p.setPen(QPen(e.fill, 2.5));
            p.drawLine(QPointF(sw.center().x(), sw.top()), QPointF(sw.center().x(), sw.bottom()));
            break;
        case Shape::Line:
            p.setPen(QPen(e.fill, 2.5));
            p.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
            break;
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(r.left() + kSwatch + kGap, r.top(), r.width() - kSwatch - kGap, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
}

} // namespace joinery::ui
