-- Rollups, so a report over a long period sums a few buckets instead of counting every row of it. Each holds, per
-- workspace and UTC bucket, what the reports count: leads created (by status and source), contacts created,
-- activities, the funnel of the leads created, all by UTC day; deals closed (by stage and currency, with their value
-- and created -> closed seconds) by UTC hour, so a revenue series in any zone finds whole hours inside each of its
-- buckets. A report sums the buckets wholly inside its period and counts the rows of the partial buckets at its ends
-- directly (PostgresAnalyticsQueries), so it stays exact in any zone, :30 and :45 offsets and DST days included.
--
-- Kept by statement triggers in the writing transaction, like lead_counts (V2) and opportunity_pipeline (V23):
-- a rollup commits or rolls back with its rows, so it is exact with no duplicate or lost delta, which a subscriber
-- receiving events at least once would have to prove per event. The funnel's rollup follows lead_funnel, which the
-- analytics subscriber writes (deduplicated per event): its triggers fire in that subscriber's transaction.
-- Rollups the API writes to are spread over 4 slots per key, picked at random per statement, so concurrent writers
-- rarely wait on one row; the subscriber's (activities, funnel) have one writer and no slots.

create table lead_rollup (
    workspace_id text        not null,
    bucket       timestamptz not null, -- the UTC day of created_at
    status       text        not null,
    source       text        not null, -- '' for none
    slot         smallint    not null,
    leads        bigint      not null,
    primary key (workspace_id, bucket, status, source, slot)
);

create table contact_rollup (
    workspace_id text        not null,
    bucket       timestamptz not null, -- the UTC day of created_at
    slot         smallint    not null,
    contacts     bigint      not null,
    primary key (workspace_id, bucket, slot)
);

create table activity_rollup (
    workspace_id text        not null,
    bucket       timestamptz not null, -- the UTC day of occurred_at
    activities   bigint      not null,
    primary key (workspace_id, bucket)
);

create table deal_rollup (
    workspace_id  text              not null,
    bucket        timestamptz       not null, -- the UTC hour of closed_at
    stage         opportunity_stage not null,
    currency      char(3)           not null,
    slot          smallint          not null,
    deals         bigint            not null,
    value         numeric           not null,
    cycle_seconds numeric           not null, -- sum of closed_at - created_at
    primary key (workspace_id, bucket, stage, currency, slot)
);

-- Per stage: the leads that reached it, and the seconds from the stage before over the leads that have both times.
create table funnel_rollup (
    workspace_id      text        not null,
    bucket            timestamptz not null, -- the UTC day of created_at
    leads             bigint      not null,
    contacted         bigint      not null,
    qualified         bigint      not null,
    converted         bigint      not null,
    won               bigint      not null,
    contacted_pairs   bigint      not null,
    qualified_pairs   bigint      not null,
    converted_pairs   bigint      not null,
    won_pairs         bigint      not null,
    contacted_seconds numeric     not null,
    qualified_seconds numeric     not null,
    converted_seconds numeric     not null,
    won_seconds       numeric     not null,
    primary key (workspace_id, bucket)
);

-- The rows a statement changed, each with sign +1 (now there) or -1 (gone), from the trigger's transition tables
-- new_rows and old_rows: the text is run by EXECUTE inside the trigger function, the only place that sees them.
create function rollup_changes(operation text) returns text language sql immutable as $$
    select case operation
        when 'INSERT' then 'select *, 1 as sign from new_rows'
        when 'DELETE' then 'select *, -1 as sign from old_rows'
        else 'select *, 1 as sign from new_rows union all select *, -1 as sign from old_rows' end
$$;

-- Upserts are ordered so concurrent writers lock rollup rows in the same order and cannot deadlock; an update that
-- leaves a key's figures as they were writes nothing.
create function lead_rollup_changed() returns trigger language plpgsql as $$
begin
    execute format($sql$
        insert into lead_rollup (workspace_id, bucket, status, source, slot, leads)
        select workspace_id, date_bin('1 day', created_at, 'epoch'), status, coalesce(source, ''),
               floor(random() * 4), sum(sign)
        from (%s) changes group by 1, 2, 3, 4 having sum(sign) <> 0 order by 1, 2, 3, 4
        on conflict (workspace_id, bucket, status, source, slot) do update
            set leads = lead_rollup.leads + excluded.leads$sql$, rollup_changes(TG_OP));
    return null;
end
$$;

create function contact_rollup_changed() returns trigger language plpgsql as $$
begin
    execute format($sql$
        insert into contact_rollup (workspace_id, bucket, slot, contacts)
        select workspace_id, date_bin('1 day', created_at, 'epoch'), floor(random() * 4), sum(sign)
        from (%s) changes group by 1, 2 having sum(sign) <> 0 order by 1, 2
        on conflict (workspace_id, bucket, slot) do update
            set contacts = contact_rollup.contacts + excluded.contacts$sql$, rollup_changes(TG_OP));
    return null;
end
$$;

create function activity_rollup_changed() returns trigger language plpgsql as $$
begin
    execute format($sql$
        insert into activity_rollup (workspace_id, bucket, activities)
        select workspace_id, date_bin('1 day', occurred_at, 'epoch'), sum(sign)
        from (%s) changes group by 1, 2 having sum(sign) <> 0 order by 1, 2
        on conflict (workspace_id, bucket) do update
            set activities = activity_rollup.activities + excluded.activities$sql$, rollup_changes(TG_OP));
    return null;
end
$$;

create function deal_rollup_changed() returns trigger language plpgsql as $$
begin
    execute format($sql$
        insert into deal_rollup (workspace_id, bucket, stage, currency, slot, deals, value, cycle_seconds)
        select workspace_id, date_bin('1 hour', closed_at, 'epoch'), stage, currency, floor(random() * 4), sum(sign),
               sum(sign * coalesce(value, 0)), sum(sign * extract(epoch from closed_at - created_at))
        from (%s) changes where closed_at is not null group by 1, 2, 3, 4
        having sum(sign) <> 0 or sum(sign * coalesce(value, 0)) <> 0
            or sum(sign * extract(epoch from closed_at - created_at)) <> 0
        order by 1, 2, 3, 4
        on conflict (workspace_id, bucket, stage, currency, slot) do update
            set deals = deal_rollup.deals + excluded.deals, value = deal_rollup.value + excluded.value,
                cycle_seconds = deal_rollup.cycle_seconds + excluded.cycle_seconds$sql$, rollup_changes(TG_OP));
    return null;
end
$$;

create function funnel_rollup_changed() returns trigger language plpgsql as $$
begin
    execute format($sql$
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
              from (%s) changes where created_at is not null) stages
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
                won_seconds = funnel_rollup.won_seconds + excluded.won_seconds$sql$, rollup_changes(TG_OP));
    return null;
end
$$;

-- Backfill: what the rows say now, in slot 0. The triggers below exist from this transaction on, so no write
-- falls between the two.
insert into lead_rollup (workspace_id, bucket, status, source, slot, leads)
select workspace_id, date_bin('1 day', created_at, 'epoch'), status, coalesce(source, ''), 0, count(*)
from leads group by 1, 2, 3, 4;
insert into contact_rollup (workspace_id, bucket, slot, contacts)
select workspace_id, date_bin('1 day', created_at, 'epoch'), 0, count(*) from contacts group by 1, 2;
insert into activity_rollup (workspace_id, bucket, activities)
select workspace_id, date_bin('1 day', occurred_at, 'epoch'), count(*) from activities group by 1, 2;
insert into deal_rollup (workspace_id, bucket, stage, currency, slot, deals, value, cycle_seconds)
select workspace_id, date_bin('1 hour', closed_at, 'epoch'), stage, currency, 0, count(*),
       coalesce(sum(value), 0), sum(extract(epoch from closed_at - created_at))
from opportunities where closed_at is not null group by 1, 2, 3, 4;
insert into funnel_rollup (workspace_id, bucket, leads, contacted, qualified, converted, won, contacted_pairs,
                           qualified_pairs, converted_pairs, won_pairs, contacted_seconds, qualified_seconds,
                           converted_seconds, won_seconds)
select workspace_id, date_bin('1 day', created_at, 'epoch'), count(*), count(contacted_at), count(qualified_at),
       count(converted_at), count(won_at), count(contacted_at - created_at), count(qualified_at - contacted_at),
       count(converted_at - qualified_at), count(won_at - converted_at),
       coalesce(sum(extract(epoch from contacted_at - created_at)), 0),
       coalesce(sum(extract(epoch from qualified_at - contacted_at)), 0),
       coalesce(sum(extract(epoch from converted_at - qualified_at)), 0),
       coalesce(sum(extract(epoch from won_at - converted_at)), 0)
from lead_funnel where created_at is not null group by 1, 2;

-- The same three triggers on each table: its rollup's function gets every insert, update and delete.
do $$
declare
    rolled record;
begin
    for rolled in select * from (values ('leads', 'lead_rollup_changed'), ('contacts', 'contact_rollup_changed'),
                                        ('activities', 'activity_rollup_changed'),
                                        ('opportunities', 'deal_rollup_changed'),
                                        ('lead_funnel', 'funnel_rollup_changed')) as tables (name, changed) loop
        execute format('create trigger %1$s_rolled_up_on_insert after insert on %1$s referencing new table as new_rows '
                       'for each statement execute function %2$s()', rolled.name, rolled.changed);
        execute format('create trigger %1$s_rolled_up_on_update after update on %1$s referencing old table as old_rows '
                       'new table as new_rows for each statement execute function %2$s()', rolled.name, rolled.changed);
        execute format('create trigger %1$s_rolled_up_on_delete after delete on %1$s referencing old table as old_rows '
                       'for each statement execute function %2$s()', rolled.name, rolled.changed);
    end loop;
end
$$;
