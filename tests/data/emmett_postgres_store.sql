-- Written by tests/fixtures/emmett-postgres/make-fixture.mjs with @event-driven-io/emmett-postgresql 0.42.0
-- (getPostgreSQLEventStore created the schema and appended the events; one event of partition
-- 'tenant-b' through Emmett's emt_add_partition/emt_append_to_stream functions, one command),
-- dumped with pg_dump --no-owner --no-privileges --column-inserts (pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)), its
-- \restrict/\unrestrict lines removed (the tests load this file with one PQexec).
-- Regenerate: cd tests/fixtures/emmett-postgres && npm install && node make-fixture.mjs
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

--
-- Name: emt_activate_projection(bigint, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_activate_projection(p_lock_key bigint, p_name text, p_partition text, p_version integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_result BOOLEAN;
BEGIN
    WITH lock_check AS (
        SELECT pg_try_advisory_xact_lock(p_lock_key) AS lock_acquired
    ),
    update_result AS (
        UPDATE emt_projections
        SET status = 'active',
            last_updated = now()
        WHERE name = p_name
          AND partition = p_partition
          AND version = p_version
          AND (SELECT lock_acquired FROM lock_check) = true
        RETURNING name
    )
    SELECT COUNT(*) > 0 INTO v_result FROM update_result;

    RETURN v_result;
END;
$$;


--
-- Name: emt_add_partition(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_add_partition(partition_name text) RETURNS void
    LANGUAGE plpgsql
    AS $$
  BEGIN                
      PERFORM emt_add_table_partition('emt_messages', partition_name);
      PERFORM emt_add_table_partition('emt_streams', partition_name);

      EXECUTE format('
          CREATE TABLE IF NOT EXISTS %I PARTITION OF %I
          FOR VALUES IN (%L);',
          emt_sanitize_name('emt_processors' || '_' || partition_name), 'emt_processors', partition_name
      );

      EXECUTE format('
          CREATE TABLE IF NOT EXISTS %I PARTITION OF %I
          FOR VALUES IN (%L);',
          emt_sanitize_name('emt_projections' || '_' || partition_name), 'emt_projections', partition_name
      );
  END;
  $$;


--
-- Name: emt_add_table_partition(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_add_table_partition(tablename text, partition_name text) RETURNS void
    LANGUAGE plpgsql
    AS $$
  DECLARE
    v_main_partiton_name     TEXT;
    v_active_partiton_name   TEXT;
    v_archived_partiton_name TEXT;
  BEGIN                
      v_main_partiton_name     := emt_sanitize_name(tableName || '_' || partition_name);
      v_active_partiton_name   := emt_sanitize_name(v_main_partiton_name   || '_active');
      v_archived_partiton_name := emt_sanitize_name(v_main_partiton_name   || '_archived');


      -- create default partition
      EXECUTE format('
          CREATE TABLE IF NOT EXISTS %I PARTITION OF %I
          FOR VALUES IN (%L) PARTITION BY LIST (is_archived);',
          v_main_partiton_name, tableName, partition_name
      );
  
      EXECUTE format('
          CREATE TABLE IF NOT EXISTS %I PARTITION OF %I
          FOR VALUES IN (FALSE);',
          v_active_partiton_name, v_main_partiton_name
      );
  
      EXECUTE format('
          CREATE TABLE IF NOT EXISTS %I PARTITION OF %I
          FOR VALUES IN (TRUE);',
          v_archived_partiton_name, v_main_partiton_name
      );
  END;
  $$;


--
-- Name: emt_sanitize_name(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_sanitize_name(input_name text) RETURNS text
    LANGUAGE plpgsql
    AS $$
    BEGIN
        RETURN REGEXP_REPLACE(input_name, '[^a-zA-Z0-9_]', '_', 'g');
    END;
    $$;


--
-- Name: emt_append_to_stream(text[], jsonb[], jsonb[], text[], text[], text[], text, text, bigint, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_append_to_stream(v_message_ids text[], v_messages_data jsonb[], v_messages_metadata jsonb[], v_message_schema_versions text[], v_message_types text[], v_message_kinds text[], v_stream_id text, v_stream_type text, v_expected_stream_position bigint DEFAULT NULL::bigint, v_partition text DEFAULT public.emt_sanitize_name('default_partition'::text)) RETURNS TABLE(success boolean, next_stream_position bigint, global_positions bigint[], transaction_id xid8)
    LANGUAGE plpgsql
    AS $$
  DECLARE
      v_next_stream_position bigint;
      v_position bigint;
      v_updated_rows int;
      v_transaction_id xid8;
      v_global_positions bigint[];
  BEGIN
      v_transaction_id := pg_current_xact_id();

      IF v_expected_stream_position IS NULL THEN
          SELECT COALESCE(
            (SELECT stream_position 
            FROM emt_streams
            WHERE stream_id = v_stream_id 
              AND partition = v_partition 
              AND is_archived = FALSE
            LIMIT 1), 
            0
        ) INTO v_expected_stream_position;
      END IF;

      v_next_stream_position := v_expected_stream_position + array_upper(v_messages_data, 1);

      IF v_expected_stream_position = 0 THEN
          INSERT INTO emt_streams
              (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived)
          VALUES
              (v_stream_id, v_next_stream_position, v_partition, v_stream_type, '{}', FALSE);
      ELSE
          UPDATE emt_streams as s              
          SET stream_position = v_next_stream_position
          WHERE stream_id = v_stream_id AND stream_position = v_expected_stream_position AND partition = v_partition AND is_archived = FALSE;

          get diagnostics v_updated_rows = row_count;

          IF v_updated_rows = 0 THEN
              RETURN QUERY SELECT FALSE, NULL::bigint, NULL::bigint[], NULL::xid8;
              RETURN;
          END IF;
      END IF;

      WITH ev AS (
          SELECT row_number() OVER () + v_expected_stream_position AS stream_position, 
                message_data, 
                message_metadata, 
                schema_version, 
                message_id, 
                message_type,
                message_kind
          FROM (
              SELECT *
              FROM 
                unnest(v_message_ids, v_messages_data, v_messages_metadata, v_message_schema_versions, v_message_types, v_message_kinds) 
              AS message(message_id, message_data, message_metadata, schema_version, message_type, message_kind)
          ) AS message
      ),
      all_messages_insert AS (
          INSERT INTO emt_messages
              (stream_id, stream_position, partition, message_data, message_metadata, message_schema_version, message_type, message_kind, message_id, transaction_id)
          SELECT 
              v_stream_id, ev.stream_position, v_partition, ev.message_data, ev.message_metadata, ev.schema_version, ev.message_type, ev.message_kind, ev.message_id, v_transaction_id
          FROM ev
          RETURNING global_position
      )
      SELECT 
          array_agg(global_position ORDER BY global_position) INTO v_global_positions
      FROM 
          all_messages_insert;

      RETURN QUERY SELECT TRUE, v_next_stream_position, v_global_positions, v_transaction_id;
  END;
  $$;


--
-- Name: emt_deactivate_projection(bigint, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_deactivate_projection(p_lock_key bigint, p_name text, p_partition text, p_version integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_result BOOLEAN;
BEGIN
    WITH lock_check AS (
        SELECT pg_try_advisory_xact_lock(p_lock_key) AS lock_acquired
    ),
    update_result AS (
        UPDATE emt_projections
        SET status = 'inactive',
            last_updated = now()
        WHERE name = p_name
          AND partition = p_partition
          AND version = p_version
          AND (SELECT lock_acquired FROM lock_check) = true
        RETURNING name
    )
    SELECT COUNT(*) > 0 INTO v_result FROM update_result;

    RETURN v_result;
END;
$$;


--
-- Name: emt_register_projection(bigint, text, text, integer, character varying, text, text, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_register_projection(p_lock_key bigint, p_name text, p_partition text, p_version integer, p_type character varying, p_kind text, p_status text, p_definition jsonb) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_result BOOLEAN;
BEGIN
    WITH lock_check AS (
        SELECT pg_try_advisory_xact_lock(p_lock_key) AS lock_acquired
    ),
    upsert_result AS (
        INSERT INTO emt_projections (
            name, partition, version, type, kind, status, definition, created_at, last_updated
        )
        SELECT p_name, p_partition, p_version, p_type, p_kind, p_status, p_definition, now(), now()
        WHERE (SELECT lock_acquired FROM lock_check) = true
        ON CONFLICT (name, partition, version) DO UPDATE
        SET definition = EXCLUDED.definition,
            last_updated = now()
        RETURNING name
    )
    SELECT COUNT(*) > 0 INTO v_result FROM upsert_result;

    RETURN v_result;
END;
$$;


--
-- Name: emt_release_processor_lock(bigint, text, text, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_release_processor_lock(p_lock_key bigint, p_processor_id text, p_partition text, p_version integer, p_processor_instance_id text DEFAULT 'emt:unknown'::text, p_projection_name text DEFAULT NULL::text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_rows_updated INT;
BEGIN
    IF p_projection_name IS NOT NULL THEN
        UPDATE emt_projections
        SET status = 'active',
            last_updated = now()
        WHERE partition = p_partition
          AND name = p_projection_name
          AND version = p_version;
    END IF;

    UPDATE emt_processors
    SET status = 'stopped',
        processor_instance_id = 'emt:unknown',
        last_updated = now()
    WHERE processor_id = p_processor_id
      AND partition = p_partition
      AND version = p_version
      AND processor_instance_id = p_processor_instance_id;

    GET DIAGNOSTICS v_rows_updated = ROW_COUNT;

    PERFORM pg_advisory_unlock(p_lock_key);

    RETURN v_rows_updated > 0;
END;
$$;


--
-- Name: emt_try_acquire_processor_lock(bigint, text, integer, text, text, text, character varying, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_try_acquire_processor_lock(p_lock_key bigint, p_processor_id text, p_version integer, p_partition text DEFAULT 'emt:default'::text, p_processor_instance_id text DEFAULT 'emt:unknown'::text, p_projection_name text DEFAULT NULL::text, p_projection_type character varying DEFAULT NULL::character varying, p_projection_kind text DEFAULT NULL::text, p_lock_timeout_seconds integer DEFAULT 300) RETURNS TABLE(acquired boolean, checkpoint text)
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN QUERY
    WITH lock_check AS (
        SELECT pg_try_advisory_xact_lock(p_lock_key) AS lock_acquired
    ),
    ownership_check AS (
        INSERT INTO emt_processors (
            processor_id,
            partition,
            version,
            processor_instance_id,
            status,
            last_processed_checkpoint,
            last_processed_transaction_id,
            created_at,
            last_updated
        )
        SELECT p_processor_id, p_partition, p_version, p_processor_instance_id, 'running', '0000000000000000000', '0'::xid8, now(), now()
        WHERE (SELECT lock_acquired FROM lock_check) = true
        ON CONFLICT (processor_id, partition, version) DO UPDATE
        SET processor_instance_id = p_processor_instance_id,
            status = 'running',
            last_updated = now()
        WHERE emt_processors.processor_instance_id = p_processor_instance_id
           OR emt_processors.processor_instance_id = 'emt:unknown'
           OR emt_processors.status = 'stopped'
           OR emt_processors.last_updated < now() - (p_lock_timeout_seconds || ' seconds')::interval
        RETURNING last_processed_checkpoint
    ),
    projection_status AS (
        INSERT INTO emt_projections (
            name,
            partition,
            version,
            type,
            kind,
            status,
            definition
        )
        SELECT p_projection_name, p_partition, p_version, p_projection_type, p_projection_kind, 'async_processing', '{}'::jsonb
        WHERE p_projection_name IS NOT NULL
          AND (SELECT last_processed_checkpoint FROM ownership_check) IS NOT NULL
        ON CONFLICT (name, partition, version) DO UPDATE
        SET status = 'async_processing'
        RETURNING name
    )
    SELECT
        (SELECT COUNT(*) > 0 FROM ownership_check),
        (SELECT oc.last_processed_checkpoint FROM ownership_check oc);
END;
$$;


--
-- Name: emt_try_acquire_projection_lock(bigint, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.emt_try_acquire_projection_lock(p_lock_key bigint, p_partition text, p_name text, p_version integer) RETURNS TABLE(acquired boolean, is_active boolean)
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN QUERY
    WITH lock_check AS (
        SELECT pg_try_advisory_xact_lock_shared(p_lock_key) AS acquired
    ),
    status_check AS (
        SELECT status = 'active' AS is_active
        FROM emt_projections
        WHERE partition = p_partition AND name = p_name AND version = p_version
    )
    SELECT
        COALESCE((SELECT lc.acquired FROM lock_check lc), false),
        COALESCE((SELECT sc.is_active FROM status_check sc), true);
END;
$$;


--
-- Name: store_processor_checkpoint(text, bigint, text, text, xid8, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.store_processor_checkpoint(p_processor_id text, p_version bigint, p_position text, p_check_position text, p_transaction_id xid8, p_partition text DEFAULT 'emt:default'::text, p_processor_instance_id text DEFAULT 'emt:unknown'::text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
  current_position TEXT;
BEGIN
  -- Handle the case when p_check_position is provided
  IF p_check_position IS NOT NULL THEN
      -- Try to update if the position matches p_check_position
      UPDATE "emt_processors"
      SET
        "last_processed_checkpoint" = p_position,
        "last_processed_transaction_id" = p_transaction_id,
        "last_updated" = now()
      WHERE "processor_id" = p_processor_id
        AND "last_processed_checkpoint" = p_check_position
        AND "partition" = p_partition
        AND "version" = p_version;

      IF FOUND THEN
          RETURN 1;  -- Successfully updated
      END IF;

      -- Retrieve the current position
      SELECT "last_processed_checkpoint" INTO current_position
      FROM "emt_processors"
      WHERE "processor_id" = p_processor_id 
        AND "partition" = p_partition 
        AND "version" = p_version;

      -- Return appropriate codes based on current position
      IF current_position = p_position THEN
          RETURN 0;  -- Idempotent check: position already set
      ELSIF current_position > p_position THEN
          RETURN 3;  -- Current ahead: another process has progressed further
      ELSE
          RETURN 2;  -- Mismatch: check position doesn't match current
      END IF;
  END IF;

  -- Handle the case when p_check_position is NULL: Insert if not exists
  BEGIN
      INSERT INTO "emt_processors"("processor_id", "version", "last_processed_checkpoint", "partition", "last_processed_transaction_id", "created_at", "last_updated")
      VALUES (p_processor_id, p_version, p_position, p_partition, p_transaction_id, now(), now());
      RETURN 1;  -- Successfully inserted
  EXCEPTION WHEN unique_violation THEN
      -- If insertion failed, it means the row already exists
      SELECT "last_processed_checkpoint" INTO current_position
      FROM "emt_processors"
      WHERE "processor_id" = p_processor_id 
        AND "partition" = p_partition 
        AND "version" = p_version;

      IF current_position = p_position THEN
          RETURN 0;  -- Idempotent check: position already set
      ELSIF current_position > p_position THEN
          RETURN 3;  -- Current ahead: another process has progressed further
      ELSE
          RETURN 2;  -- Insertion failed, row already exists with different position
      END IF;
  END;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: dmb_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dmb_migrations (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    application character varying(255) DEFAULT 'default'::character varying NOT NULL,
    sql_hash character varying(64) NOT NULL,
    "timestamp" timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: dmb_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dmb_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dmb_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.dmb_migrations_id_seq OWNED BY public.dmb_migrations.id;


--
-- Name: emt_global_message_position; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.emt_global_message_position
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: emt_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_messages (
    stream_position bigint NOT NULL,
    global_position bigint DEFAULT nextval('public.emt_global_message_position'::regclass),
    transaction_id xid8 NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    is_archived boolean DEFAULT false NOT NULL,
    message_kind character varying(1) DEFAULT 'E'::character varying NOT NULL,
    stream_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    message_schema_version text NOT NULL,
    message_id text NOT NULL,
    message_type text NOT NULL,
    message_data jsonb NOT NULL,
    message_metadata jsonb NOT NULL
)
PARTITION BY LIST (partition);


--
-- Name: emt_messages_emt_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_messages_emt_default (
    stream_position bigint NOT NULL,
    global_position bigint DEFAULT nextval('public.emt_global_message_position'::regclass),
    transaction_id xid8 NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    is_archived boolean DEFAULT false NOT NULL,
    message_kind character varying(1) DEFAULT 'E'::character varying NOT NULL,
    stream_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    message_schema_version text NOT NULL,
    message_id text NOT NULL,
    message_type text NOT NULL,
    message_data jsonb NOT NULL,
    message_metadata jsonb NOT NULL
)
PARTITION BY LIST (is_archived);


--
-- Name: emt_messages_emt_default_active; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_messages_emt_default_active (
    stream_position bigint NOT NULL,
    global_position bigint DEFAULT nextval('public.emt_global_message_position'::regclass),
    transaction_id xid8 NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    is_archived boolean DEFAULT false NOT NULL,
    message_kind character varying(1) DEFAULT 'E'::character varying NOT NULL,
    stream_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    message_schema_version text NOT NULL,
    message_id text NOT NULL,
    message_type text NOT NULL,
    message_data jsonb NOT NULL,
    message_metadata jsonb NOT NULL
);


--
-- Name: emt_messages_emt_default_archived; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_messages_emt_default_archived (
    stream_position bigint NOT NULL,
    global_position bigint DEFAULT nextval('public.emt_global_message_position'::regclass),
    transaction_id xid8 NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    is_archived boolean DEFAULT false NOT NULL,
    message_kind character varying(1) DEFAULT 'E'::character varying NOT NULL,
    stream_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    message_schema_version text NOT NULL,
    message_id text NOT NULL,
    message_type text NOT NULL,
    message_data jsonb NOT NULL,
    message_metadata jsonb NOT NULL
);


--
-- Name: emt_messages_tenant_b; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_messages_tenant_b (
    stream_position bigint NOT NULL,
    global_position bigint DEFAULT nextval('public.emt_global_message_position'::regclass),
    transaction_id xid8 NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    is_archived boolean DEFAULT false NOT NULL,
    message_kind character varying(1) DEFAULT 'E'::character varying NOT NULL,
    stream_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    message_schema_version text NOT NULL,
    message_id text NOT NULL,
    message_type text NOT NULL,
    message_data jsonb NOT NULL,
    message_metadata jsonb NOT NULL
)
PARTITION BY LIST (is_archived);


--
-- Name: emt_messages_tenant_b_active; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_messages_tenant_b_active (
    stream_position bigint NOT NULL,
    global_position bigint DEFAULT nextval('public.emt_global_message_position'::regclass),
    transaction_id xid8 NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    is_archived boolean DEFAULT false NOT NULL,
    message_kind character varying(1) DEFAULT 'E'::character varying NOT NULL,
    stream_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    message_schema_version text NOT NULL,
    message_id text NOT NULL,
    message_type text NOT NULL,
    message_data jsonb NOT NULL,
    message_metadata jsonb NOT NULL
);


--
-- Name: emt_messages_tenant_b_archived; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_messages_tenant_b_archived (
    stream_position bigint NOT NULL,
    global_position bigint DEFAULT nextval('public.emt_global_message_position'::regclass),
    transaction_id xid8 NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    is_archived boolean DEFAULT false NOT NULL,
    message_kind character varying(1) DEFAULT 'E'::character varying NOT NULL,
    stream_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    message_schema_version text NOT NULL,
    message_id text NOT NULL,
    message_type text NOT NULL,
    message_data jsonb NOT NULL,
    message_metadata jsonb NOT NULL
);


--
-- Name: emt_processors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_processors (
    last_processed_transaction_id xid8 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    processor_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    status text DEFAULT 'stopped'::text NOT NULL,
    last_processed_checkpoint text NOT NULL,
    processor_instance_id text DEFAULT 'emt:unknown'::text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_updated timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY LIST (partition);


--
-- Name: emt_processors_emt_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_processors_emt_default (
    last_processed_transaction_id xid8 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    processor_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    status text DEFAULT 'stopped'::text NOT NULL,
    last_processed_checkpoint text NOT NULL,
    processor_instance_id text DEFAULT 'emt:unknown'::text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_updated timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: emt_processors_tenant_b; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_processors_tenant_b (
    last_processed_transaction_id xid8 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    processor_id text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    status text DEFAULT 'stopped'::text NOT NULL,
    last_processed_checkpoint text NOT NULL,
    processor_instance_id text DEFAULT 'emt:unknown'::text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_updated timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: emt_projections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_projections (
    version integer DEFAULT 1 NOT NULL,
    type character varying(1) NOT NULL,
    name text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    definition jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_updated timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY LIST (partition);


--
-- Name: emt_projections_emt_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_projections_emt_default (
    version integer DEFAULT 1 NOT NULL,
    type character varying(1) NOT NULL,
    name text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    definition jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_updated timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: emt_projections_tenant_b; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_projections_tenant_b (
    version integer DEFAULT 1 NOT NULL,
    type character varying(1) NOT NULL,
    name text NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    definition jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_updated timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: emt_streams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_streams (
    stream_id text NOT NULL,
    stream_position bigint NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    stream_type text NOT NULL,
    stream_metadata jsonb NOT NULL,
    is_archived boolean DEFAULT false NOT NULL
)
PARTITION BY LIST (partition);


--
-- Name: emt_streams_emt_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_streams_emt_default (
    stream_id text NOT NULL,
    stream_position bigint NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    stream_type text NOT NULL,
    stream_metadata jsonb NOT NULL,
    is_archived boolean DEFAULT false NOT NULL
)
PARTITION BY LIST (is_archived);


--
-- Name: emt_streams_emt_default_active; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_streams_emt_default_active (
    stream_id text NOT NULL,
    stream_position bigint NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    stream_type text NOT NULL,
    stream_metadata jsonb NOT NULL,
    is_archived boolean DEFAULT false NOT NULL
);


--
-- Name: emt_streams_emt_default_archived; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_streams_emt_default_archived (
    stream_id text NOT NULL,
    stream_position bigint NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    stream_type text NOT NULL,
    stream_metadata jsonb NOT NULL,
    is_archived boolean DEFAULT false NOT NULL
);


--
-- Name: emt_streams_tenant_b; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_streams_tenant_b (
    stream_id text NOT NULL,
    stream_position bigint NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    stream_type text NOT NULL,
    stream_metadata jsonb NOT NULL,
    is_archived boolean DEFAULT false NOT NULL
)
PARTITION BY LIST (is_archived);


--
-- Name: emt_streams_tenant_b_active; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_streams_tenant_b_active (
    stream_id text NOT NULL,
    stream_position bigint NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    stream_type text NOT NULL,
    stream_metadata jsonb NOT NULL,
    is_archived boolean DEFAULT false NOT NULL
);


--
-- Name: emt_streams_tenant_b_archived; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.emt_streams_tenant_b_archived (
    stream_id text NOT NULL,
    stream_position bigint NOT NULL,
    partition text DEFAULT 'emt:default'::text NOT NULL,
    stream_type text NOT NULL,
    stream_metadata jsonb NOT NULL,
    is_archived boolean DEFAULT false NOT NULL
);


--
-- Name: emt_messages_emt_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages ATTACH PARTITION public.emt_messages_emt_default FOR VALUES IN ('emt:default');


--
-- Name: emt_messages_emt_default_active; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_emt_default ATTACH PARTITION public.emt_messages_emt_default_active FOR VALUES IN (false);


--
-- Name: emt_messages_emt_default_archived; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_emt_default ATTACH PARTITION public.emt_messages_emt_default_archived FOR VALUES IN (true);


--
-- Name: emt_messages_tenant_b; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages ATTACH PARTITION public.emt_messages_tenant_b FOR VALUES IN ('tenant-b');


--
-- Name: emt_messages_tenant_b_active; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_tenant_b ATTACH PARTITION public.emt_messages_tenant_b_active FOR VALUES IN (false);


--
-- Name: emt_messages_tenant_b_archived; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_tenant_b ATTACH PARTITION public.emt_messages_tenant_b_archived FOR VALUES IN (true);


--
-- Name: emt_processors_emt_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_processors ATTACH PARTITION public.emt_processors_emt_default FOR VALUES IN ('emt:default');


--
-- Name: emt_processors_tenant_b; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_processors ATTACH PARTITION public.emt_processors_tenant_b FOR VALUES IN ('tenant-b');


--
-- Name: emt_projections_emt_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_projections ATTACH PARTITION public.emt_projections_emt_default FOR VALUES IN ('emt:default');


--
-- Name: emt_projections_tenant_b; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_projections ATTACH PARTITION public.emt_projections_tenant_b FOR VALUES IN ('tenant-b');


--
-- Name: emt_streams_emt_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams ATTACH PARTITION public.emt_streams_emt_default FOR VALUES IN ('emt:default');


--
-- Name: emt_streams_emt_default_active; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_emt_default ATTACH PARTITION public.emt_streams_emt_default_active FOR VALUES IN (false);


--
-- Name: emt_streams_emt_default_archived; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_emt_default ATTACH PARTITION public.emt_streams_emt_default_archived FOR VALUES IN (true);


--
-- Name: emt_streams_tenant_b; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams ATTACH PARTITION public.emt_streams_tenant_b FOR VALUES IN ('tenant-b');


--
-- Name: emt_streams_tenant_b_active; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_tenant_b ATTACH PARTITION public.emt_streams_tenant_b_active FOR VALUES IN (false);


--
-- Name: emt_streams_tenant_b_archived; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_tenant_b ATTACH PARTITION public.emt_streams_tenant_b_archived FOR VALUES IN (true);


--
-- Name: dmb_migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dmb_migrations ALTER COLUMN id SET DEFAULT nextval('public.dmb_migrations_id_seq'::regclass);


--
-- Data for Name: dmb_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dmb_migrations (id, name, application, sql_hash, "timestamp") VALUES (1, 'emt:postgresql:eventstore:0.38.7:migrate-events-to-messages', 'default', '8cdd2af05e47081fae213dc48e020845bdb384e0ddfd47cab8185b8bb5a64037', '2026-12-04 20:59:40.220805');
INSERT INTO public.dmb_migrations (id, name, application, sql_hash, "timestamp") VALUES (2, 'emt:postgresql:eventstore:0.42.0:from-subscriptions-to-processors', 'default', '92e4f894f1d97f6665af1d6a753736d80aa3c41ba465c51a8c18b1671569faa8', '2026-12-04 20:59:40.220805');
INSERT INTO public.dmb_migrations (id, name, application, sql_hash, "timestamp") VALUES (3, 'emt:postgresql:eventstore:0.42.0-2:add-processor-projection-functions', 'default', 'cbc4d85089b625360df8ddcb4e8b2fa6654986476ebbd5b00162781b401584a5', '2026-12-04 20:59:40.220805');
INSERT INTO public.dmb_migrations (id, name, application, sql_hash, "timestamp") VALUES (4, 'emt:postgresql:eventstore:initial', 'default', '54628492aa411becc6b5f5a71d7464d5a636343bff1ef994e8272710bcabdcfe', '2026-12-04 20:59:40.220805');


--
-- Data for Name: emt_messages_emt_default_active; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (1, 1, '726', '2026-12-04 20:59:40.263401+00', false, 'E', 'bank_account-1', 'emt:default', '1', '721b4d6a-05be-4309-9601-ace84b19454d', 'AccountOpened', '{"owner": "Ada", "currency": "EUR"}', '{"causationId": "cmd-1", "correlationId": "c-1"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (2, 2, '726', '2026-12-04 20:59:40.263401+00', false, 'E', 'bank_account-1', 'emt:default', '1', 'c0a5d18b-94c2-4f41-b2fe-2da548191db1', 'MoneyDeposited', '{"amount": 100}', '{"causationId": "cmd-1", "correlationId": "c-1"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (1, 3, '727', '2026-12-04 20:59:40.417436+00', false, 'E', 'shopping_cart-7', 'emt:default', '1', '8f0523dd-7c87-47d4-94bd-6b01c47f12c7', 'ProductItemAdded', '{"sku": "tea", "quantity": 2, "unitPrice": 4.5}', '{"causationId": "cmd-2", "correlationId": "c-2"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (3, 4, '728', '2026-12-04 20:59:40.570032+00', false, 'E', 'bank_account-1', 'emt:default', '1', 'f3e58299-4c1d-4d1a-9a2d-6f09425af837', 'MoneyWithdrawn', '{"note": "café", "amount": 30.5}', '{"causationId": "cmd-3", "correlationId": "c-3"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (2, 5, '729', '2026-12-04 20:59:40.732539+00', false, 'E', 'shopping_cart-7', 'emt:default', '1', '9ec73b8c-4d56-4a07-826d-a5a278fc47e5', 'ProductItemAdded', '{"sku": "cups", "quantity": 6, "unitPrice": 2}', '{"causationId": "cmd-4", "correlationId": "c-2"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (3, 6, '729', '2026-12-04 20:59:40.732539+00', false, 'E', 'shopping_cart-7', 'emt:default', '1', '30807b6d-91cb-4768-89f6-b938ea8730e6', 'ShoppingCartConfirmed', '{"confirmedAt": "2024-03-01T10:00:00Z"}', '{"causationId": "cmd-5", "correlationId": "c-2"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (1, 7, '730', '2026-12-04 20:59:40.886787+00', false, 'E', 'invoice-2024-001', 'emt:default', '1', '8bec7f0f-5c35-474a-9f6c-1f847432f7e6', 'InvoiceIssued', '{"cart": "shopping_cart-7", "lines": [{"sku": "tea", "quantity": 2}, {"sku": "cups", "quantity": 6}], "total": 21}', '{"causationId": "30807b6d-91cb-4768-89f6-b938ea8730e6", "correlationId": "c-2"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (1, 8, '731', '2026-12-04 20:59:41.042136+00', false, 'E', 'bank_account-2', 'emt:default', '1', '8d2eff88-389a-47e0-90c5-371d4cdbfacd', 'AccountOpened', '{"owner": "Grace", "currency": "USD"}', '{"correlationId": "c-4"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (4, 9, '732', '2026-12-04 20:59:41.195657+00', false, 'E', 'bank_account-1', 'emt:default', '1', '24f5abf1-fd7a-49b2-a85a-b675ac8b3beb', 'MoneyWithdrawn', '{"amount": 21, "invoice": "invoice-2024-001"}', '{"causationId": "8bec7f0f-5c35-474a-9f6c-1f847432f7e6", "correlationId": "c-2"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (2, 10, '733', '2026-12-04 20:59:41.348635+00', false, 'E', 'invoice-2024-001', 'emt:default', '1', '034be614-98f1-4c1e-8846-c4b7afac92b2', 'InvoicePaid', '{"paidFrom": "bank_account-1"}', '{"causationId": "24f5abf1-fd7a-49b2-a85a-b675ac8b3beb", "correlationId": "c-2"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (1, 11, '734', '2026-12-04 20:59:41.500739+00', false, 'E', 'ledger', 'emt:default', '1', '48461754-1596-4e3d-b6b2-dc361dd08e26', 'LedgerOpened', '{"year": 2024}', '{"causationId": "cmd-6", "correlationId": "c-5"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (2, 12, '734', '2026-12-04 20:59:41.500739+00', false, 'E', 'ledger', 'emt:default', '1', 'f7a37d9d-454f-4776-88f3-6c385561858c', 'EntryPosted', '{"amount": 0, "account": "bank_account-2"}', '{"correlationId": "c-5"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (1, 13, '735', '2026-12-04 20:59:41.661049+00', false, 'C', 'payment_workflow-1', 'emt:default', '1', 'bac594b7-a9ba-4e56-9426-c539713e7842', 'ChargeCard', '{"amount": 12}', '{"causationId": "cmd-7", "correlationId": "c-6"}');
INSERT INTO public.emt_messages_emt_default_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (2, 14, '736', '2026-12-04 20:59:41.813301+00', false, 'E', 'bank_account-2', 'emt:default', '1', '5d192eda-9398-48a8-bf53-a13a9b823f07', 'MoneyDeposited', '{"amount": 12}', '{"causationId": "cmd-7", "correlationId": "c-6"}');


--
-- Data for Name: emt_messages_emt_default_archived; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: emt_messages_tenant_b_active; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.emt_messages_tenant_b_active (stream_position, global_position, transaction_id, created, is_archived, message_kind, stream_id, partition, message_schema_version, message_id, message_type, message_data, message_metadata) VALUES (1, 15, '738', '2026-12-04 20:59:41.982601+00', false, 'E', 'bank_account-1', 'tenant-b', '1', '1a8c8004-1f7f-47d1-8c2a-3d4785225d06', 'AccountOpened', '{"owner": "Eve", "currency": "GBP"}', '{"correlationId": "c-7"}');


--
-- Data for Name: emt_messages_tenant_b_archived; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: emt_processors_emt_default; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: emt_processors_tenant_b; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: emt_projections_emt_default; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: emt_projections_tenant_b; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: emt_streams_emt_default_active; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.emt_streams_emt_default_active (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived) VALUES ('shopping_cart-7', 3, 'emt:default', 'shopping_cart', '{}', false);
INSERT INTO public.emt_streams_emt_default_active (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived) VALUES ('bank_account-1', 4, 'emt:default', 'bank_account', '{}', false);
INSERT INTO public.emt_streams_emt_default_active (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived) VALUES ('invoice-2024-001', 2, 'emt:default', 'invoice', '{}', false);
INSERT INTO public.emt_streams_emt_default_active (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived) VALUES ('ledger', 2, 'emt:default', 'emt:unknown', '{}', false);
INSERT INTO public.emt_streams_emt_default_active (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived) VALUES ('payment_workflow-1', 1, 'emt:default', 'payment_workflow', '{}', false);
INSERT INTO public.emt_streams_emt_default_active (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived) VALUES ('bank_account-2', 2, 'emt:default', 'bank_account', '{}', false);


--
-- Data for Name: emt_streams_emt_default_archived; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: emt_streams_tenant_b_active; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.emt_streams_tenant_b_active (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived) VALUES ('bank_account-1', 1, 'tenant-b', 'bank_account', '{}', false);


--
-- Data for Name: emt_streams_tenant_b_archived; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: dmb_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dmb_migrations_id_seq', 4, true);


--
-- Name: emt_global_message_position; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.emt_global_message_position', 15, true);


--
-- Name: dmb_migrations dmb_migrations_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dmb_migrations
    ADD CONSTRAINT dmb_migrations_name_key UNIQUE (name);


--
-- Name: dmb_migrations dmb_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dmb_migrations
    ADD CONSTRAINT dmb_migrations_pkey PRIMARY KEY (id);


--
-- Name: emt_messages emt_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages
    ADD CONSTRAINT emt_messages_pkey PRIMARY KEY (stream_id, stream_position, partition, is_archived);


--
-- Name: emt_messages_emt_default emt_messages_emt_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_emt_default
    ADD CONSTRAINT emt_messages_emt_default_pkey PRIMARY KEY (stream_id, stream_position, partition, is_archived);


--
-- Name: emt_messages_emt_default_active emt_messages_emt_default_active_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_emt_default_active
    ADD CONSTRAINT emt_messages_emt_default_active_pkey PRIMARY KEY (stream_id, stream_position, partition, is_archived);


--
-- Name: emt_messages_emt_default_archived emt_messages_emt_default_archived_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_emt_default_archived
    ADD CONSTRAINT emt_messages_emt_default_archived_pkey PRIMARY KEY (stream_id, stream_position, partition, is_archived);


--
-- Name: emt_messages_tenant_b emt_messages_tenant_b_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_tenant_b
    ADD CONSTRAINT emt_messages_tenant_b_pkey PRIMARY KEY (stream_id, stream_position, partition, is_archived);


--
-- Name: emt_messages_tenant_b_active emt_messages_tenant_b_active_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_tenant_b_active
    ADD CONSTRAINT emt_messages_tenant_b_active_pkey PRIMARY KEY (stream_id, stream_position, partition, is_archived);


--
-- Name: emt_messages_tenant_b_archived emt_messages_tenant_b_archived_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_messages_tenant_b_archived
    ADD CONSTRAINT emt_messages_tenant_b_archived_pkey PRIMARY KEY (stream_id, stream_position, partition, is_archived);


--
-- Name: emt_processors emt_processors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_processors
    ADD CONSTRAINT emt_processors_pkey PRIMARY KEY (processor_id, partition, version);


--
-- Name: emt_processors_emt_default emt_processors_emt_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_processors_emt_default
    ADD CONSTRAINT emt_processors_emt_default_pkey PRIMARY KEY (processor_id, partition, version);


--
-- Name: emt_processors_tenant_b emt_processors_tenant_b_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_processors_tenant_b
    ADD CONSTRAINT emt_processors_tenant_b_pkey PRIMARY KEY (processor_id, partition, version);


--
-- Name: emt_projections emt_projections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_projections
    ADD CONSTRAINT emt_projections_pkey PRIMARY KEY (name, partition, version);


--
-- Name: emt_projections_emt_default emt_projections_emt_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_projections_emt_default
    ADD CONSTRAINT emt_projections_emt_default_pkey PRIMARY KEY (name, partition, version);


--
-- Name: emt_projections_tenant_b emt_projections_tenant_b_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_projections_tenant_b
    ADD CONSTRAINT emt_projections_tenant_b_pkey PRIMARY KEY (name, partition, version);


--
-- Name: emt_streams emt_streams_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams
    ADD CONSTRAINT emt_streams_pkey PRIMARY KEY (stream_id, partition, is_archived);


--
-- Name: emt_streams_emt_default emt_streams_emt_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_emt_default
    ADD CONSTRAINT emt_streams_emt_default_pkey PRIMARY KEY (stream_id, partition, is_archived);


--
-- Name: emt_streams_emt_default_active emt_streams_emt_default_active_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_emt_default_active
    ADD CONSTRAINT emt_streams_emt_default_active_pkey PRIMARY KEY (stream_id, partition, is_archived);


--
-- Name: emt_streams_emt_default_archived emt_streams_emt_default_archived_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_emt_default_archived
    ADD CONSTRAINT emt_streams_emt_default_archived_pkey PRIMARY KEY (stream_id, partition, is_archived);


--
-- Name: emt_streams_tenant_b emt_streams_tenant_b_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_tenant_b
    ADD CONSTRAINT emt_streams_tenant_b_pkey PRIMARY KEY (stream_id, partition, is_archived);


--
-- Name: emt_streams_tenant_b_active emt_streams_tenant_b_active_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_tenant_b_active
    ADD CONSTRAINT emt_streams_tenant_b_active_pkey PRIMARY KEY (stream_id, partition, is_archived);


--
-- Name: emt_streams_tenant_b_archived emt_streams_tenant_b_archived_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.emt_streams_tenant_b_archived
    ADD CONSTRAINT emt_streams_tenant_b_archived_pkey PRIMARY KEY (stream_id, partition, is_archived);


--
-- Name: idx_streams_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_streams_unique ON ONLY public.emt_streams USING btree (stream_id, partition, is_archived) INCLUDE (stream_position);


--
-- Name: emt_streams_emt_default_stream_id_partition_is_archived_str_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emt_streams_emt_default_stream_id_partition_is_archived_str_idx ON ONLY public.emt_streams_emt_default USING btree (stream_id, partition, is_archived) INCLUDE (stream_position);


--
-- Name: emt_streams_emt_default_activ_stream_id_partition_is_archiv_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emt_streams_emt_default_activ_stream_id_partition_is_archiv_idx ON public.emt_streams_emt_default_active USING btree (stream_id, partition, is_archived) INCLUDE (stream_position);


--
-- Name: emt_streams_emt_default_archi_stream_id_partition_is_archiv_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emt_streams_emt_default_archi_stream_id_partition_is_archiv_idx ON public.emt_streams_emt_default_archived USING btree (stream_id, partition, is_archived) INCLUDE (stream_position);


--
-- Name: emt_streams_tenant_b_stream_id_partition_is_archived_stream_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emt_streams_tenant_b_stream_id_partition_is_archived_stream_idx ON ONLY public.emt_streams_tenant_b USING btree (stream_id, partition, is_archived) INCLUDE (stream_position);


--
-- Name: emt_streams_tenant_b_active_stream_id_partition_is_archived_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emt_streams_tenant_b_active_stream_id_partition_is_archived_idx ON public.emt_streams_tenant_b_active USING btree (stream_id, partition, is_archived) INCLUDE (stream_position);


--
-- Name: emt_streams_tenant_b_archived_stream_id_partition_is_archiv_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emt_streams_tenant_b_archived_stream_id_partition_is_archiv_idx ON public.emt_streams_tenant_b_archived USING btree (stream_id, partition, is_archived) INCLUDE (stream_position);


--
-- Name: emt_messages_emt_default_active_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_messages_emt_default_pkey ATTACH PARTITION public.emt_messages_emt_default_active_pkey;


--
-- Name: emt_messages_emt_default_archived_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_messages_emt_default_pkey ATTACH PARTITION public.emt_messages_emt_default_archived_pkey;


--
-- Name: emt_messages_emt_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_messages_pkey ATTACH PARTITION public.emt_messages_emt_default_pkey;


--
-- Name: emt_messages_tenant_b_active_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_messages_tenant_b_pkey ATTACH PARTITION public.emt_messages_tenant_b_active_pkey;


--
-- Name: emt_messages_tenant_b_archived_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_messages_tenant_b_pkey ATTACH PARTITION public.emt_messages_tenant_b_archived_pkey;


--
-- Name: emt_messages_tenant_b_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_messages_pkey ATTACH PARTITION public.emt_messages_tenant_b_pkey;


--
-- Name: emt_processors_emt_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_processors_pkey ATTACH PARTITION public.emt_processors_emt_default_pkey;


--
-- Name: emt_processors_tenant_b_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_processors_pkey ATTACH PARTITION public.emt_processors_tenant_b_pkey;


--
-- Name: emt_projections_emt_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_projections_pkey ATTACH PARTITION public.emt_projections_emt_default_pkey;


--
-- Name: emt_projections_tenant_b_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_projections_pkey ATTACH PARTITION public.emt_projections_tenant_b_pkey;


--
-- Name: emt_streams_emt_default_activ_stream_id_partition_is_archiv_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_emt_default_stream_id_partition_is_archived_str_idx ATTACH PARTITION public.emt_streams_emt_default_activ_stream_id_partition_is_archiv_idx;


--
-- Name: emt_streams_emt_default_active_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_emt_default_pkey ATTACH PARTITION public.emt_streams_emt_default_active_pkey;


--
-- Name: emt_streams_emt_default_archi_stream_id_partition_is_archiv_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_emt_default_stream_id_partition_is_archived_str_idx ATTACH PARTITION public.emt_streams_emt_default_archi_stream_id_partition_is_archiv_idx;


--
-- Name: emt_streams_emt_default_archived_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_emt_default_pkey ATTACH PARTITION public.emt_streams_emt_default_archived_pkey;


--
-- Name: emt_streams_emt_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_pkey ATTACH PARTITION public.emt_streams_emt_default_pkey;


--
-- Name: emt_streams_emt_default_stream_id_partition_is_archived_str_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_streams_unique ATTACH PARTITION public.emt_streams_emt_default_stream_id_partition_is_archived_str_idx;


--
-- Name: emt_streams_tenant_b_active_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_tenant_b_pkey ATTACH PARTITION public.emt_streams_tenant_b_active_pkey;


--
-- Name: emt_streams_tenant_b_active_stream_id_partition_is_archived_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_tenant_b_stream_id_partition_is_archived_stream_idx ATTACH PARTITION public.emt_streams_tenant_b_active_stream_id_partition_is_archived_idx;


--
-- Name: emt_streams_tenant_b_archived_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_tenant_b_pkey ATTACH PARTITION public.emt_streams_tenant_b_archived_pkey;


--
-- Name: emt_streams_tenant_b_archived_stream_id_partition_is_archiv_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_tenant_b_stream_id_partition_is_archived_stream_idx ATTACH PARTITION public.emt_streams_tenant_b_archived_stream_id_partition_is_archiv_idx;


--
-- Name: emt_streams_tenant_b_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.emt_streams_pkey ATTACH PARTITION public.emt_streams_tenant_b_pkey;


--
-- Name: emt_streams_tenant_b_stream_id_partition_is_archived_stream_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_streams_unique ATTACH PARTITION public.emt_streams_tenant_b_stream_id_partition_is_archived_stream_idx;


--
-- PostgreSQL database dump complete
--


