-- 65,537 events of as many types, each in its own stream: too_many_event_types at 65535 and
-- 65536 (the index keeps 65,535 distinct types).
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 65536)
INSERT INTO events SELECT 'e' || i, 'Type' || i, 1, 'ledger-' || i, 'Ledger', 1, '{}',
  '2024-01-01T10:00:00Z', 'u1', NULL, NULL FROM n;
