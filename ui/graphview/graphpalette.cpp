#include "graphview/graphpalette.h"

#include "common/statusstyle.h"

namespace joinery::ui {

QColor GraphPalette::statusFill(std::optional<TaskStatus> status)
{
    // The tables' colours (StatusStyle), so a status looks the same everywhere.
    return status ? StatusStyle::color(*status) : QColor(0xfb, 0xfb, 0xfc);
}

QColor GraphPalette::statusBorder(std::optional<TaskStatus> status)
{
    if (!status)
        return QColor(0xa8, 0xae, 0xb8);
    return statusFill(status).darker(135);
}

QColor GraphPalette::textOn(const QColor &fill)
{
    // Relative luminance, roughly; the fills above are chosen to be clearly on one side.
    const double l = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return l < 0.6 ? QColor(Qt::white) : QColor(0x1f, 0x23, 0x29);
}

QString GraphPalette::statusText(std::optional<TaskStatus> status)
{
    return status ? StatusStyle::text(*status) : tr("Not scheduled");
}

QFont GraphPalette::labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(9);
        f.setBold(true);
        return f;
    }();
    return font;
}

QFont GraphPalette::detailFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(8);
        return f;
    }();
    return font;
}

QList<TaskStatus> GraphPalette::statusOrder()
{
    return {TaskStatus::Scheduled, TaskStatus::InProgress, TaskStatus::Completed,
            TaskStatus::CompletedWithErrors, TaskStatus::Failed, TaskStatus::FailedWithTerminalError,
            TaskStatus::TimedOut, TaskStatus::Canceled, TaskStatus::Skipped};
}

QList<LegendStrip::Entry> GraphPalette::legend()
{
    QList<LegendStrip::Entry> out;
    out.append({statusFill(std::nullopt), statusText(std::nullopt), LegendStrip::Shape::Box,
                statusBorder(std::nullopt)});
    for (TaskStatus s : statusOrder())
        out.append({statusFill(s), statusText(s), LegendStrip::Shape::Box, statusBorder(s)});
    out.append({takenCase(), tr("SWITCH case taken"), LegendStrip::Shape::Line, QColor()});
    out.append({retryBadge(), tr("Retries"), LegendStrip::Shape::Box, QColor()});
    out.append({pollBadge(), tr("Polls"), LegendStrip::Shape::Box, QColor()});
    out.append({stallBadge(), tr("Stalled here"), LegendStrip::Shape::Box, QColor()});
    return out;
}

} // namespace joinery::ui
