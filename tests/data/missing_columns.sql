-- An events table that lacks aggregate_version and event_timestamp.
CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, aggregate_id TEXT, event_data TEXT);
INSERT INTO events VALUES ('e-1', 'Created', 'thing-1', '{}');
