create table forms (
    id             uuid primary key,
    workspace_id   text        not null,
    name           text        not null,
    description    text,
    fields         json        not null, -- [{name, label, type, required, options}]
    mapping        json        not null, -- {form field: lead field}
    active         boolean     not null,
    honeypot_field text        not null,
    created_by     text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null
);

create index forms_by_created on forms (workspace_id, created_at, id);
create index forms_by_updated on forms (workspace_id, updated_at, id);
create index forms_by_name on forms (workspace_id, name, id);

create table form_submissions (
    id               uuid primary key,
    workspace_id     text        not null,
    form_id          uuid        not null references forms (id) on delete cascade,
    submitted_values jsonb       not null,
    lead_id          uuid        not null, -- kept if the lead is deleted later: the submission is history
    submitted_at     timestamptz not null
);

create index form_submissions_by_form on form_submissions (workspace_id, form_id, submitted_at desc, id desc);

-- Form submissions and batch upserts find a lead by email.
create index leads_by_email on leads (workspace_id, lower(email)) where email is not null;
