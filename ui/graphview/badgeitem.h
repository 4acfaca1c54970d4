#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace joinery::ui {

// A small pill (retries, polls, a loop's iteration) pinned to a corner of its parent item. It
// ignores the view's transformation, so it stays readable at any zoom; the view hides badges
// when zoomed far out, where they would cover the graph.
class BadgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    // The pill is centred vertically on its position (parent coordinates) and, by default,
    // ends there (a right corner's badge); a left one starts there.
    enum class Anchor { Right, Left };
    BadgeItem(const QColor &colour, QGraphicsItem *parent, Anchor anchor = Anchor::Right);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setText(const QString &text);
    QString text() const { return m_text; }

private:
    QString m_text;
    QColor m_colour;
    Anchor m_anchor;
    QRectF m_rect;
};

} // namespace joinery::ui
