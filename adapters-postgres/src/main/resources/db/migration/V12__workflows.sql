create table workflows (
    id            uuid primary key,
    workspace_id  text        not null,
    name          text        not null,
    description   text,
    active        boolean     not null,
    trigger_type  text        not null check (trigger_type in ('manual', 'event')),
    trigger_event text, -- the event type of an event trigger, also inside trigger: kept here to be indexed
    trigger       json        not null, -- {type, event, conditions: [{field, op, value}]}
    steps         json        not null, -- [{type, ...}], a condition step nesting its then and else steps
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null,
    check ((trigger_type = 'event') = (trigger_event is not null))
);

create index workflows_by_created on workflows (workspace_id, created_at, id);
create index workflows_by_updated on workflows (workspace_id, updated_at, id);
create index workflows_by_name on workflows (workspace_id, name, id);
create index workflows_by_active on workflows (workspace_id, active, created_at, id);
create index workflows_by_trigger_event on workflows (workspace_id, trigger_event, created_at, id)
    where trigger_event is not null;
-- The engine asks, for every event, which active workflows of its workspace the event starts.
create index workflows_active_by_event on workflows (workspace_id, trigger_event, created_at, id)
    where active and trigger_event is not null;
