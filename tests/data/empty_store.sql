CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, event_version INT, aggregate_id TEXT,
  aggregate_type TEXT, aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT,
  correlation_id TEXT, causation_id TEXT, UNIQUE(aggregate_id, aggregate_version));
