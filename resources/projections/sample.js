// Projections for the sample store (`chronoscope sample`), native form.
//
// One projection per aggregate type. Each folds a stream into exactly the state the sample
// generator writes into `snapshots.snapshot_data` (docs/sample-store.md, "Snapshot states"):
// same keys, same key order, same values, money as integer cents. So
//   JSON.stringify(state after version v) === snapshot_data of (stream, v)
// for every stored snapshot of a clean store.
//
// Load with e.g.
//   chronoscope state STORE --stream family-000001 --projection resources/projections/sample.js#family
//
// ES2016 plus arrow functions, let/const, template strings and Object.assign only
// (no object spread, no optional chaining, no nullish coalescing): see docs/projections.md.

// Payload money is a JSON number with two decimals (947.50); states keep integer cents.
// amount * 100 may come out a hair off (0.29 * 100 === 28.999999999999996); Math.round
// brings it back to the exact integer for every amount below 2^53 / 100.
function cents(amount) {
  return Math.round(amount * 100);
}

// Schema v1 of AccountOpened, MoneyDeposited and MoneyWithdrawn has no `currency`: it is EUR.
// The upcaster rewrites the payload in place into the v2 shape, with `currency` in its v2
// place (after `openedOn` for AccountOpened, before `reference` for the money events), so the
// inspector's upcast payload looks like a real v2 one. The engine then raises
// schemaVersion to 2.
function addEur(e) {
  const d = e.data;
  if (d && typeof d === "object" && d.currency === undefined) {
    if (Object.prototype.hasOwnProperty.call(d, "reference")) {
      const reference = d.reference;
      delete d.reference;
      d.currency = "EUR";
      d.reference = reference;
    } else {
      d.currency = "EUR";
    }
  }
  return e;
}

projection({
  name: "family",
  aggregateType: "Family",
  init() {
    return { familyId: null, familyName: null, status: "new", children: [],
             balanceDueCents: 0, overdue: false, portalLocked: false };
  },
  when: {
    FamilyEnrolled(state, e) {
      return { familyId: e.data.familyId, familyName: e.data.familyName, status: "active", children: [],
               balanceDueCents: 0, overdue: false, portalLocked: false };
    },
    ChildAdded(state, e) {
      state.children.push({ name: e.data.name, birthDate: e.data.birthDate });
    },
    PaymentDue(state, e) {
      state.balanceDueCents += cents(e.data.amount);
    },
    PaymentOverdue(state) {
      state.overdue = true;
    },
    PaymentReceived(state, e) {
      state.balanceDueCents -= cents(e.data.amount);
      state.overdue = state.overdue && state.balanceDueCents > 0;
    },
    PortalLocked(state) { state.portalLocked = true; },
    PortalRestored(state) { state.portalLocked = false; },
    FamilyWithdrawn(state) { state.status = "withdrawn"; },
    WithdrawalReversed(state) { state.status = "active"; },
  },
});

projection({
  name: "account",
  aggregateType: "BankAccount",
  init() {
    return { accountId: null, owner: null, currency: null, balanceCents: 0, transactionCount: 0 };
  },
  upcast: {
    AccountOpened: { 1: addEur },
    MoneyDeposited: { 1: addEur },
    MoneyWithdrawn: { 1: addEur },
  },
  when: {
    // Handlers see schema v2 only: v1 events were upcast above.
    AccountOpened(state, e) {
      return { accountId: e.data.accountId, owner: e.data.owner, currency: e.data.currency,
               balanceCents: 0, transactionCount: 0 };
    },
    MoneyDeposited(state, e) {
      state.balanceCents += cents(e.data.amount);
      state.transactionCount += 1;
    },
    MoneyWithdrawn(state, e) {
      state.balanceCents -= cents(e.data.amount); // may go below zero (an order overdraws)
      state.transactionCount += 1;
    },
  },
});

projection({
  name: "cart",
  aggregateType: "Cart",
  init() {
    return { cartId: null, customerId: null, status: "new", items: [] };
  },
  when: {
    CartCreated(state, e) {
      return { cartId: e.data.cartId, customerId: e.data.customerId, status: "open", items: [] };
    },
    ItemAdded(state, e) {
      const line = state.items.find(l => l.sku === e.data.sku);
      if (line)
        line.quantity += e.data.quantity;
      else
        state.items.push({ sku: e.data.sku, quantity: e.data.quantity, unitPriceCents: cents(e.data.price) });
    },
    ItemRemoved(state, e) {
      const at = state.items.findIndex(l => l.sku === e.data.sku);
      if (at < 0)
        return;
      state.items[at].quantity -= e.data.quantity;
      if (state.items[at].quantity <= 0)
        state.items.splice(at, 1);
    },
    CartCheckedOut(state) {
      state.status = "checkedOut";
    },
  },
});

projection({
  name: "order",
  aggregateType: "Order",
  init() {
    return { orderId: null, cartId: null, customerId: null, status: "new", itemCount: 0,
             totalCents: 0, currency: null, trackingNumber: null };
  },
  when: {
    OrderPlaced(state, e) {
      return {
        orderId: e.data.orderId,
        cartId: e.data.cartId,
        customerId: e.data.customerId,
        status: "placed",
        itemCount: e.data.items.reduce((n, item) => n + item.quantity, 0),
        totalCents: cents(e.data.total),
        currency: e.data.currency,
        trackingNumber: null,
      };
    },
    PaymentProcessed(state) {
      state.status = "paid";
    },
    OrderShipped(state, e) {
      state.status = "shipped";
      state.trackingNumber = e.data.trackingNumber;
    },
  },
});

projection({
  name: "inventory",
  aggregateType: "Inventory",
  init() {
    return { sku: null, reserved: 0, reservations: 0 };
  },
  when: {
    // A product's stream starts with its first reservation: no creation event.
    InventoryReserved(state, e) {
      state.sku = e.data.sku;
      state.reserved += e.data.quantity;
      state.reservations += 1;
    },
  },
});
