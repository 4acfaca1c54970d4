-- Joinery schema, version 2: task search (GET /api/tasks/search) filters by task type and status
-- and pages by scheduled time; without an index every search reads the whole tasks table.
CREATE INDEX tasks_type_status ON tasks (task_type, status, scheduled_time);
