-- A workspace's own email templates (FreeMarker sources, checked before they are stored).
create table email_templates (
    id           uuid primary key,
    workspace_id text        not null,
    name         text        not null,
    subject      text        not null,
    html         text        not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null
);

create index email_templates_by_created on email_templates (workspace_id, created_at, id);
create index email_templates_by_updated on email_templates (workspace_id, updated_at, id);
create index email_templates_by_name on email_templates (workspace_id, name, id);
