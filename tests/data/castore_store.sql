-- Castore's Postgres event storage adapter table (castore-dev/castore
-- packages/event-storage-adapter-postgres/src/adapter.ts, createEventTable with its defaults:
-- BIGSERIAL id, UUID aggregate id, BIGINT version) in SQLite types; timestamps as PostgreSQL
-- prints a TIMESTAMPTZ(3). Payloads and metadata may be NULL (the adapter inserts NULL for them).
CREATE TABLE event (
  id              INTEGER PRIMARY KEY,
  aggregate_name  VARCHAR(32) NOT NULL,
  aggregate_id    TEXT NOT NULL,
  version         BIGINT NOT NULL,
  type            VARCHAR(64) NOT NULL,
  data            TEXT,
  metadata        TEXT,
  timestamp       TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
  UNIQUE (aggregate_name, aggregate_id, version));
CREATE INDEX idx_event_aggregate_name ON event(aggregate_name);
CREATE INDEX idx_event_version ON event(version);
CREATE INDEX idx_event_aggregate_lookup ON event(aggregate_name, aggregate_id);
INSERT INTO event VALUES (1, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000001', 1, 'POKEMON_APPEARED', '{"name":"Pikachu","level":42}', '{"trainerId":"ash"}', '2024-03-01 10:00:00.1+00');
INSERT INTO event VALUES (2, 'trainers', '9c1d7a4e-2222-4a2b-8c3d-000000000002', 1, 'TRAINER_REGISTERED', '{"name":"Ash"}', NULL, '2024-03-01 10:00:00.2+00');
INSERT INTO event VALUES (3, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000001', 2, 'POKEMON_CAUGHT', NULL, '{"trainerId":"ash"}', '2024-03-01 10:00:01.5+00');
INSERT INTO event VALUES (4, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000001', 3, 'POKEMON_LEVELLED_UP', '{"level":43}', NULL, '2024-03-01 10:00:03+00');
