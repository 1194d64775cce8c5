-- Workflow executions: one run of a workflow on a record, resumed from its cursor (the next step) after a restart.
create table workflow_executions (
    id               uuid        primary key,
    workspace_id     text        not null,
    workflow_id      uuid        not null,
    record_type      text        not null,
    record_id        uuid        not null,
    trigger_event_id uuid,
    depth            integer     not null,
    status           text        not null
        check (status in ('queued', 'running', 'waiting', 'completed', 'failed', 'cancelled')),
    cursor           text,
    error            text,
    created_at       timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz
);

-- One execution per workflow and trigger event: a redelivered event starts nothing twice.
create unique index workflow_executions_per_event on workflow_executions (workflow_id, trigger_event_id)
    where trigger_event_id is not null;
-- A workflow's executions, newest first.
create index workflow_executions_by_workflow on workflow_executions (workspace_id, workflow_id, created_at desc, id);
-- Executions of one workflow on one record run one at a time: the unfinished ones, oldest first.
create index workflow_executions_unfinished on workflow_executions (workflow_id, record_id, created_at, id)
    where status in ('queued', 'running', 'waiting');

create table workflow_execution_steps (
    execution_id uuid        not null references workflow_executions (id) on delete cascade,
    index        integer     not null,
    path         text        not null,
    type         text        not null,
    status       text        not null check (status in ('completed', 'failed')),
    started_at   timestamptz not null,
    finished_at  timestamptz not null,
    output       json        not null,
    error        text,
    primary key (execution_id, index)
);

-- The events a workflow's step caused, and how deep that execution was: the triggers' loop guard.
create table workflow_caused_events (
    event_id     uuid        primary key,
    execution_id uuid        not null,
    depth        integer     not null,
    created_at   timestamptz not null default now()
);
