-- A tiny store in the seed schema with every timestamp form the index must read,
-- and two rows it cannot fully read (positions 6 and 7).
CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, event_version INT, aggregate_id TEXT,
  aggregate_type TEXT, aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id TEXT,
  correlation_id TEXT, causation_id TEXT, UNIQUE(aggregate_id, aggregate_version));
INSERT INTO events VALUES
 ('e-01','FamilyEnrolled',1,'family-1','Family',1,'{"name":"Ada"}','2024-01-15T14:00:00Z','user-1','c-1',NULL),
 ('e-02','AccountOpened',1,'account-1','BankAccount',1,'{"owner":"Ada"}','2024-01-15T16:00:00.250+02:00','user-1','c-1','e-01'),
 ('e-03','ChildAdded',1,'family-1','Family',2,'{"child":{"name":"Bo"}}','2024-01-15 14:00:01.5','user-2','c-2',NULL),
 ('e-04','MoneyDeposited',2,'account-1','BankAccount',2,'{"amount":12.5,"currency":"EUR"}',1705327202,'system','c-2','e-03'),
 ('e-05','MoneyDeposited',2,'account-1','BankAccount',3,'{"amount":1,"currency":"EUR"}',1705327203000,'system','c-3','missing-id'),
 ('e-06','PaymentDue',1,'family-1','Family',3,'{"amount":100}','2024-01-15T09:00:04-05:00',NULL,NULL,NULL),
 ('e-07','PaymentDue',1,'family-1','Family',4,'{"amount":100','yesterday','user-2',NULL,NULL),
 ('e-08','Unknown',1,'family-1','Family',5,'{}',NULL,'user-2',NULL,NULL);
