-- Joinery schema, version 2.
-- Task search (GET /api/tasks/search) filters by task type and status and pages by scheduled
-- time; without an index every search reads the whole tasks table.
CREATE INDEX tasks_type_status ON tasks (task_type, status, scheduled_time);
-- Task domains (taskToDomain): the domain a worker task was routed to when it was scheduled;
-- its queue is "<domain>:<task type>". NULL: the task type's own queue.
ALTER TABLE tasks ADD COLUMN domain TEXT;
