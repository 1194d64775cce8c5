-- API keys: only the SHA-256 of a key is stored (key_hash), and its first characters (prefix) so a person can
-- tell keys apart; the key itself is shown once, when it is created. A key acts with its role in its workspace.
create table api_keys (
    id           uuid        primary key,
    workspace_id text        not null,
    name         text        not null,
    prefix       text        not null,
    key_hash     text        not null unique, -- hex SHA-256 of the whole key: authentication looks keys up by it
    role         text        not null check (role in ('admin', 'member', 'viewer')),
    created_by   text        not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,                 -- written at most once a minute per key, not per request
    expires_at   timestamptz,
    revoked_at   timestamptz
);

create index api_keys_by_workspace on api_keys (workspace_id, created_at desc);
