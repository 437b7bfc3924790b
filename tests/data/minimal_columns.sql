-- Only the required columns: aggregate type comes from the stream id's prefix.
CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, aggregate_id TEXT, aggregate_version INT,
  event_timestamp TEXT, event_data TEXT);
INSERT INTO events VALUES ('a', 'Opened', 'account-7', 1, '2024-02-01T00:00:00Z', '{}');
INSERT INTO events VALUES ('b', 'Closed', 'account-7', 2, '2024-02-02T00:00:00Z', '{}');
