-- missing_compensated_event at 2 (original_event_id) and 3 (originalEventId); the one at 1
-- names an existing event.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('e1','Withdrawn',1,'ledger-1','Ledger',1,'{"reason":"moved"}','2024-01-01T10:00:00Z','u1',NULL,NULL),
 ('e2','WithdrawalReversed',1,'ledger-1','Ledger',2,'{"original_event_id":"e1"}','2024-01-01T10:00:01Z','u1',NULL,NULL),
 ('e3','WithdrawalReversed',1,'ledger-1','Ledger',3,'{"original_event_id":"ghost"}','2024-01-01T10:00:02Z','u1',NULL,NULL),
 ('e4','WithdrawalReversed',1,'ledger-1','Ledger',4,'{"originalEventId":"ghost-2"}','2024-01-01T10:00:03Z','u1',NULL,NULL);
