// Test projection for the audit fixtures (tests/data/audit_*.sql): counts and sums the
// `amount` of Added events per Ledger stream; throws on Explode events.
projection({
    name: "ledger",
    aggregateType: "Ledger",
    init() { return { count: 0, total: 0 }; },
    when: {
        Added(state, event) {
            state.count += 1;
            state.total += event.data.amount;
        },
        Explode(state, event) {
            throw new Error("cannot explode " + event.data.what); // line 13
        },
    },
});
