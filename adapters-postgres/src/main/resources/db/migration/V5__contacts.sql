create table contacts (
    id            uuid primary key,
    workspace_id  text        not null,
    first_name    text,
    last_name     text,
    email         text,
    phone         text,
    company       text,
    title         text,
    lead_id       uuid, -- kept when the lead is deleted: where the contact came from
    tags          text[]      not null default '{}',
    custom_fields json        not null default '{}',
    owner         text,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);

-- One contact per email in a workspace; the service answers 409 first, this guards concurrent writers.
create unique index contacts_email_unique on contacts (workspace_id, lower(email)) where email is not null;
create index contacts_by_created on contacts (workspace_id, created_at, id);
create index contacts_by_updated on contacts (workspace_id, updated_at, id);
create index contacts_by_first_name on contacts (workspace_id, first_name, id);
create index contacts_by_last_name on contacts (workspace_id, last_name, id);
create index contacts_by_email on contacts (workspace_id, email, id);
create index contacts_by_company on contacts (workspace_id, company, id);
create index contacts_by_lead on contacts (workspace_id, lead_id) where lead_id is not null;
