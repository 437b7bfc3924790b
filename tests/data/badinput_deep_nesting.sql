-- Bad-input corpus: payloads nested 10,000 levels deep (an array, then an object), made
-- with SQL so the file stays small: hex(zeroblob(5000)) is 10,000 zeros, each replaced by
-- a bracket or by `{"a":`.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('n-1','Started',1,'deep-1','Deep',1,'{"depth":0}','2024-01-01T10:00:00Z','user-1',NULL,NULL),
 ('n-2','Nested',1,'deep-1','Deep',2,
   '{"array":' || replace(hex(zeroblob(5000)),'0','[') || replace(hex(zeroblob(5000)),'0',']') || '}',
   '2024-01-01T10:00:01Z','user-1',NULL,NULL),
 ('n-3','Nested',1,'deep-1','Deep',3,
   '{"object":' || replace(hex(zeroblob(5000)),'0','{"a":') || '1' || replace(hex(zeroblob(5000)),'0','}') || '}',
   '2024-01-01T10:00:02Z','user-1',NULL,NULL);
