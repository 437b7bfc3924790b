-- The events of marten_postgres_string_store.sql (string streams) that the marten preset keeps: tenant '*DEFAULT*',
-- not archived, in seq_id order; aggregate_type is mt_streams.type of the stream (NULL stays NULL),
-- event_data and metadata (= headers) as PostgreSQL prints the jsonb, event_timestamp in UTC.
-- Written by the query in tests/fixtures/README.md ("Marten") run on marten_postgres_string_store.sql.
CREATE TABLE events(event_id TEXT, aggregate_id TEXT, aggregate_type TEXT, aggregate_version INTEGER,
  event_type TEXT, event_version INTEGER, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, event_data TEXT, metadata TEXT);
INSERT INTO events VALUES ('1a2b3c4d-0000-4000-8000-000000000002', 'order-1001', 'order', 1, 'order_placed', 1, '2024-03-01T10:00:00.123456Z', NULL, 'corr-1', 'cmd-1', '{"total": 42.5, "customer": "ada"}', '{"user-id": "ada"}');
INSERT INTO events VALUES ('1a2b3c4d-0000-4000-8000-000000000003', 'order-1001', 'order', 2, 'payment_received', 1, '2024-03-01T10:00:01Z', NULL, 'corr-1', '1a2b3c4d-0000-4000-8000-000000000002', '{"paid": 42.5}', '{"user-id": "ada"}');
INSERT INTO events VALUES ('1a2b3c4d-0000-4000-8000-000000000004', 'cart-42', NULL, 1, 'item_added', 1, '2024-03-01T10:00:01.5Z', NULL, 'corr-3', NULL, '{"sku": "cups", "quantity": 6}', NULL);
INSERT INTO events VALUES ('1a2b3c4d-0000-4000-8000-000000000005', 'order-1001', 'order', 3, 'order_shipped', 1, '2024-03-01T10:00:02.5Z', NULL, 'corr-1', '1a2b3c4d-0000-4000-8000-000000000003', '{}', NULL);
INSERT INTO events VALUES ('1a2b3c4d-0000-4000-8000-000000000006', 'invoice-2024-7', 'invoice', 1, 'invoice_issued', 1, '2024-03-01T10:04:00Z', NULL, 'corr-1', '1a2b3c4d-0000-4000-8000-000000000005', '{"order": "order-1001"}', NULL);
INSERT INTO events VALUES ('1a2b3c4d-0000-4000-8000-000000000007', 'invoice-2024-7', 'invoice', 2, 'invoice_paid', 1, '2024-03-01T10:05:00Z', NULL, NULL, NULL, '{"paid": true}', '{"user-id": "bob"}');
