-- Reports read index-only: the period's new leads with what they are counted by, deals closed in the period,
-- and the open pipeline.
create index leads_for_analytics on leads (workspace_id, created_at) include (status, source, assigned_to);
create index opportunities_closed on opportunities (workspace_id, closed_at)
    include (stage, value, currency, created_at, owner) where closed_at is not null;
create index opportunities_open on opportunities (workspace_id, stage)
    include (value, currency, probability, owner) where closed_at is null;
