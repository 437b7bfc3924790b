-- Marten's event store tables (JasperFx/marten src/Marten/Events/Schema/EventsTable.cs and
-- StreamsTable.cs, with the correlation_id, causation_id and headers metadata columns enabled)
-- in SQLite types: uuid/varchar → TEXT, jsonb → TEXT, timestamptz → TEXT as PostgreSQL prints it.
-- String stream identity (StreamIdentity.AsString); one stream with a Guid key.
CREATE TABLE mt_streams(
  id TEXT NOT NULL PRIMARY KEY,
  type TEXT NULL,
  version INTEGER NULL,
  timestamp TEXT NOT NULL,
  snapshot TEXT,
  snapshot_version INTEGER,
  created TEXT NOT NULL,
  tenant_id TEXT DEFAULT '*DEFAULT*',
  is_archived INTEGER DEFAULT 0);
CREATE TABLE mt_events(
  seq_id INTEGER NOT NULL PRIMARY KEY,
  id TEXT NOT NULL,
  stream_id TEXT REFERENCES mt_streams ON DELETE CASCADE,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  type TEXT NOT NULL,
  timestamp TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
  tenant_id TEXT DEFAULT '*DEFAULT*',
  mt_dotnet_type TEXT NULL,
  correlation_id TEXT,
  causation_id TEXT,
  headers TEXT,
  is_archived INTEGER DEFAULT 0);
CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON mt_events(stream_id, version);
CREATE UNIQUE INDEX pk_mt_events_id_unique ON mt_events(id);

INSERT INTO mt_streams VALUES ('order-1001', 'Order', 3, '2024-03-01 10:00:02.5+00', NULL, NULL, '2024-03-01 10:00:00+00', '*DEFAULT*', 0);
INSERT INTO mt_streams VALUES ('5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 'Invoice', 2, '2024-03-01 10:05:00+00', NULL, NULL, '2024-03-01 10:04:00+00', '*DEFAULT*', 0);
INSERT INTO mt_streams VALUES ('order-1002', 'Order', 1, '2024-03-01 11:00:00+00', NULL, NULL, '2024-03-01 11:00:00+00', 'tenant-b', 0);
INSERT INTO mt_streams VALUES ('order-0999', 'Order', 1, '2024-02-01 09:00:00+00', NULL, NULL, '2024-02-01 09:00:00+00', '*DEFAULT*', 1);

INSERT INTO mt_events VALUES (1, '0f1e2d3c-0000-4000-8000-000000000001', 'order-0999', 1, '{"customer":"old"}', 'order_placed', '2024-02-01 09:00:00+00', '*DEFAULT*', 'Shop.OrderPlaced, Shop', 'corr-0', NULL, NULL, 1);
INSERT INTO mt_events VALUES (2, '0f1e2d3c-0000-4000-8000-000000000002', 'order-1001', 1, '{"customer":"ada","total":42.5}', 'order_placed', '2024-03-01 10:00:00.123456+00', '*DEFAULT*', 'Shop.OrderPlaced, Shop', 'corr-1', 'cmd-1', '{"user":"ada"}', 0);
INSERT INTO mt_events VALUES (3, '0f1e2d3c-0000-4000-8000-000000000003', 'order-1001', 2, '{"paid":42.5}', 'payment_received', '2024-03-01 10:00:01+00', '*DEFAULT*', 'Shop.PaymentReceived, Shop', 'corr-1', '0f1e2d3c-0000-4000-8000-000000000002', '{"user":"ada"}', 0);
INSERT INTO mt_events VALUES (4, '0f1e2d3c-0000-4000-8000-000000000004', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 1, '{"order":"order-1001"}', 'invoice_issued', '2024-03-01 10:04:00+01', '*DEFAULT*', 'Billing.InvoiceIssued, Billing', 'corr-1', '0f1e2d3c-0000-4000-8000-000000000003', NULL, 0);
INSERT INTO mt_events VALUES (5, '0f1e2d3c-0000-4000-8000-000000000005', 'order-1002', 1, '{"customer":"bob"}', 'order_placed', '2024-03-01 11:00:00+00', 'tenant-b', 'Shop.OrderPlaced, Shop', 'corr-2', NULL, NULL, 0);
INSERT INTO mt_events VALUES (6, '0f1e2d3c-0000-4000-8000-000000000006', 'order-1001', 3, '{}', 'order_shipped', '2024-03-01 10:00:02.5+00', '*DEFAULT*', 'Shop.OrderShipped, Shop', 'corr-1', '0f1e2d3c-0000-4000-8000-000000000003', NULL, 0);
INSERT INTO mt_events VALUES (7, '0f1e2d3c-0000-4000-8000-000000000007', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 2, '{"paid":true}', 'invoice_paid', '2024-03-01 10:05:00+00', '*DEFAULT*', 'Billing.InvoicePaid, Billing', NULL, NULL, NULL, 0);
