-- Email campaigns, their recipients (the audience snapshotted when a campaign starts sending) and each workspace's
-- suppression list (addresses that unsubscribed or bounced: campaign mail skips them).
create table campaigns (
    id                 uuid primary key,
    workspace_id       text        not null,
    name               text        not null,
    subject            text,
    template           text        not null,
    data               text        not null,
    from_name          text,
    reply_to           text,
    audience_type      text        not null,
    audience_status    text,
    audience_lead_type text,
    audience_lead_id   uuid,
    audience_owner     text,
    audience_q         text,
    audience_ids       uuid[]      not null default '{}',
    scheduled_at       timestamptz,
    status             text        not null,
    created_by         text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null
);

create index campaigns_by_created on campaigns (workspace_id, created_at, id);
create index campaigns_by_updated on campaigns (workspace_id, updated_at, id);
create index campaigns_by_name on campaigns (workspace_id, name, id);

-- token: 244 random bits (two v4 UUIDs), the recipient's tracking and unsubscribe links.
create table campaign_recipients (
    id           uuid primary key,
    workspace_id text        not null,
    campaign_id  uuid        not null references campaigns (id) on delete cascade,
    record_id    uuid        not null,
    email        text,
    name         text,
    email_id     uuid        not null,
    token        text        not null unique,
    state        text        not null,
    skip_reason  text,
    created_at   timestamptz not null,
    finished_at  timestamptz,
    unique (campaign_id, record_id)
);

create index campaign_recipients_pending on campaign_recipients (campaign_id) where state = 'PENDING';

create table email_suppressions (
    workspace_id text        not null,
    email        text        not null, -- lower case
    reason       text        not null,
    created_at   timestamptz not null,
    primary key (workspace_id, email)
);

-- The URLs of a recipient's tracked links, by their position in its mail: a click redirects only to these.
create table campaign_links (
    recipient_id uuid    not null references campaign_recipients (id) on delete cascade,
    position     integer not null,
    url          text    not null,
    primary key (recipient_id, position)
);

-- Every open (position null) and click (the link's position) of campaign mail.
create table campaign_activity (
    recipient_id uuid        not null references campaign_recipients (id) on delete cascade,
    campaign_id  uuid        not null,
    position     integer,
    at           timestamptz not null
);

create index campaign_activity_by_recipient on campaign_activity (recipient_id, position);
create index campaign_activity_by_campaign on campaign_activity (campaign_id, position);
