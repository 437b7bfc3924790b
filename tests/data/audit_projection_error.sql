-- With audit_projection.js: its Explode handler throws (line 13) on the events at 1 and 3:
-- one projection_error at 1 counting both.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','Explode',1,'ledger-1','Ledger',2,'{"what":"boiler"}','2024-01-01T10:00:01Z','u1',NULL,NULL),
 ('e3','Added',1,'ledger-1','Ledger',3,'{"amount":2}','2024-01-01T10:00:02Z','u1',NULL,NULL),
 ('e4','Explode',1,'ledger-2','Ledger',1,'{"what":"kettle"}','2024-01-01T10:00:03Z','u1',NULL,NULL);
