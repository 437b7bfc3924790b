-- Bad-input corpus: causation that goes round in circles. c-1 and c-2 cause each other,
-- c-3 causes itself, c-4 → c-5 → c-6 → c-4; all in one correlation.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('c-1','Pinged',1,'loop-1','Loop',1,'{"n":1}','2024-01-01T10:00:00Z','user-1','corr-1','c-2'),
 ('c-2','Ponged',1,'loop-2','Loop',1,'{"n":2}','2024-01-01T10:00:01Z','user-1','corr-1','c-1'),
 ('c-3','Echoed',1,'loop-1','Loop',2,'{"n":3}','2024-01-01T10:00:02Z','user-1','corr-1','c-3'),
 ('c-4','Pinged',1,'loop-3','Loop',1,'{"n":4}','2024-01-01T10:00:03Z','user-1','corr-1','c-6'),
 ('c-5','Ponged',1,'loop-3','Loop',2,'{"n":5}','2024-01-01T10:00:04Z','user-1','corr-1','c-4'),
 ('c-6','Echoed',1,'loop-3','Loop',3,'{"n":6}','2024-01-01T10:00:05Z','user-1','corr-1','c-5');
