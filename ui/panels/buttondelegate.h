#pragma once

#include <QStyledItemDelegate>

namespace joinery::ui {

// Draws a cell as a push button labelled with the cell's text. It only paints: the view's
// clicked() signal on that column is the click (so keyboard users have the panel's buttons).
class ButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace joinery::ui
