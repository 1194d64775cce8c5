-- Webhook subscriptions. secret and previous_secret hold AES-256-GCM ciphertexts (v1:<key id>:<base64>), never a
-- plaintext secret. failing_since: when the current streak of failed attempts began (null after a success).
create table webhook_subscriptions (
    id                    uuid primary key,
    workspace_id          text        not null,
    url                   text        not null,
    events                text[]      not null,
    description           text,
    active                boolean     not null,
    secret                text        not null check (secret like 'v1:%'),
    previous_secret       text        check (previous_secret like 'v1:%'),
    previous_secret_until timestamptz,
    failing_since         timestamptz,
    created_by            text        not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null,
    check ((previous_secret is null) = (previous_secret_until is null))
);

create index webhook_subscriptions_by_created on webhook_subscriptions (workspace_id, created_at, id);
create index webhook_subscriptions_by_updated on webhook_subscriptions (workspace_id, updated_at, id);
create index webhook_subscriptions_by_url on webhook_subscriptions (workspace_id, url, id);
-- The fan-out asks, for every event, which subscriptions of its workspace are active.
create index webhook_subscriptions_active on webhook_subscriptions (workspace_id, created_at, id) where active;

-- One row per (subscription, event): the message sent on every attempt, and the attempts ([{at, status_code,
-- duration_ms, response_excerpt, error}]).
create table webhook_deliveries (
    id              uuid primary key,
    workspace_id    text        not null,
    subscription_id uuid        not null references webhook_subscriptions (id) on delete cascade,
    event_id        uuid        not null,
    event_type      text        not null,
    message         json        not null,
    state           text        not null check (state in ('pending', 'delivered', 'failed')),
    attempts        json        not null,
    next_attempt_at timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (subscription_id, event_id)
);

create index webhook_deliveries_by_subscription on webhook_deliveries (subscription_id, created_at desc, id desc);
