create table leads (
    id            uuid primary key,
    workspace_id  text        not null,
    name          text        not null,
    email         text,
    phone         text,
    company       text,
    type          text,
    status        text        not null,
    value         numeric(14, 2),
    currency      char(3)     not null,
    source        text,
    notes         text,
    tags          text[]      not null default '{}',
    -- json, not jsonb: it keeps the canonical text the API wrote (sorted keys, compact), so reads need
    -- no re-serialising and equal objects compare equal. Cast to jsonb to query inside it.
    custom_fields json        not null default '{}',
    assigned_to   text,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);

-- Every list is scoped by workspace, filtered by status or type, sorted, then paged:
-- each index serves one common shape without a sort step.
create index leads_by_created on leads (workspace_id, created_at, id);
create index leads_by_status_created on leads (workspace_id, status, created_at, id);
create index leads_by_type_created on leads (workspace_id, type, created_at, id);
create index leads_by_updated on leads (workspace_id, updated_at, id);
create index leads_by_name on leads (workspace_id, name, id);
create index leads_by_value on leads (workspace_id, value, id);

create table outbox_events (
    seq            bigserial primary key,
    id             uuid        not null unique,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    workspace_id   text        not null,
    payload        jsonb       not null,
    occurred_at    timestamptz not null,
    published_at   timestamptz
);

create index outbox_events_unpublished on outbox_events (seq) where published_at is null;
