// Inventory projection in the KurrentDB / EventStoreDB form: the same fold as
// sample.js#inventory. A product's stream (inventory-SKU-10000) starts with its first
// reservation.
fromCategory("inventory")
  .foreachStream()
  .when({
    $init: function () {
      return { sku: null, reserved: 0, reservations: 0 };
    },
    InventoryReserved: function (s, e) {
      s.sku = e.body.sku;
      s.reserved += e.body.quantity;
      s.reservations += 1;
      return s;
    },
  });
