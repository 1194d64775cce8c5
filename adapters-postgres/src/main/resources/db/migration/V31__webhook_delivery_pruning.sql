-- Pruning finds the finished deliveries older than the retention (WEBHOOK_DELIVERY_RETENTION_DAYS) oldest first,
-- every housekeeping round: from this index, not by reading the whole log.
create index webhook_deliveries_finished_by_created on webhook_deliveries (created_at) where state <> 'pending';
