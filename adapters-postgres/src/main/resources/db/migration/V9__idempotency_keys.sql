-- Idempotency-Key on POST: the first reply to a request, replayed to its retries until expires_at.
-- A request claims its key (this row) in the transaction of its write and fills in the reply before it
-- commits, so a concurrent duplicate waits on the primary key and then finds the reply.
create table idempotency_keys (
    scope       text        not null, -- 'workspace:<id>', or 'path:<path>' for anonymous requests
    key         text        not null,
    fingerprint text        not null, -- SHA-256 of method, target and body: a reused key with another request is a 422
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    status      integer,              -- the reply; null only inside the claiming transaction
    headers     jsonb,
    body        bytea,
    primary key (scope, key)
);

create index idempotency_keys_by_expiry on idempotency_keys (expires_at);
