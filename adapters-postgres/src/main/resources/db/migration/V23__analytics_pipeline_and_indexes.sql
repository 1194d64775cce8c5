-- Reports read index-only: the period's new leads with what they are counted by, deals closed in the period,
-- and the open pipeline.
create index leads_for_analytics on leads (workspace_id, created_at) include (status, source, assigned_to);
create index opportunities_closed on opportunities (workspace_id, closed_at)
    include (stage, value, currency, created_at, owner) where closed_at is not null;
create index opportunities_open on opportunities (workspace_id, stage)
    include (value, currency, probability, owner) where closed_at is null;

-- The open pipeline per (workspace, stage, currency): deals, value and value x probability (a deal without a
-- probability weighs 0), kept exact by statement triggers in the writing transaction, like lead_counts (V2), so
-- the dashboard and revenue read a few rows instead of every open deal. Spread over 16 slots per key, so
-- concurrent writers rarely wait on one row. A trigger rather than the event subscriber: sums added from the
-- stream could not tell which deals this seed already counted.
create table opportunity_pipeline (
    workspace_id text              not null,
    stage        opportunity_stage not null,
    currency     char(3)           not null,
    slot         smallint          not null,
    deals        bigint            not null,
    value        numeric           not null,
    weighted     numeric           not null, -- sum of value x probability: divide by 100
    primary key (workspace_id, stage, currency, slot)
);

insert into opportunity_pipeline (workspace_id, stage, currency, slot, deals, value, weighted)
select workspace_id, stage, currency, 0, count(*), coalesce(sum(value), 0),
       coalesce(sum(value * coalesce(probability, 0)), 0)
from opportunities where closed_at is null group by 1, 2, 3;

-- One upsert for the three triggers: the rows a statement left open (+1) and the ones it took away (-1).
create function opportunity_pipeline_apply(changes jsonb) returns void language sql as $$
    insert into opportunity_pipeline (workspace_id, stage, currency, slot, deals, value, weighted)
    select workspace_id, stage, currency, floor(random() * 16), sum(sign), sum(sign * coalesce(value, 0)),
           sum(sign * coalesce(value, 0) * coalesce(probability, 0))
    from jsonb_to_recordset(changes) as c(workspace_id text, stage opportunity_stage, currency char(3),
                                          value numeric, probability int, sign int)
    group by 1, 2, 3 order by 1, 2, 3, 4
    on conflict (workspace_id, stage, currency, slot) do update
        set deals = opportunity_pipeline.deals + excluded.deals,
            value = opportunity_pipeline.value + excluded.value,
            weighted = opportunity_pipeline.weighted + excluded.weighted
$$;

create function opportunity_pipeline_after_insert() returns trigger language plpgsql as $$
begin
    perform opportunity_pipeline_apply((select coalesce(jsonb_agg(jsonb_build_object('workspace_id', workspace_id,
        'stage', stage, 'currency', currency, 'value', value, 'probability', probability, 'sign', 1)), '[]')
        from new_rows where closed_at is null));
    return null;
end
$$;

create function opportunity_pipeline_after_update() returns trigger language plpgsql as $$
begin
    perform opportunity_pipeline_apply((select coalesce(jsonb_agg(change), '[]') from (
        select jsonb_build_object('workspace_id', workspace_id, 'stage', stage, 'currency', currency,
                                  'value', value, 'probability', probability, 'sign', 1) as change
        from new_rows where closed_at is null
        union all
        select jsonb_build_object('workspace_id', workspace_id, 'stage', stage, 'currency', currency,
                                  'value', value, 'probability', probability, 'sign', -1)
        from old_rows where closed_at is null) changes));
    return null;
end
$$;

create function opportunity_pipeline_after_delete() returns trigger language plpgsql as $$
begin
    perform opportunity_pipeline_apply((select coalesce(jsonb_agg(jsonb_build_object('workspace_id', workspace_id,
        'stage', stage, 'currency', currency, 'value', value, 'probability', probability, 'sign', -1)), '[]')
        from old_rows where closed_at is null));
    return null;
end
$$;

create trigger opportunities_pipeline_on_insert after insert on opportunities
    referencing new table as new_rows for each statement execute function opportunity_pipeline_after_insert();
create trigger opportunities_pipeline_on_update after update on opportunities
    referencing old table as old_rows new table as new_rows
    for each statement execute function opportunity_pipeline_after_update();
create trigger opportunities_pipeline_on_delete after delete on opportunities
    referencing old table as old_rows for each statement execute function opportunity_pipeline_after_delete();
