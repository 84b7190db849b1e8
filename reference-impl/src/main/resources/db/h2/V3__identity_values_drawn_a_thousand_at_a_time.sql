-- H2 only. H2 writes a sequence's new high-water mark in a commit of its own, and with WRITE_DELAY=0 each commit
-- is a write to the file: at the default cache of 32 values, one file write per 32 outbox, audit or notification
-- rows. A thousand at a time keeps their order (H2's sequence cache is one per database, so ids still increase in
-- the order they are drawn); a crash skips at most the rest of a thousand. Not on PostgreSQL, whose cache is per
-- session and would hand out ids out of order between connections, and whose commits do not rewrite the sequence.
ALTER TABLE outbox ALTER COLUMN id SET CACHE 1000;
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 1000;
ALTER TABLE notifications ALTER COLUMN id SET CACHE 1000;
