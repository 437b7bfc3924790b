// BankAccount projection in the KurrentDB / EventStoreDB form: the same fold as
// sample.js#account. No upcasters in this form, so schema v1 is handled here: v1 payloads of
// AccountOpened / MoneyDeposited / MoneyWithdrawn have no `currency`, which means EUR.
fromCategory("account")
  .foreachStream()
  .when({
    $init: function () {
      return { accountId: null, owner: null, currency: null, balanceCents: 0, transactionCount: 0 };
    },
    AccountOpened: function (s, e) {
      const currency = e.body.currency !== undefined ? e.body.currency : "EUR"; // v1: EUR
      return { accountId: e.body.accountId, owner: e.body.owner, currency: currency,
               balanceCents: 0, transactionCount: 0 };
    },
    MoneyDeposited: transaction,
    MoneyWithdrawn: transaction,
  });

// The payload's currency (v2 only) is always the account's: the balance ignores it.
function transaction(s, e) {
  const amountCents = Math.round(e.body.amount * 100);
  s.balanceCents += e.eventType === "MoneyDeposited" ? amountCents : -amountCents;
  s.transactionCount += 1;
  return s;
}
