-- With audit_projection.js: ledger-1's snapshot at version 2 agrees; the one at version 5
-- holds the state after version 4, so snapshot_drift at 4 (version 5), parting exactly after
-- version 5. ledger-2's snapshot agrees with its keys in another order.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
CREATE TABLE snapshots(aggregate_id TEXT, aggregate_type TEXT, aggregate_version INT, snapshot_data TEXT, created_date TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','Added',1,'ledger-1','Ledger',2,'{"amount":2}','2024-01-01T10:00:01Z','u1',NULL,NULL),
 ('e3','Added',1,'ledger-1','Ledger',3,'{"amount":3}','2024-01-01T10:00:02Z','u1',NULL,NULL),
 ('e4','Added',1,'ledger-1','Ledger',4,'{"amount":4}','2024-01-01T10:00:03Z','u1',NULL,NULL),
 ('e5','Added',1,'ledger-1','Ledger',5,'{"amount":5}','2024-01-01T10:00:04Z','u1',NULL,NULL),
 ('e6','Added',1,'ledger-2','Ledger',1,'{"amount":7}','2024-01-01T10:00:05Z','u1',NULL,NULL);
INSERT INTO snapshots VALUES
 ('ledger-1','Ledger',2,'{"count":2,"total":3}','2024-01-01T10:00:01Z'),
 ('ledger-1','Ledger',5,'{"count":4,"total":10}','2024-01-01T10:00:04Z'),
 ('ledger-2','Ledger',1,'{"total":7,"count":1}','2024-01-01T10:00:05Z');
