-- Two accounts and a family for replay tests. account-1 has a schema-1 deposit (no
-- currency) that projections upcast; family-1's second event is where throws.js fails.
CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, event_version INT, aggregate_id TEXT,
  aggregate_type TEXT, aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT,
  correlation_id TEXT, causation_id TEXT);
INSERT INTO events VALUES
 ('a1','AccountOpened',1,'account-1','BankAccount',1,'{"owner":"Ada"}','2024-01-01T10:00:00Z','user-1','c1',NULL),
 ('f1','FamilyEnrolled',1,'family-1','Family',1,'{"name":"Lovelace"}','2024-01-01T10:00:01Z','user-2','c2',NULL),
 ('a2','MoneyDeposited',1,'account-1','BankAccount',2,'{"amount":10}','2024-01-02T10:00:00Z','user-1','c3',NULL),
 ('f2','ChildAdded',1,'family-1','Family',2,'{"child":{"name":"Bo"}}','2024-01-02T11:00:00Z','user-2','c4',NULL),
 ('a3','MoneyDeposited',2,'account-1','BankAccount',3,'{"amount":2.5,"currency":"USD"}','2024-01-03T10:00:00Z','user-3','c5',NULL),
 ('b1','AccountOpened',1,'account-2','BankAccount',1,'{"owner":"Bob","limits":{"daily":100}}','2024-01-03T12:00:00Z','user-4','c6',NULL),
 ('b2','LimitChanged',1,'account-2','BankAccount',2,'{"limits":{"weekly":500},"tags":["vip"]}','2024-01-04T12:00:00Z','user-4','c7',NULL),
 ('b3','LimitChanged',1,'account-2','BankAccount',3,'{"limits":{"daily":null},"tags":["gold"]}','2024-01-05T12:00:00Z','user-5','c8',NULL),
 ('b4','Garbled',1,'account-2','BankAccount',4,'{"limits":','2024-01-06T12:00:00Z','user-5','c9',NULL);
