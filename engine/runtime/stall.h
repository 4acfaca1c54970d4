#pragma once

#include "common/clock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace joinery {

// Why a RUNNING workflow is not moving, with what to do about it (the stall detector's verdict).
enum class StallReason {
    JoinDoneSuccessorMissing, // a JOIN's branches all ended (or it ended) but what follows was never scheduled
    EndedTaskNotAdvanced,     // another ended task whose successors were never scheduled
    DecideOwedNotRun,         // a decide marker has been due for longer than the threshold
    TaskNeverPolled,          // a scheduled worker task nobody polled (no worker for its queue)
    TaskNotQueued,            // a non-terminal task with neither a queue entry nor a timer
    ChildEndedParentNotUpdated, // a SUB_WORKFLOW's child ended but the parent task did not follow
    SweeperNotRunning,        // the sweeper is paused or has not cycled recently
};

enum class Recovery { ForceDecide, Requeue, StartWorker, ResumeSweeper };

struct Stall
{
    QString workflowId;
    QString workflowName;
    StallReason reason = StallReason::EndedTaskNotAdvanced;
    QString taskReference; // the task the reason is about, if any
    QString queue;         // TaskNeverPolled / TaskNotQueued: the queue
    Millis lastPollTime = 0; // TaskNeverPolled: when anyone last polled that queue (0: never)
    Millis since = 0;      // when the workflow last made progress
    Recovery recommended = Recovery::ForceDecide;
    QString detail;        // one readable sentence, in English (the GUI translates from the fields)
};

QString stallReasonName(StallReason reason);   // stable identifiers, e.g. "JOIN_DONE_SUCCESSOR_MISSING"
QString recoveryName(Recovery recovery);       // e.g. "FORCE_DECIDE"
// The inverses; false when the name is unknown (a newer server), leaving `out` alone.
bool stallReasonFromName(const QString &name, StallReason *out);
bool recoveryFromName(const QString &name, Recovery *out);

// The REST form (GET /api/joinery/stalls and the event stream). A stall whose reason this build
// does not know is read as EndedTaskNotAdvanced with the server's detail sentence.
QJsonObject stallToJson(const Stall &stall);
Stall stallFromJson(const QJsonObject &json);

} // namespace joinery
