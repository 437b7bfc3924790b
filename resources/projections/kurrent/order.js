// Order projection in the KurrentDB / EventStoreDB form: the same fold as sample.js#order.
fromCategory("order")
  .foreachStream()
  .when({
    $init: function () {
      return { orderId: null, cartId: null, customerId: null, status: "new", itemCount: 0,
               totalCents: 0, currency: null, trackingNumber: null };
    },
    OrderPlaced: function (s, e) {
      let itemCount = 0;
      for (let i = 0; i < e.body.items.length; i++)
        itemCount += e.body.items[i].quantity;
      return {
        orderId: e.body.orderId,
        cartId: e.body.cartId,
        customerId: e.body.customerId,
        status: "placed",
        itemCount: itemCount,
        totalCents: Math.round(e.body.total * 100),
        currency: e.body.currency,
        trackingNumber: null,
      };
    },
    PaymentProcessed: function (s, e) {
      s.status = "paid";
      return s;
    },
    OrderShipped: function (s, e) {
      s.status = "shipped";
      s.trackingNumber = e.body.trackingNumber;
      return s;
    },
  });
