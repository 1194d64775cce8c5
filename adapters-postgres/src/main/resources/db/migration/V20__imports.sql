-- Files kept for a while (uploaded imports, export packages) in 1 MB chunks: every instance reads them, they survive
-- restarts, and an upload commits with the import that reads it.
create table stored_files (
    file_id uuid    not null,
    seq     integer not null,
    data    bytea   not null,
    primary key (file_id, seq)
);

-- CSV imports: counts advance with each committed batch, so a resumed run skips exactly the rows already done.
create table imports (
    id           uuid        primary key,
    workspace_id text        not null,
    created_by   text        not null,
    record_type  text        not null,
    mapping      json        not null,
    on_duplicate text        not null check (on_duplicate in ('skip', 'update', 'create')),
    dry_run      boolean     not null,
    status       text        not null check (status in ('queued', 'running', 'completed', 'failed', 'cancelled')),
    total_rows   bigint,
    processed    bigint      not null default 0,
    created      bigint      not null default 0,
    updated      bigint      not null default 0,
    skipped      bigint      not null default 0,
    failed       bigint      not null default 0,
    error        text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz
);
create index imports_by_workspace on imports (workspace_id, created_at desc);

create table import_errors (
    import_id uuid   not null references imports (id) on delete cascade,
    seq       bigserial,
    row       bigint not null,
    field     text,
    message   text   not null,
    primary key (import_id, row, seq)
);
