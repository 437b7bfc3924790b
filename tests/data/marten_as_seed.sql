-- The events of marten_store.sql that Marten's default tenant sees (not archived), in the seed layout.
CREATE TABLE events(event_id TEXT, aggregate_id TEXT, aggregate_type TEXT, aggregate_version INTEGER,
  event_type TEXT, event_version INTEGER, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, event_data TEXT, metadata TEXT);
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000002', 'order-1001', 'Order', 1, 'order_placed', 1, '2024-03-01T10:00:00.123456Z', NULL, 'corr-1', 'cmd-1', '{"customer":"ada","total":42.5}', '{"user":"ada"}');
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000003', 'order-1001', 'Order', 2, 'payment_received', 1, '2024-03-01T10:00:01Z', NULL, 'corr-1', '0f1e2d3c-0000-4000-8000-000000000002', '{"paid":42.5}', '{"user":"ada"}');
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000004', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 'Invoice', 1, 'invoice_issued', 1, '2024-03-01T09:04:00Z', NULL, 'corr-1', '0f1e2d3c-0000-4000-8000-000000000003', '{"order":"order-1001"}', NULL);
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000006', 'order-1001', 'Order', 3, 'order_shipped', 1, '2024-03-01T10:00:02.5Z', NULL, 'corr-1', '0f1e2d3c-0000-4000-8000-000000000003', '{}', NULL);
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000007', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 'Invoice', 2, 'invoice_paid', 1, '2024-03-01T10:05:00Z', NULL, NULL, NULL, '{"paid":true}', NULL);
