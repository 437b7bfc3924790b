-- Marten's event store tables as Marten generates them for the default schema `public`, string
-- stream identity (StreamIdentity.AsString: stream_id varchar), single tenancy (the default;
-- tenant_id still written, '*DEFAULT*') and the
-- correlation_id, causation_id and headers metadata columns enabled. Hand-written (Marten is .NET)
-- from Marten's own DDL code, JasperFx/marten at commit 051ce40edb4b395b7eedcea82b0798773cd3596e:
--   src/Marten/Events/Schema/EventsTable.cs, StreamsTable.cs, EventTypeColumn.cs, and
--   StreamIdColumn.cs at 1737e0c314d7021176d2334a41d31ff905ecdfb5 (varchar for string identity),
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
-- Rows: one tenant, an archived stream, a stream started without an aggregate type (mt_streams.type
-- NULL: Chronoscope derives the type from the key's prefix), event type aliases in `type`.
-- marten_postgres_string_as_seed.sql holds the events the marten preset keeps; see tests/fixtures/README.md.
DROP TABLE IF EXISTS public.mt_streams CASCADE;
CREATE TABLE public.mt_streams (
    id                  varchar        NOT NULL,
    type                varchar        NULL,
    version             bigint         NULL,
    timestamp           timestamptz    NOT NULL DEFAULT (now()),
    snapshot            jsonb          NULL,
    snapshot_version    integer        NULL,
    created             timestamptz    NOT NULL DEFAULT (now()),
    tenant_id           varchar        NULL DEFAULT '*DEFAULT*',
    is_archived         bool           NULL DEFAULT FALSE,
CONSTRAINT pkey_mt_streams_id PRIMARY KEY (id)
);
DROP TABLE IF EXISTS public.mt_events CASCADE;
CREATE TABLE public.mt_events (
    seq_id            bigint                      NOT NULL,
    id                uuid                        NOT NULL,
    stream_id         varchar                     NULL,
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
ADD CONSTRAINT fkey_mt_events_stream_id FOREIGN KEY(stream_id)
REFERENCES public.mt_streams(id)ON DELETE CASCADE
;


CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON public.mt_events USING btree (stream_id, version);

CREATE UNIQUE INDEX pk_mt_events_id_unique ON public.mt_events USING btree (id);
CREATE SEQUENCE public.mt_events_sequence;
ALTER SEQUENCE public.mt_events_sequence OWNED BY public.mt_events.seq_id;

INSERT INTO public.mt_streams (id, type, version, timestamp, snapshot, snapshot_version, created, tenant_id, is_archived) VALUES
  ('order-0999', 'order', 1, '2024-02-01 09:00:00+00', NULL, NULL, '2024-02-01 09:00:00+00', '*DEFAULT*', true),
  ('order-1001', 'order', 3, '2024-03-01 10:00:02.5+00', NULL, NULL, '2024-03-01 10:00:00.123456+00', '*DEFAULT*', false),
  ('invoice-2024-7', 'invoice', 2, '2024-03-01 10:05:00+00', NULL, NULL, '2024-03-01 10:04:00+00', '*DEFAULT*', false),
  ('cart-42', NULL, 1, '2024-03-01 10:00:01.5+00', NULL, NULL, '2024-03-01 10:00:01.5+00', '*DEFAULT*', false);

INSERT INTO public.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, causation_id, headers, is_archived) VALUES
  (1, '1a2b3c4d-0000-4000-8000-000000000001', 'order-0999', 1, '{"customer": "old"}', 'order_placed', '2024-02-01 09:00:00+00', '*DEFAULT*', 'Shop.OrderPlaced, Shop', 'corr-0', NULL, NULL, true),
  (2, '1a2b3c4d-0000-4000-8000-000000000002', 'order-1001', 1, '{"total": 42.5, "customer": "ada"}', 'order_placed', '2024-03-01 10:00:00.123456+00', '*DEFAULT*', 'Shop.OrderPlaced, Shop', 'corr-1', 'cmd-1', '{"user-id": "ada"}', false),
  (3, '1a2b3c4d-0000-4000-8000-000000000003', 'order-1001', 2, '{"paid": 42.5}', 'payment_received', '2024-03-01 10:00:01+00', '*DEFAULT*', 'Shop.PaymentReceived, Shop', 'corr-1', '1a2b3c4d-0000-4000-8000-000000000002', '{"user-id": "ada"}', false),
  (4, '1a2b3c4d-0000-4000-8000-000000000004', 'cart-42', 1, '{"sku": "cups", "quantity": 6}', 'item_added', '2024-03-01 10:00:01.5+00', '*DEFAULT*', 'Shop.ItemAdded, Shop', 'corr-3', NULL, NULL, false),
  (5, '1a2b3c4d-0000-4000-8000-000000000005', 'order-1001', 3, '{}', 'order_shipped', '2024-03-01 10:00:02.5+00', '*DEFAULT*', 'Shop.OrderShipped, Shop', 'corr-1', '1a2b3c4d-0000-4000-8000-000000000003', NULL, false),
  (6, '1a2b3c4d-0000-4000-8000-000000000006', 'invoice-2024-7', 1, '{"order": "order-1001"}', 'invoice_issued', '2024-03-01 10:04:00+00', '*DEFAULT*', 'Billing.InvoiceIssued, Billing', 'corr-1', '1a2b3c4d-0000-4000-8000-000000000005', NULL, false),
  (7, '1a2b3c4d-0000-4000-8000-000000000007', 'invoice-2024-7', 2, '{"paid": true}', 'invoice_paid', '2024-03-01 10:05:00+00', '*DEFAULT*', 'Billing.InvoicePaid, Billing', NULL, NULL, '{"user-id": "bob"}', false);

SELECT pg_catalog.setval('public.mt_events_sequence', 7, true);
