-- Bad-input corpus: payloads, metadata and ids that are not valid UTF-8 (bytes FF, FE, a
-- lone continuation byte 80, a truncated sequence C3 at the end). CAST(X'..' AS TEXT)
-- stores the bytes as they are, as a buggy writer would.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, metadata TEXT);
INSERT INTO events VALUES
 ('u-1','Named',1,'utf-1','Utf',1,'{"name":"Ada"}','2024-01-01T10:00:00Z','user-1','c-1',NULL,'{}'),
 -- {"name":"<FF FE>"}
 ('u-2','Named',1,'utf-1','Utf',2,CAST(X'7B226E616D65223A22FFFE227D' AS TEXT),'2024-01-01T10:00:01Z','user-1','c-1','u-1','{}'),
 -- {"note":"caf<C3>"} truncated sequence, and metadata {"user":"<80>"}
 ('u-3','Noted',1,'utf-1','Utf',3,CAST(X'7B226E6F7465223A22636166C3227D' AS TEXT),'2024-01-01T10:00:02Z','user-1','c-1','u-2',
   CAST(X'7B2275736572223A22807D' AS TEXT)),
 -- a stream id and a type with invalid bytes: utf-<FF>
 (CAST(X'752D34FF' AS TEXT),CAST(X'4261FF64' AS TEXT),1,CAST(X'7574662DFF' AS TEXT),'Utf',1,'{"ok":true}','2024-01-01T10:00:03Z',
   CAST(X'75FE' AS TEXT),NULL,NULL,'{}');
