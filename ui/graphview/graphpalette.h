#pragma once

#include "model/taskstatus.h"
#include "widgets/legendstrip.h"

#include <QCoreApplication>
#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

#include <optional>

namespace joinery::ui {

// The graph's colours and fonts in one place, so that the legend and the items cannot
// disagree: a fill per task status (nullopt: not scheduled), and the accents for selection,
// search hits and the taken SWITCH case. Status names are translated here (tr()).
class GraphPalette
{
    Q_DECLARE_TR_FUNCTIONS(GraphPalette)

public:
    static QColor statusFill(std::optional<TaskStatus> status);
    static QColor statusBorder(std::optional<TaskStatus> status);
    // Black or white, whichever reads better on `fill`.
    static QColor textOn(const QColor &fill);
    static QString statusText(std::optional<TaskStatus> status);

    static QColor takenEdge() { return QColor(0x4a, 0x55, 0x68); }
    static QColor untakenEdge() { return QColor(0xc4, 0xc9, 0xd0); }
    static QColor takenCase() { return QColor(0xe0, 0x8a, 0x00); }
    static QColor junction() { return QColor(0x4a, 0x55, 0x68); }
    static QColor selection() { return QColor(0x11, 0x11, 0x11); }
    static QColor searchHit() { return QColor(0xff, 0xb3, 0x00); }
    static QColor frameFill() { return QColor(0xf4, 0xf1, 0xfb); }
    static QColor frameBorder() { return QColor(0x8e, 0x7c, 0xc3); }
    static QColor retryBadge() { return QColor(0xe0, 0x7b, 0x39); }
    static QColor pollBadge() { return QColor(0x5b, 0x6b, 0x82); }
    static QColor stallBadge() { return QColor(0xc6, 0x28, 0x28); }

    static QFont labelFont();  // task reference names
    static QFont detailFont(); // second lines, JOIN counts, edge labels

    // The legend under the graph: every status plus "not scheduled", in lifecycle order.
    static QList<LegendStrip::Entry> legend();
    // Statuses in lifecycle order (histogram segments are drawn in this order).
    static QList<TaskStatus> statusOrder();
};

} // namespace joinery::ui
