-- Marten's event store tables as Marten generates them for the default schema `public`, Guid
-- stream identity (StreamIdentity.AsGuid), conjoined tenancy (TenancyStyle.Conjoined) and the
-- correlation_id, causation_id and headers metadata columns enabled. Hand-written (Marten is .NET)
-- from Marten's own DDL code, JasperFx/marten at commit 051ce40edb4b395b7eedcea82b0798773cd3596e:
--   src/Marten/Events/Schema/EventsTable.cs, StreamsTable.cs, EventTypeColumn.cs,
--   src/Marten/Storage/Metadata/CorrelationIdColumn.cs, CausationIdColumn.cs, DotNetTypeColumn.cs, MetadataColumn.cs,
--   src/Marten/Events/EventGraph.FeatureSchema.cs (the sequence mt_events_sequence owned by seq_id);
-- src/Marten/Events/Schema/EventJsonDataColumn.cs and src/Marten/Storage/Metadata/HeadersColumn.cs at
-- 00de783cc9a5dc280dbe87a243d16e1d2af8178d, src/Marten/Storage/Metadata/TenantIdColumn.cs at
-- 0ac7c9a25b6a81f4c2d2bb9f66378266ef12f781, src/Marten/Events/Archiving/IsArchivedColumn.cs at
-- 4b4229bd44747f45d02041908087912f1b2a8e73,
-- written out the way Weasel formats a table (JasperFx/weasel src/Weasel.Postgresql/Tables/Table.cs at
-- d9892287416aceff3c282f5d48a99ff9c186b208, TableColumn.cs at 8aa739662bd74cd9d63c2e1b79ec596b4a293340,
-- ForeignKey.cs at ad8b4759ab1dae45ea5eef8cbaa8c9d33e99f174): CLR long → bigint, Guid → uuid, string → varchar,
-- DateTimeOffset → timestamp with time zone; the primary key constraint pkey_<table>_<columns>. Marten's own
-- DefaultValueByString("(now())") makes mt_events.timestamp's default the *string* '(now())', which
-- PostgreSQL turns into the constant time of CREATE TABLE; Marten always writes the timestamp itself.
-- Rows: two tenants ('*DEFAULT*' and 'acme', one stream id in both, as deterministic Guids allow),
-- an archived stream (mt_archive_stream sets is_archived on the stream and all its events), event
-- type aliases in `type`, the .NET type in mt_dotnet_type, seq_id from mt_events_sequence.
-- marten_postgres_as_seed.sql holds the events the marten preset keeps; see tests/fixtures/README.md.
DROP TABLE IF EXISTS public.mt_streams CASCADE;
CREATE TABLE public.mt_streams (
    id                  uuid           NOT NULL,
    tenant_id           varchar        NOT NULL DEFAULT '*DEFAULT*',
    type                varchar        NULL,
    version             bigint         NULL,
    timestamp           timestamptz    NOT NULL DEFAULT (now()),
    snapshot            jsonb          NULL,
    snapshot_version    integer        NULL,
    created             timestamptz    NOT NULL DEFAULT (now()),
    is_archived         bool           NULL DEFAULT FALSE,
CONSTRAINT pkey_mt_streams_id_tenant_id PRIMARY KEY (id, tenant_id)
);
DROP TABLE IF EXISTS public.mt_events CASCADE;
CREATE TABLE public.mt_events (
    seq_id            bigint                      NOT NULL,
    id                uuid                        NOT NULL,
    stream_id         uuid                        NULL,
    version           bigint                      NOT NULL,
    data              jsonb                       NOT NULL,
    type              varchar(500)                NOT NULL,
    timestamp         timestamp with time zone    NOT NULL DEFAULT '(now())',
    tenant_id         varchar                     NULL DEFAULT '*DEFAULT*',
    mt_dotnet_type    varchar                     NULL,
    correlation_id    varchar                     NULL,
    causation_id      varchar                     NULL,
    headers           jsonb                       NULL,
    is_archived       bool                        NULL DEFAULT FALSE,
CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id)
);

ALTER TABLE public.mt_events
ADD CONSTRAINT fkey_mt_events_stream_id_tenant_id FOREIGN KEY(stream_id, tenant_id)
REFERENCES public.mt_streams(id, tenant_id)
;


CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON public.mt_events USING btree (stream_id, tenant_id, version);

CREATE UNIQUE INDEX pk_mt_events_id_unique ON public.mt_events USING btree (id);
CREATE SEQUENCE public.mt_events_sequence;
ALTER SEQUENCE public.mt_events_sequence OWNED BY public.mt_events.seq_id;

-- Streams, as mt_quick_append_events leaves them (version = the last event's, timestamp = the last append).
INSERT INTO public.mt_streams (id, tenant_id, type, version, timestamp, snapshot, snapshot_version, created, is_archived) VALUES
  ('3f2504e0-4f89-41d3-9a0c-0305e82c3301', '*DEFAULT*', 'order', 3, '2024-03-01 10:00:02.5+00', NULL, NULL, '2024-03-01 10:00:00.123456+00', false),
  ('5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', '*DEFAULT*', 'invoice', 2, '2024-03-01 10:05:00.000042+00', NULL, NULL, '2024-03-01 10:04:00+00', false),
  ('7c9e6679-7425-40de-944b-e07fc1f90ae7', '*DEFAULT*', 'order', 2, '2024-02-01 09:00:05+00', NULL, NULL, '2024-02-01 09:00:00+00', true),
  ('9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b', '*DEFAULT*', 'customer', 2, '2024-03-01 10:06:00+00', NULL, NULL, '2024-03-01 09:59:00+00', false),
  ('9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b', 'acme', 'customer', 1, '2024-03-01 10:01:00+00', NULL, NULL, '2024-03-01 10:01:00+00', false),
  ('d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70', 'acme', 'order', 2, '2024-03-01 10:03:00.75+00', NULL, NULL, '2024-03-01 10:02:00+00', false);

-- Events in seq_id order: the tenants' appends interleave, the archived stream's events come first.
INSERT INTO public.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, causation_id, headers, is_archived) VALUES
  (1, '0f1e2d3c-0000-4000-8000-000000000001', '7c9e6679-7425-40de-944b-e07fc1f90ae7', 1, '{"total": 10, "customer": "old"}', 'order_placed', '2024-02-01 09:00:00+00', '*DEFAULT*', 'Shop.OrderPlaced, Shop', 'corr-0', 'cmd-0', NULL, true),
  (2, '0f1e2d3c-0000-4000-8000-000000000002', '7c9e6679-7425-40de-944b-e07fc1f90ae7', 2, '{"reason": "duplicate"}', 'order_cancelled', '2024-02-01 09:00:05+00', '*DEFAULT*', 'Shop.OrderCancelled, Shop', 'corr-0', '0f1e2d3c-0000-4000-8000-000000000001', NULL, true),
  (3, '0f1e2d3c-0000-4000-8000-000000000003', '9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b', 1, '{"name": "Ada Lovelace", "email": "ada@example.org"}', 'customer_registered', '2024-03-01 09:59:00+00', '*DEFAULT*', 'Shop.CustomerRegistered, Shop', 'corr-1', 'cmd-1', '{"user-id": "ada", "source": "web"}', false),
  (4, '0f1e2d3c-0000-4000-8000-000000000004', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 1, '{"lines": [{"sku": "tea", "quantity": 2}], "total": 42.5, "customer": "9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b"}', 'order_placed', '2024-03-01 10:00:00.123456+00', '*DEFAULT*', 'Shop.OrderPlaced, Shop', 'corr-1', '0f1e2d3c-0000-4000-8000-000000000003', '{"user-id": "ada"}', false),
  (5, '0f1e2d3c-0000-4000-8000-000000000005', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 2, '{"paid": 42.5, "method": "card"}', 'payment_received', '2024-03-01 10:00:01+00', '*DEFAULT*', 'Shop.PaymentReceived, Shop', 'corr-1', '0f1e2d3c-0000-4000-8000-000000000004', '{"user-id": "ada"}', false),
  (6, '0f1e2d3c-0000-4000-8000-000000000006', '9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b', 1, '{"name": "Wile E. Coyote", "email": "wile@acme.test"}', 'customer_registered', '2024-03-01 10:01:00+00', 'acme', 'Shop.CustomerRegistered, Shop', 'corr-acme-1', 'cmd-acme-1', '{"user-id": "wile"}', false),
  (7, '0f1e2d3c-0000-4000-8000-000000000007', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 3, '{}', 'order_shipped', '2024-03-01 10:00:02.5+00', '*DEFAULT*', 'Shop.OrderShipped, Shop', 'corr-1', '0f1e2d3c-0000-4000-8000-000000000005', NULL, false),
  (8, '0f1e2d3c-0000-4000-8000-000000000008', 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70', 1, '{"total": 99, "customer": "9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b"}', 'order_placed', '2024-03-01 10:02:00+00', 'acme', 'Shop.OrderPlaced, Shop', 'corr-acme-1', '0f1e2d3c-0000-4000-8000-000000000006', NULL, false),
  (9, '0f1e2d3c-0000-4000-8000-000000000009', 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70', 2, '{"paid": 99}', 'payment_received', '2024-03-01 10:03:00.75+00', 'acme', 'Shop.PaymentReceived, Shop', 'corr-acme-1', '0f1e2d3c-0000-4000-8000-000000000008', NULL, false),
  (10, '0f1e2d3c-0000-4000-8000-00000000000a', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 1, '{"order": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "amount": 42.5}', 'invoice_issued', '2024-03-01 11:04:00+01', '*DEFAULT*', 'Billing.InvoiceIssued, Billing', 'corr-1', '0f1e2d3c-0000-4000-8000-000000000007', NULL, false),
  (11, '0f1e2d3c-0000-4000-8000-00000000000b', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 2, '{"paid": true}', 'invoice_paid', '2024-03-01 10:05:00.000042+00', '*DEFAULT*', 'Billing.InvoicePaid, Billing', NULL, NULL, NULL, false),
  (12, '0f1e2d3c-0000-4000-8000-00000000000c', '9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b', 2, '{"email": "ada@example.com"}', 'customer_email_changed', '2024-03-01 10:06:00+00', '*DEFAULT*', 'Shop.CustomerEmailChanged, Shop', 'corr-2', 'cmd-2', '{"user-id": "ada", "reason": "typo"}', false);

SELECT pg_catalog.setval('public.mt_events_sequence', 12, true);
