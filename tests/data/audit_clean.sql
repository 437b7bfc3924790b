-- No finding, with or without tests/data/audit_projection.js: contiguous versions, time
-- going forward per stream, every causation naming an earlier event of its correlation,
-- snapshots equal to the replay (key order aside).
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
CREATE TABLE snapshots(aggregate_id TEXT, aggregate_type TEXT, aggregate_version INT, snapshot_data TEXT, created_date TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1','c1',NULL),
 ('e2','Added',1,'ledger-2','Ledger',1,'{"amount":7}','2024-01-01T10:00:01Z','u1','c1','e1'),
 ('e3','Added',1,'ledger-1','Ledger',2,'{"amount":2}','2024-01-01T10:00:02Z','u2','c2',NULL),
 ('e4','Added',1,'ledger-1','Ledger',3,'{"amount":3}','2024-01-01T10:00:03Z','u2','c2','e3'),
 ('e5','Noted',1,'other-1','Other',1,'{"note":"not folded by the ledger projection"}','2024-01-01T10:00:04Z','u3','c3',NULL),
 ('e6','Reversed',1,'other-1','Other',2,'{"original_event_id":"e5"}','2024-01-01T10:00:05Z','u3','c4',NULL);
INSERT INTO snapshots VALUES
 ('ledger-1','Ledger',2,'{"count":2,"total":3}','2024-01-01T10:00:02Z'),
 ('ledger-2','Ledger',1,'{"total":7,"count":1}','2024-01-01T10:00:01Z');
