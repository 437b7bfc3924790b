// The same account projection, KurrentDB style.
fromCategory("account")
    .foreachStream()
    .when({
        $init: function () { return { opened: false, balance: 0, currencies: [] }; },
        AccountOpened: function (s, e) { s.opened = true; s.owner = e.body.owner; s.by = e.userId; },
        MoneyDeposited: function (s, e) {
            s.balance += e.body.amount;
            s.currencies.push(e.body.currency || "EUR");
        },
    })
    .outputState();
