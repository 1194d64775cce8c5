-- Export packages: the ZIP is the stored_files file of the same id; rows counts each entity's written rows so far.
create table exports (
    id           uuid        primary key,
    workspace_id text        not null,
    created_by   text        not null,
    entities     text[]      not null,
    format       text        not null check (format in ('csv', 'json')),
    filters      jsonb       not null,
    status       text        not null check (status in ('queued', 'running', 'completed', 'failed')),
    rows         jsonb       not null default '{}',
    error        text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz
);
-- Housekeeping deletes packages past their retention, oldest first.
create index exports_by_age on exports (created_at);
