-- The filter language's corner cases, one row each (position = rowid - 1): numbers that
-- are text, booleans, null, arrays, metadata, malformed JSON, NULL ids.
CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, aggregate_type TEXT,
  aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT,
  metadata TEXT);
INSERT INTO events VALUES
 ('e0','PaymentDue',1,'family-1','Family',1,'{"amount":500.00,"lines":[{"sku":"A"}]}','2024-10-01T08:00:00Z','system','c0',NULL,'{"tenant":"eu"}'),
 ('e1','PaymentDue',1,'family-1','Family',2,'{"amount":"900"}','2024-10-02T08:00:00Z','system','c1',NULL,'{"tenant":"us"}'),
 ('e2','PaymentOverdue',1,'family-2','Family',1,'{"amountDue":450.5,"flag":true}','2024-10-03T08:00:00Z','system','c1','e1',NULL),
 ('e3','PaymentOverdue',1,'family-12','Family',1,'{"amountDue":120,"flag":false,"note":null}','2024-10-04T08:00:00Z','system','c3',NULL,'{"tenant":"eu"}'),
 ('e4','MoneyDeposited',2,'account-1','BankAccount',1,'{"amount":401,"currency":"GBP"}','2024-10-05T08:00:00Z','user-001','c4',NULL,'not json'),
 ('e5','MoneyDeposited',1,'account-1','BankAccount',2,'{"amount":999','2024-10-06T08:00:00Z','user-002','c4','e4','{"tenant":"eu"}'),
 ('e6','ItemAdded',1,'cart-1','Cart',1,'{"lines":[{"sku":"B"},{"sku":"A"}]}','2024-10-07T08:00:00Z','user-001','c6',NULL,'{}');
