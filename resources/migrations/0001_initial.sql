-- Joinery schema, version 1. Times are milliseconds since the Unix epoch; JSON columns hold
-- compact JSON text. Every table the engine needs to continue after a crash lives here.

CREATE TABLE workflow_defs (
    name        TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    json        TEXT    NOT NULL,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE task_defs (
    name        TEXT PRIMARY KEY,
    json        TEXT    NOT NULL,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL
);

CREATE TABLE workflows (
    workflow_id        TEXT PRIMARY KEY,
    name               TEXT    NOT NULL,
    version            INTEGER NOT NULL,
    status             TEXT    NOT NULL,
    correlation_id     TEXT,
    priority           INTEGER NOT NULL DEFAULT 0,
    parent_workflow_id TEXT,
    parent_task_id     TEXT,
    create_time        INTEGER NOT NULL,
    start_time         INTEGER NOT NULL DEFAULT 0,
    end_time           INTEGER NOT NULL DEFAULT 0,
    update_time        INTEGER NOT NULL DEFAULT 0,
    last_retried_time  INTEGER NOT NULL DEFAULT 0,
    reason             TEXT,
    input              TEXT,
    output             TEXT,
    variables          TEXT,
    extra              TEXT,  -- failedReferenceTaskNames, reRunFromWorkflowId, createdBy, taskToDomain
    definition         TEXT,          -- the WorkflowDef this execution runs (written on insert)
    due_at             INTEGER        -- workflow timeout timer
);
CREATE INDEX workflows_status      ON workflows (status, update_time);
CREATE INDEX workflows_name        ON workflows (name, create_time);
CREATE INDEX workflows_create      ON workflows (create_time);
CREATE INDEX workflows_correlation ON workflows (correlation_id);
CREATE INDEX workflows_parent      ON workflows (parent_workflow_id);
CREATE INDEX workflows_due         ON workflows (due_at) WHERE due_at IS NOT NULL;

CREATE TABLE tasks (
    task_id          TEXT PRIMARY KEY,
    workflow_id      TEXT    NOT NULL,
    seq              INTEGER NOT NULL,
    ref              TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    task_type        TEXT    NOT NULL,
    task_def_name    TEXT,
    status           TEXT    NOT NULL,
    retry_count      INTEGER NOT NULL DEFAULT 0,
    poll_count       INTEGER NOT NULL DEFAULT 0,
    scheduled_time   INTEGER NOT NULL DEFAULT 0,
    start_time       INTEGER NOT NULL DEFAULT 0,
    end_time         INTEGER NOT NULL DEFAULT 0,
    update_time      INTEGER NOT NULL DEFAULT 0,
    worker_id        TEXT,
    reason           TEXT,
    callback_after   INTEGER NOT NULL DEFAULT 0,
    start_delay      INTEGER NOT NULL DEFAULT 0,
    response_timeout INTEGER NOT NULL DEFAULT 0,
    retried          INTEGER NOT NULL DEFAULT 0,
    executed         INTEGER NOT NULL DEFAULT 0,
    retried_task_id  TEXT,
    iteration        INTEGER NOT NULL DEFAULT 0,
    sub_workflow_id  TEXT,
    wait_until       INTEGER NOT NULL DEFAULT 0,
    input            TEXT,
    output           TEXT,
    dynamic_task     TEXT,
    due_at           INTEGER  -- the task's next timeout or WAIT timer
);
CREATE UNIQUE INDEX tasks_workflow_seq ON tasks (workflow_id, seq);
CREATE INDEX tasks_due ON tasks (due_at) WHERE due_at IS NOT NULL;

-- Worker queues: one row per task waiting to be polled.
CREATE TABLE task_queue (
    task_id     TEXT PRIMARY KEY,
    queue       TEXT    NOT NULL,
    workflow_id TEXT    NOT NULL,
    priority    INTEGER NOT NULL DEFAULT 0,
    visible_at  INTEGER NOT NULL,
    enqueued_at INTEGER NOT NULL
);
CREATE INDEX task_queue_queue ON task_queue (queue, priority, visible_at);

-- Owed decides (DESIGN.md invariants 1 and 2): written in the transaction of every change that
-- can let a workflow progress without a decide in the same transaction; deleted only by a
-- committed decide, and only for the generation it read.
CREATE TABLE decide_markers (
    workflow_id TEXT PRIMARY KEY,
    generation  INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    reason      TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX decide_markers_due ON decide_markers (due_at);

CREATE TABLE poll_data (
    queue          TEXT NOT NULL,
    domain         TEXT NOT NULL DEFAULT '',
    worker_id      TEXT,
    last_poll_time INTEGER NOT NULL,
    PRIMARY KEY (queue, domain)
);

CREATE TABLE task_logs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id      TEXT    NOT NULL,
    log          TEXT    NOT NULL,
    created_time INTEGER NOT NULL
);
CREATE INDEX task_logs_task ON task_logs (task_id);
