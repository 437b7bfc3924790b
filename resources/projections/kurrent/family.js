// Family projection in the KurrentDB / EventStoreDB form: the same fold as
// sample.js#family (state = snapshots.snapshot_data of the sample store), written the way
// one would run it on KurrentDB. Money is kept in integer cents: Math.round(amount * 100).
fromCategory("family")
  .foreachStream()
  .when({
    $init: function () {
      return { familyId: null, familyName: null, status: "new", children: [],
               balanceDueCents: 0, overdue: false, portalLocked: false };
    },
    FamilyEnrolled: function (s, e) {
      return { familyId: e.body.familyId, familyName: e.body.familyName, status: "active", children: [],
               balanceDueCents: 0, overdue: false, portalLocked: false };
    },
    ChildAdded: function (s, e) {
      s.children.push({ name: e.body.name, birthDate: e.body.birthDate });
      return s;
    },
    PaymentDue: function (s, e) {
      s.balanceDueCents += Math.round(e.body.amount * 100);
      return s;
    },
    PaymentOverdue: function (s, e) {
      s.overdue = true;
      return s;
    },
    PaymentReceived: function (s, e) {
      s.balanceDueCents -= Math.round(e.body.amount * 100);
      s.overdue = s.overdue && s.balanceDueCents > 0;
      return s;
    },
    PortalLocked: portal,
    PortalRestored: portal,
    FamilyWithdrawn: membership,
    WithdrawalReversed: membership,
  });

function portal(s, e) {
  s.portalLocked = e.eventType === "PortalLocked";
  return s;
}

function membership(s, e) {
  s.status = e.eventType === "FamilyWithdrawn" ? "withdrawn" : "active";
  return s;
}
