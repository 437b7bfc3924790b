-- malformed_payload at 0 (truncated), 1 (invalid UTF-8: a Latin-1 é), 2 (100,000-deep
-- nesting), 3 (a 4 MB payload cut short), 6 (UTF-16). Valid: 4 (a 4 MB payload), 5 (an
-- integer beyond 64 bits), 7 (no payload).
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Added',1,'ledger-1','Ledger',1,'{"amount":','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','Added',1,'ledger-1','Ledger',2,CAST(X'7B226E616D65223A22636166E9227D' AS TEXT),'2024-01-01T10:00:01Z','u1',NULL,NULL),
 ('e3','Added',1,'ledger-1','Ledger',3,replace(hex(zeroblob(100000)),'00','[') || '1' || replace(hex(zeroblob(100000)),'00',']'),'2024-01-01T10:00:02Z','u1',NULL,NULL),
 ('e4','Added',1,'ledger-1','Ledger',4,'{"blob":"' || replace(hex(zeroblob(2000000)),'00','ab'),'2024-01-01T10:00:03Z','u1',NULL,NULL),
 ('e5','Added',1,'ledger-1','Ledger',5,'{"blob":"' || replace(hex(zeroblob(2000000)),'00','ab') || '"}','2024-01-01T10:00:04Z','u1',NULL,NULL),
 ('e6','Added',1,'ledger-1','Ledger',6,'{"amount":123456789012345678901234567890}','2024-01-01T10:00:05Z','u1',NULL,NULL),
 ('e7','Added',1,'ledger-1','Ledger',7,CAST(X'7B002200610022003A0031007D00' AS TEXT),'2024-01-01T10:00:06Z','u1',NULL,NULL),
 ('e8','Added',1,'ledger-1','Ledger',8,NULL,'2024-01-01T10:00:07Z','u1',NULL,NULL);
