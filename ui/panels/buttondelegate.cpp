#include "panels/buttondelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace joinery::ui {

void ButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionButton button;
    button.rect = option.rect.adjusted(2, 2, -2, -2);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Raised;
    if (option.state & QStyle::State_Enabled)
        button.state |= QStyle::State_Enabled;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

QSize ButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    return QSize(option.fontMetrics.horizontalAdvance(text) + 24, option.fontMetrics.height() + 10);
}

} // namespace joinery::ui
