-- One correlation of 6,001 events: a 4-ary causation tree (event i is caused by (i-1)/4)
-- over seven streams, one millisecond apart; then one unrelated event.
CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT NOT NULL, event_version INT NOT NULL,
  aggregate_id TEXT NOT NULL, aggregate_type TEXT NOT NULL, aggregate_version INT NOT NULL,
  event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT,
  UNIQUE(aggregate_id, aggregate_version));
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)
INSERT INTO events
SELECT 'big-' || i, CASE WHEN i = 0 THEN 'BatchStarted' ELSE 'ItemProcessed' END, 1,
       'shard-' || (i % 7), 'Shard', i / 7 + 1, '{}',
       strftime('%Y-%m-%dT%H:%M:%fZ', '2024-03-01 10:00:00', printf('+%.3f seconds', i / 1000.0)),
       'system', 'big', CASE WHEN i = 0 THEN NULL ELSE 'big-' || ((i - 1) / 4) END
FROM n;
INSERT INTO events VALUES ('other','Unrelated',1,'other-1','Other',1,'{}','2024-03-01T11:00:00.000000Z','u','x',NULL);
