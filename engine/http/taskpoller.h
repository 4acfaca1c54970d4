#pragma once

#include "model/taskrun.h"

#include <QList>
#include <QString>

#include <functional>

namespace joinery::http {

class RestContext;

// Answers a worker's poll (GET /api/tasks/poll..., and the chained poll of update-v2). Tasks
// that are waiting are claimed at once through the executor (each goes IN_PROGRESS, durably,
// before it is handed out). When none is waiting and the worker allows a wait, the poll moves to
// the context's long-poll pool, where it waits on the task queue itself — woken by the queue's
// condition the moment a task is pushed — in slices, so that a stopping server is never held up
// by a poll for more than a slice. The server thread never waits.
//
// Thread safety: poll() may be called from any thread; `done` is called exactly once, on any
// thread (inline, on the writer thread, or on a pool thread).
class TaskPoller
{
public:
    using Done = std::function<void(QList<TaskRun> tasks)>;

    struct Request
    {
        QString queue;
        QString domain;
        QString workerId;
        int count = 1;
        int timeoutMs = 0; // 0: answer at once
    };

    static void poll(RestContext &context, const Request &request, Done done);
};

} // namespace joinery::http
