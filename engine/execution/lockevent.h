#pragma once

#include "common/clock.h"

#include <QJsonObject>
#include <QString>

namespace joinery {

// Who asked for a workflow's execution lock (DESIGN.md: instrumented locks).
enum class LockRole { Sweeper, SystemTaskWorker, WorkerCallback, ApiRequest, GuiAction, Engine, Test };

// One acquisition of a workflow's execution lock, from request to release. Times are from the
// engine clock; 0 means "has not happened". An acquisition that gave up has gaveUpAt set and no
// acquiredAt; a signal that found the workflow busy and set it dirty instead is `deferred`.
struct LockEvent
{
    qint64 sequence = 0; // position in the log, for readers' cursors
    QString workflowId;
    LockRole role = LockRole::Engine;
    QString thread; // a short name of the asking thread
    Millis requestedAt = 0;
    Millis acquiredAt = 0;
    Millis releasedAt = 0;
    Millis gaveUpAt = 0;
    bool deferred = false; // busy: the owner was told to loop once more (never dropped)
    bool injected = false; // the miss was injected by fault injection
    bool dropped = false;  // legacy mode only: the decide was dropped on a miss
};

QString lockRoleName(LockRole role);
// The inverse of lockRoleName(); Engine for a name it does not know.
LockRole lockRoleFromName(const QString &name);

// The REST form (GET /api/joinery/locks and the event stream). Times of 0 travel as 0.
QJsonObject lockEventToJson(const LockEvent &event);
LockEvent lockEventFromJson(const QJsonObject &json);

} // namespace joinery
