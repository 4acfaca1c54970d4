#include "graphview/graphpalette.h"

namespace joinery::ui {

QColor GraphPalette::statusFill(std::optional<TaskStatus> status)
{
    if (!status)
        return QColor(0xfb, 0xfb, 0xfc);
    switch (*status) {
    case TaskStatus::Scheduled:
        return QColor(0xcf, 0xe2, 0xf7);
    case TaskStatus::InProgress:
        return QColor(0x3d, 0x8b, 0xd9);
    case TaskStatus::Completed:
        return QColor(0x3f, 0xa3, 0x4d);
    case TaskStatus::CompletedWithErrors:
        return QColor(0xa7, 0xc9, 0x3b);
    case TaskStatus::Failed:
        return QColor(0xd6, 0x45, 0x45);
    case TaskStatus::FailedWithTerminalError:
        return QColor(0x9b, 0x1c, 0x1c);
    case TaskStatus::TimedOut:
        return QColor(0xe0, 0x7b, 0x39);
    case TaskStatus::Canceled:
        return QColor(0x8e, 0x8e, 0x8e);
    case TaskStatus::Skipped:
        return QColor(0xd5, 0xd5, 0xd5);
    }
    return QColor(Qt::white);
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
    if (!status)
        return tr("Not scheduled");
    switch (*status) {
    case TaskStatus::Scheduled:
        return tr("Scheduled");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Completed:
        return tr("Completed");
    case TaskStatus::CompletedWithErrors:
        return tr("Completed with errors");
    case TaskStatus::Failed:
        return tr("Failed");
    case TaskStatus::FailedWithTerminalError:
        return tr("Failed (terminal)");
    case TaskStatus::TimedOut:
        return tr("Timed out");
    case TaskStatus::Canceled:
        return tr("Canceled");
    case TaskStatus::Skipped:
        return tr("Skipped");
    }
    return QString();
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
    return out;
}

} // namespace joinery::ui
