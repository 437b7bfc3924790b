-- malformed_metadata at 1; the payloads are fine.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT,
  metadata TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1',NULL,NULL,'{"ip":"10.0.0.1"}'),
 ('e2','Added',1,'ledger-1','Ledger',2,'{"amount":1}','2024-01-01T10:00:01Z','u1',NULL,NULL,'{ip:10.0.0.1}'),
 ('e3','Added',1,'ledger-1','Ledger',3,'{"amount":1}','2024-01-01T10:00:02Z','u1',NULL,NULL,NULL);
