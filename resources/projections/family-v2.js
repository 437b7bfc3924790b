// Family projection, "v2": a refactor of sample.js#family that shipped with a bug. Load it
// next to v1 to compare them: sample.js#family (A) vs family-v2.js#family (B).
//
// THE BUG (deliberate, for demos of "projection A vs B"): v2 moved the overdue rule into
// the helper `settleOverdue()` and calls it at the top of PaymentReceived, BEFORE the
// payment is subtracted. So the rule sees the balance as it was before the payment, which is
// always > 0 when a payment arrives, and a payment that clears the whole balance no longer
// clears `overdue`:
//   v1: balanceDueCents -= cents(amount); overdue = overdue && balanceDueCents > 0
//   v2: overdue = overdue && balanceDueCents > 0; balanceDueCents -= cents(amount)
// Where it parts from v1: at the first PaymentReceived that brings an overdue family's
// balance to 0. v2 then reports `overdue: true` with `balanceDueCents: 0` (typically next to
// the PortalRestored the same payment caused) until the next PaymentOverdue makes both
// agree again. Every other field, and every other event, folds exactly as in v1.

function cents(amount) {
  return Math.round(amount * 100);
}

// An overdue notice is settled once nothing is left to pay.
function settleOverdue(state) {
  state.overdue = state.overdue && state.balanceDueCents > 0;
}

function newFamily(familyId, familyName) {
  return { familyId: familyId, familyName: familyName, status: "active", children: [],
           balanceDueCents: 0, overdue: false, portalLocked: false };
}

projection({
  name: "family",
  aggregateType: "Family",
  init() {
    const state = newFamily(null, null);
    state.status = "new";
    return state;
  },
  when: {
    FamilyEnrolled(state, e) {
      return newFamily(e.data.familyId, e.data.familyName);
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
      settleOverdue(state); // BUG: runs before the payment is subtracted (see the top of the file)
      state.balanceDueCents -= cents(e.data.amount);
    },
    PortalLocked(state) { state.portalLocked = true; },
    PortalRestored(state) { state.portalLocked = false; },
    FamilyWithdrawn(state) { state.status = "withdrawn"; },
    WithdrawalReversed(state) { state.status = "active"; },
  },
});
