#pragma once

#include "model/taskstatus.h"
#include "runtime/stall.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace joinery::ui {

// How statuses and stall verdicts look in every table and panel: one colour per status and the
// translated words for it, so the executions table, the tasks table and the detail panel agree.
// Pure functions; callable from the GUI thread (tr() reads the installed translators).
class StatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)

public:
    static QString text(WorkflowStatus status);
    static QString text(TaskStatus status);
    static QColor color(WorkflowStatus status);
    static QColor color(TaskStatus status);

    // A short phrase for a table cell ("JOIN done, next task not scheduled").
    static QString stallReason(StallReason reason);
    // The one long wording of a stall, naming the task and queue (the stalls panel, tooltips);
    // with `now`, a queue's last poll is said as "last polled 3 min ago".
    static QString stallDescription(const Stall &stall, Millis now = 0);
    // A coarse age for "… ago": "45 s", "3 min", "2 h 5 min", "4 d".
    static QString ago(Millis ms);
    static QString recovery(Recovery recovery);
};

} // namespace joinery::ui
