// Cart projection in the KurrentDB / EventStoreDB form: the same fold as sample.js#cart.
fromCategory("cart")
  .foreachStream()
  .when({
    $init: function () {
      return { cartId: null, customerId: null, status: "new", items: [] };
    },
    CartCreated: function (s, e) {
      return { cartId: e.body.cartId, customerId: e.body.customerId, status: "open", items: [] };
    },
    ItemAdded: function (s, e) {
      for (let i = 0; i < s.items.length; i++) {
        if (s.items[i].sku === e.body.sku) {
          s.items[i].quantity += e.body.quantity;
          return s;
        }
      }
      s.items.push({ sku: e.body.sku, quantity: e.body.quantity, unitPriceCents: Math.round(e.body.price * 100) });
      return s;
    },
    ItemRemoved: function (s, e) {
      for (let i = 0; i < s.items.length; i++) {
        if (s.items[i].sku === e.body.sku) {
          s.items[i].quantity -= e.body.quantity;
          if (s.items[i].quantity <= 0)
            s.items.splice(i, 1);
          break;
        }
      }
      return s;
    },
    CartCheckedOut: function (s, e) {
      s.status = "checkedOut";
      return s;
    },
  });
