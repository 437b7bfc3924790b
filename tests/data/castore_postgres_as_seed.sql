-- The events of castore_postgres_store.sql in the seed layout, as the castore preset maps them: the
-- serial id as event id, the stream id aggregate_name:aggregate_id, the aggregate type aggregate_name;
-- event_data and metadata as PostgreSQL prints the jsonb (NULL where Castore stored none), the
-- timestamp in UTC. Written by tests/fixtures/castore-postgres/make-fixture.mjs
-- (@castore/event-storage-adapter-postgres 2.4.2); regenerate it with that script.
CREATE TABLE events(event_id TEXT, aggregate_id TEXT, aggregate_type TEXT, aggregate_version INTEGER,
  event_type TEXT, event_version INTEGER, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, event_data TEXT, metadata TEXT);
INSERT INTO events VALUES ('1', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000001', 'pokemons', 1, 'POKEMON_APPEARED', 1, '2026-12-04T20:59:48.503Z', NULL, NULL, NULL, '{"name": "Pikachu", "level": 42}', '{"trainerId": "9c1d7a4e-2222-4a2b-8c3d-000000000001"}');
INSERT INTO events VALUES ('2', 'trainers:9c1d7a4e-2222-4a2b-8c3d-000000000001', 'trainers', 1, 'TRAINER_REGISTERED', 1, '2026-12-04T20:59:48.628Z', NULL, NULL, NULL, '{"name": "Ash", "town": "Pallet"}', NULL);
INSERT INTO events VALUES ('3', 'trainers:9c1d7a4e-2222-4a2b-8c3d-000000000002', 'trainers', 1, 'TRAINER_REGISTERED', 1, '2026-12-04T20:59:48.75Z', NULL, NULL, NULL, '{"name": "Misty", "town": "Cerulean"}', '{"batch": 7, "source": "import"}');
INSERT INTO events VALUES ('4', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000002', 'pokemons', 1, 'POKEMON_APPEARED', 1, '2026-12-04T20:59:48.872Z', NULL, NULL, NULL, '{"name": "Bulbasaur", "level": 5}', NULL);
INSERT INTO events VALUES ('5', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000001', 'pokemons', 2, 'POKEMON_CAUGHT', 1, '2026-12-04T20:59:48.997Z', NULL, NULL, NULL, NULL, '{"trainerId": "9c1d7a4e-2222-4a2b-8c3d-000000000001"}');
INSERT INTO events VALUES ('6', 'trainers:9c1d7a4e-2222-4a2b-8c3d-000000000001', 'trainers', 2, 'POKEMON_RECEIVED', 1, '2026-12-04T20:59:48.997Z', NULL, NULL, NULL, '{"pokemonId": "9c1d7a4e-1111-4a2b-8c3d-000000000001"}', NULL);
INSERT INTO events VALUES ('7', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000001', 'pokemons', 3, 'POKEMON_LEVELLED_UP', 1, '2026-12-04T20:59:49.122Z', NULL, NULL, NULL, '{"level": 43}', NULL);
INSERT INTO events VALUES ('8', 'trainers:9c1d7a4e-2222-4a2b-8c3d-000000000002', 'trainers', 2, 'BADGE_EARNED', 1, '2026-12-04T20:59:49.249Z', NULL, NULL, NULL, '{"badge": "Cascade"}', '{"gym": "Cerulean"}');
INSERT INTO events VALUES ('9', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000002', 'pokemons', 2, 'POKEMON_CAUGHT', 1, '2026-12-04T20:59:49.371Z', NULL, NULL, NULL, NULL, NULL);
INSERT INTO events VALUES ('10', 'pokemons:9c1d7a4e-1111-4a2b-8c3d-000000000002', 'pokemons', 3, 'POKEMON_RELEASED', 1, '2026-12-04T20:59:49.492Z', NULL, NULL, NULL, '{"reason": "too shy"}', '{"trainerId": "9c1d7a4e-2222-4a2b-8c3d-000000000002"}');
INSERT INTO events VALUES ('11', 'trainers:9c1d7a4e-2222-4a2b-8c3d-000000000001', 'trainers', 3, 'BADGE_EARNED', 1, '2026-12-04T20:59:49.618Z', NULL, NULL, NULL, '{"badge": "Boulder"}', NULL);
