-- Known causation chains across streams (positions = rowid - 1):
--   checkout saga (correlation co-1): 1 CartCheckedOut → 2 OrderPlaced → 3 PaymentProcessed
--   → 4 MoneyWithdrawn and 3 → 6 OrderShipped (two hours later); 2 → 5 CustomerNotified;
--   7 AuditLogged shares the correlation but names no cause (correlation-only member).
--   8 names a cause no event has (dangling). 11 WithdrawalReversed reverses 10 by
--   original_event_id. 0 and 9 stand alone.
CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT NOT NULL, event_version INT NOT NULL,
  aggregate_id TEXT NOT NULL, aggregate_type TEXT NOT NULL, aggregate_version INT NOT NULL,
  event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT,
  UNIQUE(aggregate_id, aggregate_version));
INSERT INTO events VALUES
 ('e-cart','CartCreated',1,'cart-1','Cart',1,'{}','2024-03-01T10:00:00.000000Z','user-1','c-cart',NULL),
 ('e-checkout','CartCheckedOut',1,'cart-1','Cart',2,'{"orderId":"order-1"}','2024-03-01T10:05:00.000000Z','user-1','co-1',NULL),
 ('e-order','OrderPlaced',1,'order-1','Order',1,'{"total":12.5}','2024-03-01T10:05:00.001000Z','user-1','co-1','e-checkout'),
 ('e-pay','PaymentProcessed',1,'order-1','Order',2,'{"amount":12.5}','2024-03-01T10:05:00.003000Z','user-1','co-1','e-order'),
 ('e-withdraw','MoneyWithdrawn',1,'account-1','BankAccount',1,'{"amount":12.5}','2024-03-01T10:05:00.004500Z','user-1','co-1','e-pay'),
 ('e-notify','CustomerNotified',1,'notice-1','Notice',1,'{}','2024-03-01T10:05:00.010000Z','system','co-1','e-order'),
 ('e-ship','OrderShipped',1,'order-1','Order',3,'{"carrier":"DHL"}','2024-03-01T12:10:00.003000Z','system','co-1','e-pay'),
 ('e-audit','AuditLogged',1,'audit-1','Audit',1,'{}','2024-03-01T10:05:00.020000Z','system','co-1',NULL),
 ('e-dangle','MoneyDeposited',1,'account-1','BankAccount',2,'{"amount":3}','2024-03-01T13:00:00.000000Z','user-2','co-2','ghost-1'),
 ('e-enrolled','FamilyEnrolled',1,'family-1','Family',1,'{}','2024-03-01T14:00:00.000000Z','user-3','c-fam',NULL),
 ('e-withdrawn','FamilyWithdrawn',1,'family-1','Family',2,'{"reason":"moving"}','2024-03-02T09:00:00.000000Z','user-3','c-w',NULL),
 ('e-reversed','WithdrawalReversed',1,'family-1','Family',3,'{"original_event_id":"e-withdrawn","reason":"staying"}','2024-03-03T09:00:00.000000Z','user-001','c-r',NULL);
