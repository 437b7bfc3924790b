-- With audit_projection.js: malformed_snapshot at 1 (the snapshot at version 2 is cut short).
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
CREATE TABLE snapshots(aggregate_id TEXT, aggregate_type TEXT, aggregate_version INT, snapshot_data TEXT, created_date TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','Added',1,'ledger-1','Ledger',2,'{"amount":2}','2024-01-01T10:00:01Z','u1',NULL,NULL);
INSERT INTO snapshots VALUES ('ledger-1','Ledger',2,'{"count":2,"tot','2024-01-01T10:00:01Z');
