-- The events of castore_store.sql in the seed layout: the stream id is aggregate_name:aggregate_id.
CREATE TABLE events(event_id TEXT, aggregate_id TEXT, aggregate_type TEXT, aggregate_version INTEGER,
  event_type TEXT, event_version INTEGER, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, event_data TEXT, metadata TEXT);
INSERT INTO events VALUES ('1', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000001', 'pokemons', 1, 'POKEMON_APPEARED', 1, '2024-03-01T10:00:00.1Z', NULL, NULL, NULL, '{"name":"Pikachu","level":42}', '{"trainerId":"ash"}');
INSERT INTO events VALUES ('2', 'trainers:9c1d7a4e-2222-4a2b-8c3d-000000000002', 'trainers', 1, 'TRAINER_REGISTERED', 1, '2024-03-01T10:00:00.2Z', NULL, NULL, NULL, '{"name":"Ash"}', NULL);
INSERT INTO events VALUES ('3', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000001', 'pokemons', 2, 'POKEMON_CAUGHT', 1, '2024-03-01T10:00:01.5Z', NULL, NULL, NULL, NULL, '{"trainerId":"ash"}');
INSERT INTO events VALUES ('4', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000001', 'pokemons', 3, 'POKEMON_LEVELLED_UP', 1, '2024-03-01T10:00:03Z', NULL, NULL, NULL, '{"level":43}', NULL);
