-- Search: q on the lists and GET /api/v1/search. Every searchable table gets the same two generated
-- columns, so one SQL builder (adapters-postgres shared/TextSearch) serves them all:
--   search_text   the short identifying fields, lower-case, the record's title first, joined by U+001F
--                 (which a search text cannot contain, so a substring match never spans two fields);
--                 a trigram index finds partial names and emails ("acm", "jane@").
--   search_vector the full text of every searched field (english: stemmed, stop words dropped),
--                 weighted A for names and emails, B for company and job title, D for notes.
-- Notes are in the full text only: a trigram index over free text would be the largest index here and
-- slow every write, to find word fragments the stemmed full text already finds as words.
create extension if not exists pg_trgm;

alter table leads
    add column search_text text generated always as (
        lower(name || E'\x1f' || coalesce(email, '') || E'\x1f' || coalesce(company, ''))) stored,
    add column search_vector tsvector generated always as (
        setweight(to_tsvector('english', name), 'A')
        || setweight(to_tsvector('english', coalesce(email, '')), 'A')
        || setweight(to_tsvector('english', coalesce(company, '')), 'B')
        || setweight(to_tsvector('english', coalesce(notes, '')), 'D')) stored;

create index leads_search_text on leads using gin (search_text gin_trgm_ops);
create index leads_search_vector on leads using gin (search_vector);

alter table contacts
    add column search_text text generated always as (
        lower(coalesce(first_name || ' ' || last_name, first_name, last_name) || E'\x1f' || coalesce(email, '')
              || E'\x1f' || coalesce(company, '') || E'\x1f' || coalesce(title, ''))) stored,
    add column search_vector tsvector generated always as (
        setweight(to_tsvector('english', coalesce(first_name, '') || ' ' || coalesce(last_name, '')), 'A')
        || setweight(to_tsvector('english', coalesce(email, '')), 'A')
        || setweight(to_tsvector('english', coalesce(company, '') || ' ' || coalesce(title, '')), 'B')) stored;

create index contacts_search_text on contacts using gin (search_text gin_trgm_ops);
create index contacts_search_vector on contacts using gin (search_vector);
