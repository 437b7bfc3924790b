-- Bad-input corpus: row ids far apart (a store whose integer primary key starts at 10^15,
-- and one row near the top of the 64-bit range). Found by fuzz_sqlite_store: indexing
-- reserved room for every row id in between and ended in std::length_error.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);
INSERT INTO events(rowid, event_id, event_type, event_version, aggregate_id, aggregate_type, aggregate_version,
  event_data, event_timestamp, user_id, correlation_id, causation_id) VALUES
 (1000000000000000,'s-1','Opened',1,'sparse-1','Sparse',1,'{"n":1}','2024-01-01T10:00:00Z','user-1',NULL,NULL),
 (1000000000000001,'s-2','Closed',1,'sparse-1','Sparse',2,'{"n":2}','2024-01-01T10:00:01Z','user-1',NULL,'s-1'),
 (9223372036854775000,'s-3','Reopened',1,'sparse-1','Sparse',3,'{"n":3}','2024-01-01T10:00:02Z','user-1',NULL,'s-2');
