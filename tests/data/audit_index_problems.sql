-- Rows the index could not fully read: missing_timestamp at 1, missing_stream_id at 2,
-- bad_version at 3.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','Added',1,'ledger-1','Ledger',2,'{"amount":1}',NULL,'u1',NULL,NULL),
 ('e3','Added',1,'','Ledger',1,'{"amount":1}','2024-01-01T10:00:02Z','u1',NULL,NULL),
 ('e4','Added',1,'ledger-1','Ledger','three','{"amount":1}','2024-01-01T10:00:03Z','u1',NULL,NULL);
