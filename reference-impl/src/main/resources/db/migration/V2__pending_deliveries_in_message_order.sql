-- The dispatcher takes a partition's pending deliveries in message order, a batch at a time. With this index the
-- database reads them in that order and stops after the batch; the index it replaces held them by due time, so
-- every poll sorted the whole backlog of its partition.
CREATE INDEX deliveries_pending ON deliveries (status, partition_no, message_id, consumer);
DROP INDEX deliveries_due;
