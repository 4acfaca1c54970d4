#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace joinery::ui {

// A one-line legend: coloured swatches with their (already translated) names, wrapped onto
// more lines when the widget is narrow. Used under the graph and the lock timeline. The owner
// calls setEntries() again after a language change. GUI thread only.
class LegendStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendStrip)

public:
    enum class Shape { Box, Bar, Tick, Line };

    struct Entry
    {
        QColor fill;
        QString text;
        Shape shape = Shape::Box;
        QColor border; // invalid: a darker shade of `fill`
    };

    explicit LegendStrip(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Lays the entries out for `width`; returns the rect of each entry (swatch and text).
    QList<QRect> arrange(int width) const;

    QList<Entry> m_entries;
};

} // namespace joinery::ui
