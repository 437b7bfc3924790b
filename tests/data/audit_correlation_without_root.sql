-- correlation_without_root at 1: correlation c2 starts with an event caused by one of c1,
-- and none of its events is without a cause.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1','c1',NULL),
 ('e2','Added',1,'ledger-2','Ledger',1,'{"amount":1}','2024-01-01T10:00:01Z','u1','c2','e1'),
 ('e3','Added',1,'ledger-2','Ledger',2,'{"amount":1}','2024-01-01T10:00:02Z','u1','c2','e2'),
 ('e4','Added',1,'ledger-1','Ledger',2,'{"amount":1}','2024-01-01T10:00:03Z','u1','c1','e1');
