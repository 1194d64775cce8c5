-- Which subscriber processed which event: written in the subscriber's own transaction, so a
-- redelivered event is recognised and its effect is not applied twice.
create table processed_events (
    subscriber   text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (subscriber, event_id)
);

-- The activity timeline: one row per event, newest first per workspace.
create table activities (
    id           uuid primary key,
    workspace_id text        not null,
    entity_type  text        not null,
    entity_id    text        not null,
    type         text        not null,
    occurred_at  timestamptz not null,
    summary      text        not null
);

create index activities_by_time on activities (workspace_id, occurred_at desc, id desc);
create index activities_by_entity on activities (workspace_id, entity_type, entity_id, occurred_at desc, id desc);
