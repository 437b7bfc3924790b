// Test projection over tests/data/seed_small.sql: returns new states, upcasts v1 deposits.
projection({
    name: "account",
    aggregateType: "BankAccount",
    init() { return { opened: false, balance: 0, currencies: [] }; },
    when: {
        AccountOpened(state, event) {
            return Object.assign({}, state, { opened: true, owner: event.data.owner, by: event.userId });
        },
        MoneyDeposited(state, event) {
            return Object.assign({}, state, {
                balance: state.balance + event.data.amount,
                currencies: state.currencies.concat([event.data.currency]),
            });
        },
    },
    upcast: { MoneyDeposited: { 1: e => { e.data.currency = "EUR"; return e; } } },
});
projection({
    name: "family",
    aggregateType: "Family",
    when: {
        FamilyEnrolled(state, event) { state.name = event.data.name; },
        ChildAdded(state, event) { (state.children = state.children || []).push(event.data.child.name); },
    },
});
