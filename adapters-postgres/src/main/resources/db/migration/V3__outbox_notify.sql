-- Wakes the outbox relay as soon as events commit (NOTIFY is delivered at commit), instead of on its
-- next poll.
create function outbox_events_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_events', '');
    return null;
end
$$;

create trigger outbox_events_notify after insert on outbox_events
    for each statement execute function outbox_events_notify();
