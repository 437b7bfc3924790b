-- Bad-input corpus: numbers beyond what a double holds (1e400, -1e400), which nlohmann's
-- parser rejects with out_of_range rather than a parse error. Found by fuzz_json_payload:
-- `chronoscope events --format jsonl` ended in std::terminate on them.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, metadata TEXT);
INSERT INTO events VALUES
 ('o-1','Measured',1,'huge-number-1','Measure',1,'{"value":1}','2024-01-01T10:00:00Z','user-1',NULL,NULL,'{}'),
 ('o-2','Measured',1,'huge-number-1','Measure',2,'{"value":1e400}','2024-01-01T10:00:01Z','user-1',NULL,NULL,
   '{"weight":-1e400}');
