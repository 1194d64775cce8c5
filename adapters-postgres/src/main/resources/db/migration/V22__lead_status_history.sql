-- Analytics read what the event stream says about leads (the AnalyticsProjection subscriber writes these
-- tables, so requests write nothing extra).

-- Every status each lead entered: one row per lead.created (from_status null) or lead.status_changed event.
create table lead_status_history (
    event_id     uuid primary key,
    workspace_id text        not null,
    lead_id      uuid        not null,
    from_status  text,
    to_status    text        not null,
    changed_at   timestamptz not null
);

create index lead_status_history_by_lead on lead_status_history (workspace_id, lead_id, changed_at);

-- When each lead first reached each funnel stage (NEW -> CONTACTED -> QUALIFIED -> CONVERTED -> deal WON).
-- Reaching a stage reaches the ones before it too (a lead moved from NEW straight to QUALIFIED was contacted),
-- and a stage stays reached when the lead moves back or is LOST. created_at is null until lead.created is
-- handled: an opportunity.won comes on another topic and may be handled first. A deleted lead's row goes.
create table lead_funnel (
    workspace_id text        not null,
    lead_id      uuid        not null,
    created_at   timestamptz,
    contacted_at timestamptz,
    qualified_at timestamptz,
    converted_at timestamptz,
    won_at       timestamptz,
    primary key (workspace_id, lead_id)
);

create index lead_funnel_by_created on lead_funnel (workspace_id, created_at)
    include (lead_id, contacted_at, qualified_at, converted_at, won_at) where created_at is not null;

-- Backfill: the leads that exist before this migration, from what their rows still tell. Their earlier statuses
-- are not known (a lead now LOST may have been QUALIFIED; it counts as NEW only), nor when they reached the
-- stages their current status proves: each of those stages gets the lead's last update time, so days between
-- them count as 0. Each gets one history row (from_status null) at that time. A deal won from the lead marks
-- WON (and the stages before it) at its close. Events published before this migration but handled after it
-- merge in without harm: stage times keep the earliest, history rows are per event.
insert into lead_status_history (event_id, workspace_id, lead_id, from_status, to_status, changed_at)
select gen_random_uuid(), workspace_id, id, null, status,
       case when status = 'NEW' then created_at else updated_at end
from leads;

insert into lead_funnel (workspace_id, lead_id, created_at, contacted_at, qualified_at, converted_at)
select workspace_id, id, created_at,
       case when status in ('CONTACTED', 'QUALIFIED', 'CONVERTED') then updated_at end,
       case when status in ('QUALIFIED', 'CONVERTED') then updated_at end,
       case when status = 'CONVERTED' then updated_at end
from leads;

update lead_funnel f
set won_at       = won.closed_at,
    contacted_at = least(f.contacted_at, won.closed_at),
    qualified_at = least(f.qualified_at, won.closed_at),
    converted_at = least(f.converted_at, won.closed_at)
from (select workspace_id, lead_id, min(closed_at) as closed_at from opportunities
      where stage = 'CLOSED_WON' and lead_id is not null group by 1, 2) won
where f.workspace_id = won.workspace_id and f.lead_id = won.lead_id;
