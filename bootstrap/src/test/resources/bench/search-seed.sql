-- bench/search: LEADS leads and CONTACTS contacts in workspace 'bench', with names, emails, companies and
-- notes varied like real ones, so trigram and full-text selectivity is realistic: a brand such as Acme
-- names about 1 company in 800, a first name about 1 person in 100, notes words follow a Zipf-like curve.
create temporary table v as
select string_to_array('James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine Dennis Maria Jerry Heather Jane Wei Priya Hiroshi Sofia Lukas Chloe Mateo Aisha Olga Pierre Ingrid Kwame Fatima Diego Yuki', ' ') as first,
       string_to_array('Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Müller Schmidt Dubois Tanaka Kowalski Novak Rossi Silva Okafor Haddad Larsen Ivanova OBrien', ' ') as last,
       string_to_array('Blue Red Green Silver Golden North South East West Pacific Atlantic Summit Pinnacle Bright Clear Swift Rapid Smart Bold Brave True Pure Fresh Prime First United National Global Metro Urban Coastal Northern Southern Eastern Western Central Royal Grand Modern Classic', ' ') as adjective,
       string_to_array('Harbor Bridge Tower Castle Crown River Lake Ocean Valley Mountain Canyon Forest Meadow Prairie Island Oak Pine Maple Cedar Stone Iron Steel Copper Granite Crystal Diamond Ruby Emerald Sapphire Jade Eagle Falcon Hawk Lion Tiger Bear Wolf Fox Orbit Horizon Frontier Pioneer Liberty Vertex Nexus Vector Matrix Fusion Quantum Stellar Lunar Solar Apex Zenith Crest Peak Ridge Arrow Anchor Beacon', ' ') as noun,
       string_to_array('Acme Globex Initech Umbrella Stark Wayne Wonka Hooli Vandelay Soylent Cyberdyne Tyrell Aperture Massive Oscorp Gringotts Monarch Sterling Dunder Pied Prestige Virtucom Nakatomi Zorg Buynlarge Duff Krusty Ollivander Paper Bluth Gekko Weyland Rekall Omni Tessier Yoyodyne Encom Gadgetron Nuka Vault Abstergo Ingen Axiom Kaiba Shinra Capsule Wolfram Sirius Spacely Cogswell Genco Vehement Sabre Mooby Chotchkies Bubba Lacuna Macguffin Contoso Fabrikam Northwind Tailspin Litware Proseware Adatum Woodgrove Fourth Trey Lucerne Margie Wingtip Alpine Relecloud Munson Consolidated Treyresearch Humongous Blueyonder Graphic Coho Southridge Datum Wideworld Proware Vanarsdel Lamna Wingdings Cronus Fincorp Polymer Helix Bolt Quartz Ember Kestrel Marble Juniper Cobalt Tundra Aurora Sequoia Lumen Atlas Titan Nimbus Zephyr Cascade Sierra Mesa Willow Birch Aspen Hazel Ivy Fern Moss Basil Sage Thyme Clove Saffron Ginger Pepper Mango Papaya Kiwi Lemon Lime Olive Plum Cherry Peach Apricot Fig Berry Grove Orchard Harvest Bloom Petal Sprout Seedling Acorn Chestnut Walnut Hickory Elm Poplar Spruce Fir Hemlock Larch Alder Rowan Yew Laurel Myrtle Holly Heather Thistle Clover Daisy Lily Iris Orchid Tulip Violet Jasmine Lotus Magnolia Camellia Dahlia Poppy Aster Zinnia Marigold Primrose Bluebell Foxglove Lavender Rosemary Mint Fennel Dill Parsley Chive Sorrel Tarragon Anise Cumin Nutmeg Cardamom Vanilla Cocoa Coffee Tea Honey Maple Syrup Caramel Toffee Fudge Praline Nougat Marzipan Truffle Brioche Croissant Baguette', ' ') as brand,
       string_to_array('Corp Inc LLC Ltd Group Holdings Labs Systems Solutions Technologies Partners Industries Logistics Consulting Ventures Capital Media Foods Energy Health', ' ') as suffix,
       string_to_array('gmail.com yahoo.com outlook.com hotmail.com icloud.com proton.me example.com mail.com', ' ') as domain,
       string_to_array('call meeting follow up email sent proposal pricing demo scheduled budget approved decision maker interested next quarter contract renewal discount trial onboarding integration support ticket feedback requested quote shipping invoice payment procurement legal review security questionnaire compliance stakeholder champion competitor evaluation timeline kickoff workshop training rollout migration upgrade license seats expansion churn risk escalation reference case study webinar conference booth referral partner reseller distributor warehouse inventory forecast pipeline territory region headquarters subsidiary acquisition merger board investor funding startup enterprise midmarket smallbusiness nonprofit government education healthcare retail manufacturing hospitality logistics fintech insurance telecom automotive aerospace pharmaceutical biotech agriculture construction realestate energy utilities mining chemicals textiles furniture jewelry cosmetics footwear apparel toys sporting outdoor camping fishing hunting gardening landscaping plumbing roofing flooring painting carpentry masonry welding machining robotics automation sensors drones satellites telescopes microscopes lasers semiconductors batteries turbines generators transformers inverters chargers', ' ') as note;

-- An element of a picked at r in [0, 1): inlined by the planner, so seeding runs at insert speed.
create function pg_temp.pick(a text[], r double precision) returns text language sql immutable as
    $$ select a[1 + floor(r * cardinality(a))::int] $$;

select setseed(0.42);

-- 100,000 distinct notes of 5 to 24 words, Zipf-like (a few words are frequent, most are rarer), shared out
-- among the leads: building a note per lead would take most of the seeding time.
create temporary table notes as
select n, string_agg(pg_temp.pick(v.note, power(random(), 2.5)), ' ') as text
from v, generate_series(0, 99999) n, lateral generate_series(1, 5 + (n % 20)) w
group by n;
create index on notes (n);

-- Bulk load: the secondary indexes are dropped and rebuilt from their own definitions afterwards, which is
-- many times faster than maintaining trigram and full-text indexes row by row.
set maintenance_work_mem = '512MB';
create temporary table rebuilt_indexes as
select indexname, indexdef from pg_indexes
where schemaname = 'public' and tablename in ('leads', 'contacts') and indexname not like '%pkey';
do $$ declare i record; begin
    for i in select indexname from rebuilt_indexes loop execute 'drop index ' || quote_ident(i.indexname); end loop;
end $$;

insert into leads (id, workspace_id, name, email, phone, company, type, status, value, currency, source, notes, tags,
                   custom_fields, created_by, created_at, updated_at, version)
select uuidv7(), 'bench', p.first || ' ' || p.last, p.email, '+1555' || lpad(g::text, 7, '0'), p.company,
       (array['B2B_COMPANY','B2C_CUSTOMER','PARTNER','OTHER'])[1 + g % 4],
       (array['NEW','CONTACTED','QUALIFIED','UNQUALIFIED','CONVERTED','LOST'])[1 + g % 6],
       (g % 100000)::numeric, 'USD', 'seed',
       case when random() < 0.7 then (select text from notes where notes.n = abs(hashint4(g)) % 100000) end,
       array['seed'], '{"tier":"gold"}', 'bench-user',
       now() - make_interval(secs => g), now() - make_interval(secs => g), 1
from v, generate_series(1, LEADS) g
cross join lateral (
    select first, last, company,
           case floor(random() * 4)::int
               when 0 then lower(first) || '.' || lower(last) || '@' || pg_temp.pick(v.domain, random())
               when 1 then lower(first) || '@' || regexp_replace(lower(split_part(company, ' ', 1)), '[^a-z]', '', 'g') || '.com'
               when 2 then lower(left(first, 1)) || lower(last) || floor(random() * 100)::int || '@' || pg_temp.pick(v.domain, random())
               else lower(first) || '_' || lower(last) || floor(random() * 1000)::int || '@' || pg_temp.pick(v.domain, random())
           end as email
    from (select pg_temp.pick(v.first, random()) as first, pg_temp.pick(v.last, random()) as last,
                 case floor(random() * 4)::int
                     when 0 then pg_temp.pick(v.adjective, random()) || ' ' || pg_temp.pick(v.noun, random()) || ' ' || pg_temp.pick(v.suffix, random())
                     when 1 then pg_temp.pick(v.last, random()) || ' ' || pg_temp.pick(v.suffix, random())
                     when 2 then pg_temp.pick(v.last, random()) || ' & ' || pg_temp.pick(v.last, random())
                     else pg_temp.pick(v.brand, random()) || ' ' || pg_temp.pick(v.suffix, random())
                 end as company
          where g > 0) as person
) p;

insert into contacts (id, workspace_id, first_name, last_name, email, phone, company, title, tags, custom_fields,
                      owner, created_by, created_at, updated_at, version)
select uuidv7(), 'bench', p.first, p.last, lower(p.first) || '.' || lower(p.last) || g || '@' || pg_temp.pick(v.domain, random()),
       '+1555' || lpad(g::text, 7, '0'), p.company,
       (array['CEO','CTO','VP Sales','Head of Procurement','Account Manager','Engineer','Buyer','Office Manager'])[1 + g % 8],
       array['seed'], '{}', 'bench-user', 'bench-user',
       now() - make_interval(secs => g), now() - make_interval(secs => g), 1
from v, generate_series(1, CONTACTS) g
cross join lateral (
    select pg_temp.pick(v.first, random()) as first, pg_temp.pick(v.last, random()) as last,
           pg_temp.pick(v.brand, random()) || ' ' || pg_temp.pick(v.suffix, random()) as company
    where g > 0
) p;

do $$ declare i record; begin
    for i in select indexdef from rebuilt_indexes loop execute i.indexdef; end loop;
end $$;
