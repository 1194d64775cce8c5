-- Opportunities join the search (see V10): found by name (partially, via trigrams) and by the words of their
-- name and lost reason.
alter table opportunities
    add column search_text text generated always as (lower(name)) stored,
    add column search_vector tsvector generated always as (
        setweight(to_tsvector('english', name), 'A')
        || setweight(to_tsvector('english', coalesce(lost_reason, '')), 'C')) stored;

create index opportunities_search_text on opportunities using gin (search_text gin_trgm_ops);
create index opportunities_search_vector on opportunities using gin (search_vector);
