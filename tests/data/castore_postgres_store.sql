-- Written by tests/fixtures/castore-postgres/make-fixture.mjs with @castore/event-storage-adapter-postgres
-- 2.4.2 and @castore/core 2.4.2: createEventTable with its defaults, then
-- EventStore.pushEvent / pushEventGroup of two event stores; dumped with pg_dump --no-owner
-- --no-privileges --column-inserts (pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)), its \restrict/\unrestrict
-- lines removed (the tests load this file with one PQexec).
-- Regenerate: cd tests/fixtures/castore-postgres && npm install && node make-fixture.mjs
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event (
    id bigint NOT NULL,
    aggregate_name character varying(32) NOT NULL,
    aggregate_id uuid NOT NULL,
    version bigint NOT NULL,
    type character varying(64) NOT NULL,
    data jsonb,
    metadata jsonb,
    "timestamp" timestamp with time zone DEFAULT CURRENT_TIMESTAMP(3) NOT NULL
);


--
-- Name: event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.event_id_seq OWNED BY public.event.id;


--
-- Name: event id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event ALTER COLUMN id SET DEFAULT nextval('public.event_id_seq'::regclass);


--
-- Data for Name: event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (1, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000001', 1, 'POKEMON_APPEARED', '{"name": "Pikachu", "level": 42}', '{"trainerId": "9c1d7a4e-2222-4a2b-8c3d-000000000001"}', '2026-12-04 20:59:48.503+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (2, 'trainers', '9c1d7a4e-2222-4a2b-8c3d-000000000001', 1, 'TRAINER_REGISTERED', '{"name": "Ash", "town": "Pallet"}', NULL, '2026-12-04 20:59:48.628+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (3, 'trainers', '9c1d7a4e-2222-4a2b-8c3d-000000000002', 1, 'TRAINER_REGISTERED', '{"name": "Misty", "town": "Cerulean"}', '{"batch": 7, "source": "import"}', '2026-12-04 20:59:48.75+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (4, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000002', 1, 'POKEMON_APPEARED', '{"name": "Bulbasaur", "level": 5}', NULL, '2026-12-04 20:59:48.872+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (5, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000001', 2, 'POKEMON_CAUGHT', NULL, '{"trainerId": "9c1d7a4e-2222-4a2b-8c3d-000000000001"}', '2026-12-04 20:59:48.997+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (6, 'trainers', '9c1d7a4e-2222-4a2b-8c3d-000000000001', 2, 'POKEMON_RECEIVED', '{"pokemonId": "9c1d7a4e-1111-4a2b-8c3d-000000000001"}', NULL, '2026-12-04 20:59:48.997+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (7, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000001', 3, 'POKEMON_LEVELLED_UP', '{"level": 43}', NULL, '2026-12-04 20:59:49.122+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (8, 'trainers', '9c1d7a4e-2222-4a2b-8c3d-000000000002', 2, 'BADGE_EARNED', '{"badge": "Cascade"}', '{"gym": "Cerulean"}', '2026-12-04 20:59:49.249+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (9, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000002', 2, 'POKEMON_CAUGHT', NULL, NULL, '2026-12-04 20:59:49.371+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (10, 'pokemons', '9c1d7a4e-1111-4a2b-8c3d-000000000002', 3, 'POKEMON_RELEASED', '{"reason": "too shy"}', '{"trainerId": "9c1d7a4e-2222-4a2b-8c3d-000000000002"}', '2026-12-04 20:59:49.492+00');
INSERT INTO public.event (id, aggregate_name, aggregate_id, version, type, data, metadata, "timestamp") VALUES (11, 'trainers', '9c1d7a4e-2222-4a2b-8c3d-000000000001', 3, 'BADGE_EARNED', '{"badge": "Boulder"}', NULL, '2026-12-04 20:59:49.618+00');


--
-- Name: event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.event_id_seq', 11, true);


--
-- Name: event event_aggregate_name_aggregate_id_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event
    ADD CONSTRAINT event_aggregate_name_aggregate_id_version_key UNIQUE (aggregate_name, aggregate_id, version);


--
-- Name: event event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event
    ADD CONSTRAINT event_pkey PRIMARY KEY (id);


--
-- Name: idx_event_aggregate_lookup; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_aggregate_lookup ON public.event USING btree (aggregate_name, aggregate_id);


--
-- Name: idx_event_aggregate_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_aggregate_name ON public.event USING btree (aggregate_name);


--
-- Name: idx_event_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_version ON public.event USING btree (version);


--
-- PostgreSQL database dump complete
--


