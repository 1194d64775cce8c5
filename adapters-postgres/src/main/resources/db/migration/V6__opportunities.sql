-- An enum, not text: its order is the pipeline's, so sort=stage lists PROSPECTING first, not CLOSED_LOST.
-- A new stage is added with ALTER TYPE ... ADD VALUE ... BEFORE/AFTER.
create type opportunity_stage as enum
    ('PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST');

create table opportunities (
    id                  uuid primary key,
    workspace_id        text              not null,
    name                text              not null,
    lead_id             uuid, -- kept when the lead or contact is deleted: where the deal came from
    contact_id          uuid,
    value               numeric(14, 2),
    currency            char(3)           not null,
    stage               opportunity_stage not null,
    probability         smallint check (probability between 0 and 100),
    expected_close_date date,
    closed_at           timestamptz,
    lost_reason         text,
    tags                text[]            not null default '{}',
    custom_fields       json              not null default '{}',
    owner               text,
    created_by          text              not null,
    created_at          timestamptz       not null,
    updated_at          timestamptz       not null,
    version             bigint            not null,
    check (lead_id is not null or contact_id is not null),
    check ((stage in ('CLOSED_WON', 'CLOSED_LOST')) = (closed_at is not null))
);

-- Each index serves one list shape (workspace, optional equality filter, sort column, id) without a sort
-- step; the value and expected-close indexes also serve their range filters. (Checked with EXPLAIN over
-- 200,000 rows: every shape is an index scan under a LIMIT; sort=stage through the stage+created index
-- instead needed an incremental sort of the whole first stage, 22 ms.)
create index opportunities_by_created on opportunities (workspace_id, created_at, id);
create index opportunities_by_stage_created on opportunities (workspace_id, stage, created_at, id);
create index opportunities_by_stage on opportunities (workspace_id, stage, id);
create index opportunities_by_owner_created on opportunities (workspace_id, owner, created_at, id);
create index opportunities_by_updated on opportunities (workspace_id, updated_at, id);
create index opportunities_by_name on opportunities (workspace_id, name, id);
create index opportunities_by_value on opportunities (workspace_id, value, id);
create index opportunities_by_expected_close on opportunities (workspace_id, expected_close_date, id);
create index opportunities_by_lead on opportunities (workspace_id, lead_id) where lead_id is not null;
create index opportunities_by_contact on opportunities (workspace_id, contact_id) where contact_id is not null;
