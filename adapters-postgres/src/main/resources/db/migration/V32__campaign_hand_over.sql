-- A recipient whose mail the server has whole, its end of data being sent (state HANDED_OVER), keeps the Message-ID
-- and subject it went out with: a worker taking over from one that died records it as sent rather than mail it
-- again. Unfinished recipients (pending or handed over) are what a campaign waits for.
alter table campaign_recipients add column message_id text, add column subject text;

drop index campaign_recipients_pending;
create index campaign_recipients_unfinished on campaign_recipients (campaign_id)
    where state in ('PENDING', 'HANDED_OVER');
