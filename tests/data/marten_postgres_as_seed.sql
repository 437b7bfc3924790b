-- The events of marten_postgres_store.sql (Guid streams, two tenants) that the marten preset keeps: tenant '*DEFAULT*',
-- not archived, in seq_id order; aggregate_type is mt_streams.type of the stream (NULL stays NULL),
-- event_data and metadata (= headers) as PostgreSQL prints the jsonb, event_timestamp in UTC.
-- Written by the query in tests/fixtures/README.md ("Marten") run on marten_postgres_store.sql.
CREATE TABLE events(event_id TEXT, aggregate_id TEXT, aggregate_type TEXT, aggregate_version INTEGER,
  event_type TEXT, event_version INTEGER, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, event_data TEXT, metadata TEXT);
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000003', '9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b', 'customer', 1, 'customer_registered', 1, '2024-03-01T09:59:00Z', NULL, 'corr-1', 'cmd-1', '{"name": "Ada Lovelace", "email": "ada@example.org"}', '{"source": "web", "user-id": "ada"}');
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000004', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'order', 1, 'order_placed', 1, '2024-03-01T10:00:00.123456Z', NULL, 'corr-1', '0f1e2d3c-0000-4000-8000-000000000003', '{"lines": [{"sku": "tea", "quantity": 2}], "total": 42.5, "customer": "9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b"}', '{"user-id": "ada"}');
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000005', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'order', 2, 'payment_received', 1, '2024-03-01T10:00:01Z', NULL, 'corr-1', '0f1e2d3c-0000-4000-8000-000000000004', '{"paid": 42.5, "method": "card"}', '{"user-id": "ada"}');
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-000000000007', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'order', 3, 'order_shipped', 1, '2024-03-01T10:00:02.5Z', NULL, 'corr-1', '0f1e2d3c-0000-4000-8000-000000000005', '{}', NULL);
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-00000000000a', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 'invoice', 1, 'invoice_issued', 1, '2024-03-01T10:04:00Z', NULL, 'corr-1', '0f1e2d3c-0000-4000-8000-000000000007', '{"order": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "amount": 42.5}', NULL);
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-00000000000b', '5b0f5c1e-2c59-4a3b-9d8e-0d6f1a2b3c4d', 'invoice', 2, 'invoice_paid', 1, '2024-03-01T10:05:00.000042Z', NULL, NULL, NULL, '{"paid": true}', NULL);
INSERT INTO events VALUES ('0f1e2d3c-0000-4000-8000-00000000000c', '9b2f4a51-0c3d-5e6f-8a1b-2c3d4e5f6a7b', 'customer', 2, 'customer_email_changed', 1, '2024-03-01T10:06:00Z', NULL, 'corr-2', 'cmd-2', '{"email": "ada@example.com"}', '{"reason": "typo", "user-id": "ada"}');
