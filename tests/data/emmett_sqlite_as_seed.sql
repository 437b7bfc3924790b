-- The events of emmett_sqlite_store.sql in the seed layout, as Emmett's readStream() returns them.
-- Written by tests/fixtures/emmett-sqlite/make-fixture.mjs; the aggregate type is Emmett's stream type.
CREATE TABLE events(event_id TEXT, aggregate_id TEXT, aggregate_type TEXT, aggregate_version INTEGER,
  event_type TEXT, event_version INTEGER, event_timestamp TEXT, user_id TEXT, correlation_id TEXT,
  causation_id TEXT, event_data TEXT, metadata TEXT);
INSERT INTO events VALUES ('1af3871b-a047-4b6c-b8df-df5dab505fea', 'bank_account-1', 'bank_account', 1, 'AccountOpened', 1, '2026-12-03 14:59:12Z', NULL, 'c-1', 'cmd-1', '{"owner":"Ada","currency":"EUR"}', NULL);
INSERT INTO events VALUES ('458252f8-6121-45fe-a196-1f31dbc2d39c', 'bank_account-1', 'bank_account', 2, 'MoneyDeposited', 1, '2026-12-03 14:59:12Z', NULL, 'c-1', 'cmd-1', '{"amount":100}', NULL);
INSERT INTO events VALUES ('107b8533-7569-4542-9103-2c59e8c31d9c', 'shopping_cart-7', 'shopping_cart', 1, 'ProductItemAdded', 1, '2026-12-03 14:59:13Z', NULL, 'c-2', 'cmd-2', '{"sku":"tea","quantity":2}', NULL);
INSERT INTO events VALUES ('443cd6ca-36ce-4b3c-b036-275c74c93d37', 'bank_account-1', 'bank_account', 3, 'MoneyWithdrawn', 1, '2026-12-03 14:59:15Z', NULL, 'c-3', 'cmd-3', '{"amount":30.5}', NULL);
INSERT INTO events VALUES ('deeab134-2353-4bdf-afbb-46c993b8d899', 'shopping_cart-7', 'shopping_cart', 2, 'ProductItemAdded', 1, '2026-12-03 14:59:16Z', NULL, 'c-2', 'cmd-4', '{"sku":"cups","quantity":6}', NULL);
INSERT INTO events VALUES ('f09b5f4e-2228-4350-863b-a45484a4b3c3', 'shopping_cart-7', 'shopping_cart', 3, 'ShoppingCartConfirmed', 1, '2026-12-03 14:59:16Z', NULL, 'c-2', 'cmd-5', '{"confirmedAt":"2024-03-01T10:00:00Z"}', NULL);
INSERT INTO events VALUES ('c1667e27-7408-4694-890c-2197d8e83ca2', 'bank_account-2', 'bank_account', 1, 'AccountOpened', 1, '2026-12-03 14:59:17Z', NULL, 'c-4', NULL, '{"owner":"Grace","currency":"USD"}', NULL);
