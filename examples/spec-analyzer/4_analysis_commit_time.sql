-- Keep the commit time so the timeline follows the repository, not the queue.

ALTER TABLE analyses ADD COLUMN committed_at timestamp with time zone;

UPDATE analyses SET committed_at = created_at WHERE committed_at IS NULL;
