-- The write path waited on its own counters. Under 32 concurrent POSTs, the statement triggers of V2, V23 and V24
-- spent 4.9 ms (lead_counts) and 3.8 ms (lead_rollup) per insert, nearly all of it queued on counter rows that
-- other transactions had locked until their commit: a slot picked at random among 16 (or 4) rows collides often
-- when 32 writers hold one each. And V24's functions built their statement text per call (EXECUTE), so PostgreSQL
-- planned it again on every insert.
--
-- Now a writer's slot is its connection's: pooled connections are long-lived backends with distinct pids, so two
-- concurrent transactions rarely share a counter row (only when their pids are equal modulo 64), and a key has at
-- most 64 rows to sum. And each rollup has one function per operation with static SQL, whose plan PL/pgSQL keeps.

create function counter_slot() returns smallint language sql stable as $$
    select mod(pg_backend_pid(), 64)::smallint
$$;

create or replace function lead_counts_after_insert() returns trigger language plpgsql as $$
begin
    insert into lead_counts (workspace_id, status, type, slot, leads)
    select workspace_id, status, coalesce(type, ''), counter_slot(), count(*) from new_rows
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (workspace_id, status, type, slot) do update set leads = lead_counts.leads + excluded.leads;
    return null;
end
$$;

create or replace function lead_counts_after_update() returns trigger language plpgsql as $$
begin
    insert into lead_counts (workspace_id, status, type, slot, leads)
    select workspace_id, status, type, counter_slot(), sum(delta)
    from (select workspace_id, status, coalesce(type, '') as type, 1 as delta from new_rows
          union all
          select workspace_id, status, coalesce(type, ''), -1 from old_rows) as changes
    group by 1, 2, 3 having sum(delta) <> 0 order by 1, 2, 3
    on conflict (workspace_id, status, type, slot) do update set leads = lead_counts.leads + excluded.leads;
    return null;
end
$$;

create or replace function lead_counts_after_delete() returns trigger language plpgsql as $$
begin
    insert into lead_counts (workspace_id, status, type, slot, leads)
    select workspace_id, status, coalesce(type, ''), counter_slot(), -count(*) from old_rows
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (workspace_id, status, type, slot) do update set leads = lead_counts.leads + excluded.leads;
    return null;
end
$$;

-- Replaces V23's pipeline and V24's rollup triggers on a table with three statement triggers named
-- <rollup>_on_insert|update|delete, each running `body` with {changes} standing for the rows the statement changed,
-- each with a sign: +1 (now there) or -1 (gone). The text is put together here, once, not on every write.
create function create_rollup_triggers(rolled_table text, rollup text, body text) returns void language plpgsql as $$
declare
    operation record;
begin
    for operation in select * from (values
            ('insert', 'select *, 1 as sign from new_rows', 'referencing new table as new_rows'),
            ('update', 'select *, 1 as sign from new_rows union all select *, -1 as sign from old_rows',
             'referencing old table as old_rows new table as new_rows'),
            ('delete', 'select *, -1 as sign from old_rows', 'referencing old table as old_rows'))
            as operations (name, changes, transition) loop
        execute format('create function %1$s_on_%2$s() returns trigger language plpgsql as $body$ begin %3$s; '
                       'return null; end $body$', rollup, operation.name,
                       replace(body, '{changes}', operation.changes));
        execute format('create trigger %1$s_on_%2$s after %2$s on %3$s %4$s for each statement '
                       'execute function %1$s_on_%2$s()', rollup, operation.name, rolled_table, operation.transition);
    end loop;
end
$$;

drop trigger leads_rolled_up_on_insert on leads;
drop trigger leads_rolled_up_on_update on leads;
drop trigger leads_rolled_up_on_delete on leads;
drop trigger contacts_rolled_up_on_insert on contacts;
drop trigger contacts_rolled_up_on_update on contacts;
drop trigger contacts_rolled_up_on_delete on contacts;
drop trigger activities_rolled_up_on_insert on activities;
drop trigger activities_rolled_up_on_update on activities;
drop trigger activities_rolled_up_on_delete on activities;
drop trigger opportunities_rolled_up_on_insert on opportunities;
drop trigger opportunities_rolled_up_on_update on opportunities;
drop trigger opportunities_rolled_up_on_delete on opportunities;
drop trigger lead_funnel_rolled_up_on_insert on lead_funnel;
drop trigger lead_funnel_rolled_up_on_update on lead_funnel;
drop trigger lead_funnel_rolled_up_on_delete on lead_funnel;
drop trigger opportunities_pipeline_on_insert on opportunities;
drop trigger opportunities_pipeline_on_update on opportunities;
drop trigger opportunities_pipeline_on_delete on opportunities;
drop function lead_rollup_changed();
drop function contact_rollup_changed();
drop function activity_rollup_changed();
drop function deal_rollup_changed();
drop function funnel_rollup_changed();
drop function rollup_changes(text);
drop function opportunity_pipeline_after_insert();
drop function opportunity_pipeline_after_update();
drop function opportunity_pipeline_after_delete();
drop function opportunity_pipeline_apply(jsonb);

-- Upserts are ordered so concurrent writers lock rollup rows in the same order and cannot deadlock; an update that
-- leaves a key's figures as they were writes nothing. The subscriber's rollups (activities, funnel) have one writer
-- and no slots.
select create_rollup_triggers('leads', 'lead_rollup', $sql$
    insert into lead_rollup (workspace_id, bucket, status, source, slot, leads)
    select workspace_id, date_bin('1 day', created_at, 'epoch'), status, coalesce(source, ''), counter_slot(),
           sum(sign)
    from ({changes}) changes group by 1, 2, 3, 4 having sum(sign) <> 0 order by 1, 2, 3, 4
    on conflict (workspace_id, bucket, status, source, slot) do update set leads = lead_rollup.leads + excluded.leads
$sql$);

select create_rollup_triggers('contacts', 'contact_rollup', $sql$
    insert into contact_rollup (workspace_id, bucket, slot, contacts)
    select workspace_id, date_bin('1 day', created_at, 'epoch'), counter_slot(), sum(sign)
    from ({changes}) changes group by 1, 2 having sum(sign) <> 0 order by 1, 2
    on conflict (workspace_id, bucket, slot) do update set contacts = contact_rollup.contacts + excluded.contacts
$sql$);

select create_rollup_triggers('activities', 'activity_rollup', $sql$
    insert into activity_rollup (workspace_id, bucket, activities)
    select workspace_id, date_bin('1 day', occurred_at, 'epoch'), sum(sign)
    from ({changes}) changes group by 1, 2 having sum(sign) <> 0 order by 1, 2
    on conflict (workspace_id, bucket) do update set activities = activity_rollup.activities + excluded.activities
$sql$);

select create_rollup_triggers('opportunities', 'deal_rollup', $sql$
    insert into deal_rollup (workspace_id, bucket, stage, currency, slot, deals, value, cycle_seconds)
    select workspace_id, date_bin('1 hour', closed_at, 'epoch'), stage, currency, counter_slot(), sum(sign),
           sum(sign * coalesce(value, 0)), sum(sign * extract(epoch from closed_at - created_at))
    from ({changes}) changes where closed_at is not null group by 1, 2, 3, 4
    having sum(sign) <> 0 or sum(sign * coalesce(value, 0)) <> 0
        or sum(sign * extract(epoch from closed_at - created_at)) <> 0
    order by 1, 2, 3, 4
    on conflict (workspace_id, bucket, stage, currency, slot) do update
        set deals = deal_rollup.deals + excluded.deals, value = deal_rollup.value + excluded.value,
            cycle_seconds = deal_rollup.cycle_seconds + excluded.cycle_seconds
$sql$);

-- The open pipeline (V23): deals, value and value x probability of the deals not closed.
select create_rollup_triggers('opportunities', 'opportunity_pipeline', $sql$
    insert into opportunity_pipeline (workspace_id, stage, currency, slot, deals, value, weighted)
    select workspace_id, stage, currency, counter_slot(), sum(sign), sum(sign * coalesce(value, 0)),
           sum(sign * coalesce(value, 0) * coalesce(probability, 0))
    from ({changes}) changes where closed_at is null group by 1, 2, 3
    having sum(sign) <> 0 or sum(sign * coalesce(value, 0)) <> 0
        or sum(sign * coalesce(value, 0) * coalesce(probability, 0)) <> 0
    order by 1, 2, 3
    on conflict (workspace_id, stage, currency, slot) do update
        set deals = opportunity_pipeline.deals + excluded.deals, value = opportunity_pipeline.value + excluded.value,
            weighted = opportunity_pipeline.weighted + excluded.weighted
$sql$);

select create_rollup_triggers('lead_funnel', 'funnel_rollup', $sql$
    insert into funnel_rollup (workspace_id, bucket, leads, contacted, qualified, converted, won, contacted_pairs,
                               qualified_pairs, converted_pairs, won_pairs, contacted_seconds, qualified_seconds,
                               converted_seconds, won_seconds)
    select workspace_id, bucket, sum(sign), sum(sign * contacted), sum(sign * qualified), sum(sign * converted),
           sum(sign * won), sum(sign * (contacted_seconds is not null)::int),
           sum(sign * (qualified_seconds is not null)::int), sum(sign * (converted_seconds is not null)::int),
           sum(sign * (won_seconds is not null)::int), coalesce(sum(sign * contacted_seconds), 0),
           coalesce(sum(sign * qualified_seconds), 0), coalesce(sum(sign * converted_seconds), 0),
           coalesce(sum(sign * won_seconds), 0)
    from (select workspace_id, date_bin('1 day', created_at, 'epoch') as bucket, sign,
                 (contacted_at is not null)::int as contacted, (qualified_at is not null)::int as qualified,
                 (converted_at is not null)::int as converted, (won_at is not null)::int as won,
                 extract(epoch from contacted_at - created_at) as contacted_seconds,
                 extract(epoch from qualified_at - contacted_at) as qualified_seconds,
                 extract(epoch from converted_at - qualified_at) as converted_seconds,
                 extract(epoch from won_at - converted_at) as won_seconds
          from ({changes}) changes where created_at is not null) stages
    group by 1, 2
    having sum(sign) <> 0 or sum(sign * contacted) <> 0 or sum(sign * qualified) <> 0
        or sum(sign * converted) <> 0 or sum(sign * won) <> 0 or sum(sign * contacted_seconds) <> 0
        or sum(sign * qualified_seconds) <> 0 or sum(sign * converted_seconds) <> 0 or sum(sign * won_seconds) <> 0
    order by 1, 2
    on conflict (workspace_id, bucket) do update
        set leads = funnel_rollup.leads + excluded.leads, contacted = funnel_rollup.contacted + excluded.contacted,
            qualified = funnel_rollup.qualified + excluded.qualified,
            converted = funnel_rollup.converted + excluded.converted, won = funnel_rollup.won + excluded.won,
            contacted_pairs = funnel_rollup.contacted_pairs + excluded.contacted_pairs,
            qualified_pairs = funnel_rollup.qualified_pairs + excluded.qualified_pairs,
            converted_pairs = funnel_rollup.converted_pairs + excluded.converted_pairs,
            won_pairs = funnel_rollup.won_pairs + excluded.won_pairs,
            contacted_seconds = funnel_rollup.contacted_seconds + excluded.contacted_seconds,
            qualified_seconds = funnel_rollup.qualified_seconds + excluded.qualified_seconds,
            converted_seconds = funnel_rollup.converted_seconds + excluded.converted_seconds,
            won_seconds = funnel_rollup.won_seconds + excluded.won_seconds
$sql$);

drop function create_rollup_triggers(text, text, text);
