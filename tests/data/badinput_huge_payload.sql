-- Bad-input corpus: one payload of 100,000,011 bytes ({"blob":"aaa…"}), made at test time
-- (not committed): hex(zeroblob(50000000)) is 100,000,000 zeros, each replaced by 'a'.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('h-1','Small',1,'huge-1','Huge',1,'{"size":"small"}','2024-01-01T10:00:00Z','user-1',NULL,NULL),
 ('h-2','Huge',1,'huge-1','Huge',2,'{"blob":"' || replace(hex(zeroblob(50000000)),'0','a') || '"}',
   '2024-01-01T10:00:01Z','user-1',NULL,'h-1'),
 ('h-3','Small',1,'huge-1','Huge',3,'{"size":"small again"}','2024-01-01T10:00:02Z','user-1',NULL,'h-2');
