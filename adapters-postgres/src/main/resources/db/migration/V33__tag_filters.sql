-- The lists' tags filter (records carrying every tag asked for: tags @> array[...]) and campaign audiences by tags.
-- GIN indexes answer @> without reading every row of the table; the workspace condition is checked on the matches.
create index leads_by_tags on leads using gin (tags);
create index contacts_by_tags on contacts using gin (tags);

alter table campaigns add column audience_tags text[] not null default '{}';
