-- With audit_projection.js: unhandled_event_type at 1 (Renamed, two events in Ledger
-- streams). Unknown types of other-1, which the projection does not fold, are no finding.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','Renamed',1,'ledger-1','Ledger',2,'{"name":"x"}','2024-01-01T10:00:01Z','u1',NULL,NULL),
 ('e3','Whatever',1,'other-1','Other',1,'{}','2024-01-01T10:00:02Z','u1',NULL,NULL),
 ('e4','Renamed',1,'ledger-2','Ledger',1,'{"name":"y"}','2024-01-01T10:00:03Z','u1',NULL,NULL);
