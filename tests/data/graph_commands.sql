-- Causation ids naming commands, as Emmett's stores do: most dangle and are shared.
--   cmd-1 → 0, 1, 2;  cmd-2 → 3, 4;  cmd-3 → 5, which causes 6 by event id;  cmd-4 → 7, 8.
CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT NOT NULL, event_version INT NOT NULL,
  aggregate_id TEXT NOT NULL, aggregate_type TEXT NOT NULL, aggregate_version INT NOT NULL,
  event_data TEXT, event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT,
  UNIQUE(aggregate_id, aggregate_version));
INSERT INTO events VALUES
 ('ev-0','CartCreated',1,'cart-1','Cart',1,'{}','2024-03-01T10:00:00.000000Z','u','k-1','cmd-1'),
 ('ev-1','ItemAdded',1,'cart-1','Cart',2,'{}','2024-03-01T10:00:00.000400Z','u','k-1','cmd-1'),
 ('ev-2','StockReserved',1,'stock-1','Stock',1,'{}','2024-03-01T10:00:00.000900Z','u','k-1','cmd-1'),
 ('ev-3','ItemAdded',1,'cart-1','Cart',3,'{}','2024-03-01T10:01:00.000000Z','u','k-2','cmd-2'),
 ('ev-4','StockReserved',1,'stock-1','Stock',2,'{}','2024-03-01T10:01:00.000500Z','u','k-2','cmd-2'),
 ('ev-5','CartCheckedOut',1,'cart-1','Cart',4,'{}','2024-03-01T10:02:00.000000Z','u','k-3','cmd-3'),
 ('ev-6','OrderPlaced',1,'order-1','Order',1,'{}','2024-03-01T10:02:00.002000Z','u','k-3','ev-5'),
 ('ev-7','ItemRemoved',1,'cart-2','Cart',1,'{}','2024-03-01T10:03:00.000000Z','u','k-4','cmd-4'),
 ('ev-8','StockReleased',1,'stock-1','Stock',3,'{}','2024-03-01T10:03:00.000200Z','u','k-4','cmd-4');
