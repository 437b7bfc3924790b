-- dangling_causation at 4 (names no event) and at 5 (names the later event at 6). Four of
-- six causes resolve, so causation ids name events here and each dangling one is reported.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":1}','2024-01-01T10:00:00Z','u1','c1',NULL),
 ('e2','Added',1,'ledger-1','Ledger',2,'{"amount":1}','2024-01-01T10:00:01Z','u1','c1','e1'),
 ('e3','Added',1,'ledger-1','Ledger',3,'{"amount":1}','2024-01-01T10:00:02Z','u1','c1','e2'),
 ('e4','Added',1,'ledger-1','Ledger',4,'{"amount":1}','2024-01-01T10:00:03Z','u1','c1','e3'),
 ('e5','Added',1,'ledger-1','Ledger',5,'{"amount":1}','2024-01-01T10:00:04Z','u1','c1','nope'),
 ('e6','Added',1,'ledger-1','Ledger',6,'{"amount":1}','2024-01-01T10:00:05Z','u1','c1','e7'),
 ('e7','Added',1,'ledger-1','Ledger',7,'{"amount":1}','2024-01-01T10:00:06Z','u1','c1','e1');
