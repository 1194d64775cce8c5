-- Integrations (the API contract's integrations table). credentials holds the AES-256-GCM ciphertext of a JSON
-- object (v1:<key id>:<base64>), never a plaintext value; config is plain JSON.
create table integrations (
    id           uuid primary key,
    workspace_id text        not null,
    provider     text        not null,
    name         text        not null,
    credentials  text        not null check (credentials like 'v1:%'),
    config       json        not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null
);

create index integrations_by_created on integrations (workspace_id, created_at, id);
create index integrations_by_updated on integrations (workspace_id, updated_at, id);
create index integrations_by_name on integrations (workspace_id, name, id);
create index integrations_by_provider on integrations (workspace_id, provider, id);
