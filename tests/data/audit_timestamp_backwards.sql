-- timestamp_backwards at 2 (ledger-1 goes back 30 minutes). ledger-2 is earlier than
-- ledger-1's latest event but never goes back within itself: no finding.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','Added',1,'ledger-1','Ledger',2,'{"amount":1}','2024-01-01T11:00:00Z','u1',NULL,NULL),
 ('e3','Added',1,'ledger-1','Ledger',3,'{"amount":1}','2024-01-01T10:30:00Z','u1',NULL,NULL),
 ('e4','Added',1,'ledger-2','Ledger',1,'{"amount":1}','2024-01-01T09:00:00Z','u1',NULL,NULL),
 ('e5','Added',1,'ledger-2','Ledger',2,'{"amount":1}','2024-01-01T09:00:00Z','u1',NULL,NULL);
