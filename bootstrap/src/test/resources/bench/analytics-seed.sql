-- bench/analytics: LEADS leads and LEADS/5 opportunities over the last year in workspace 'bench', with LEADS/10
-- contacts and LEADS/5 activities; 12 sources, six statuses, two currencies, every stage, a third of the records
-- owned by one of 20 users. The funnel table is filled as V22's backfill would fill it.
set maintenance_work_mem = '512MB';

insert into leads (id, workspace_id, name, status, value, currency, source, assigned_to, created_by, created_at,
                   updated_at, version)
select uuidv7(), 'bench', 'Lead ' || g,
       (array['NEW','CONTACTED','QUALIFIED','UNQUALIFIED','CONVERTED','LOST'])[1 + (g * 7) % 6],
       (g % 100000)::numeric, 'USD',
       (array['web','referral','ads','event','partner','email','social','cold_call','webinar','seo','trade_show',
              'other'])[1 + (g * 13) % 12],
       case when g % 3 = 0 then 'owner-' || (g % 20) end, 'bench-user',
       now() - make_interval(secs => g * 31.5), now() - make_interval(secs => g * 31.5 - 3600), 1
from generate_series(1, LEADS) g;

insert into lead_funnel (workspace_id, lead_id, created_at, contacted_at, qualified_at, converted_at)
select workspace_id, id, created_at,
       case when status in ('CONTACTED', 'QUALIFIED', 'CONVERTED') then updated_at end,
       case when status in ('QUALIFIED', 'CONVERTED') then updated_at end,
       case when status = 'CONVERTED' then updated_at end
from leads where workspace_id = 'bench';

insert into opportunities (id, workspace_id, name, lead_id, value, currency, stage, probability, closed_at, owner,
                           created_by, created_at, updated_at, version)
select uuidv7(), 'bench', 'Deal ' || g, gen_random_uuid(), (g % 50000)::numeric + 0.99,
       case when g % 3 = 0 then 'EUR' else 'USD' end, s.stage::opportunity_stage, g % 101,
       case when s.stage in ('CLOSED_WON', 'CLOSED_LOST') then c.created_at + make_interval(days => g % 60) end,
       case when g % 3 = 0 then 'owner-' || (g % 20) end, 'bench-user', c.created_at, c.created_at, 1
from generate_series(1, LEADS / 5) g,
     lateral (select (array['PROSPECTING','QUALIFICATION','PROPOSAL','NEGOTIATION','CLOSED_WON',
                            'CLOSED_LOST'])[1 + g % 6] as stage) s,
     lateral (select now() - make_interval(secs => g * 157.0) as created_at) c;
-- A deal closes at most 60 days after it opened, never in the future.
update opportunities set closed_at = now() where workspace_id = 'bench' and closed_at > now();

insert into contacts (id, workspace_id, first_name, owner, created_by, created_at, updated_at, version)
select uuidv7(), 'bench', 'Contact ' || g, case when g % 3 = 0 then 'owner-' || (g % 20) end, 'bench-user',
       now() - make_interval(secs => g * 315.0), now() - make_interval(secs => g * 315.0), 1
from generate_series(1, LEADS / 10) g;

insert into activities (id, workspace_id, entity_type, entity_id, type, occurred_at, summary)
select uuidv7(), 'bench', 'lead', g::text, 'lead.updated', now() - make_interval(secs => g * 157.0), 'Lead ' || g
from generate_series(1, LEADS / 5) g;
