// SPDX-License-Identifier: MIT
// The five domains of the sample store: each function is one user or system command and
// writes its events through World::append (see docs/sample-store.md, "Domains").
#include "sample/sampleworld_p.h"

#include <algorithm>

namespace Chronoscope::Sample {

namespace {

constexpr quint32 kMaxActiveCarts = 48; ///< older open carts are abandoned
constexpr qint64 kCartEventCap = 18; ///< a cart this long checks out, so carts stay small

template<size_t N> std::string_view pick(Random& random, const std::string_view (&words)[N])
{
    return words[random.below(N)];
}

constexpr std::string_view kFeeDescriptions[]
    = { "Tuition", "Meals", "School trip", "Books and materials", "After-school club" };
constexpr std::string_view kPaymentMethods[] = { "card", "bank transfer", "direct debit" };
constexpr std::string_view kWithdrawalReasons[]
    = { "relocation", "changed school", "financial reasons", "home schooling" };
constexpr std::string_view kDepositReferences[] = { "salary", "transfer in", "refund", "cash deposit", "interest" };
constexpr std::string_view kWithdrawalReferences[]
    = { "card payment", "rent", "transfer out", "cash withdrawal", "utilities" };
constexpr std::string_view kChannels[] = { "web", "app", "store" };
constexpr std::string_view kCarriers[] = { "DHL", "UPS", "PostNL", "DPD" };

} // namespace

quint16 World::pickUser()
{
    return quint16(1 + m_random.skewed(kUserCount - 1));
}

quint16 World::pickStaff()
{
    return quint16(m_random.below(5));
}

void World::openAccount(bool school)
{
    const auto index = quint32(m_accounts.size());
    AccountState& account = m_accounts.emplace_back();
    ++m_streamCount;
    const bool v2 = isV2();
    account.user = school ? 0 : pickUser();
    if (!school && v2 && m_random.chance(250))
        account.currency = quint8(1 + m_random.below(Vocabulary::currencyCount() - 1));
    Command command = begin(userText(account.user));
    JsonWriter json(payload());
    json.begin().string("accountId", aggregateId(Kind::Account, index)).string("owner", userText(account.user));
    json.openString("holderName");
    if (school) {
        m_payload += "Riverside School fees";
    } else {
        m_payload += Vocabulary::firstName(quint32(m_random.below(Vocabulary::firstNameCount())));
        m_payload += ' ';
        m_payload += Vocabulary::surname(quint32(m_random.below(Vocabulary::surnameCount())));
    }
    json.closeString().date("openedOn", today());
    if (v2)
        json.string("currency", Vocabulary::currency(account.currency));
    json.end();
    append(Kind::Account, index, "AccountOpened", v2 ? 2 : 1, command);
}

void World::enrollFamily()
{
    const auto index = quint32(m_families.size());
    FamilyState& family = m_families.emplace_back();
    ++m_streamCount;
    family.user = pickUser();
    family.surname = quint16(m_random.below(Vocabulary::surnameCount()));
    const qint64 children = qMin<qint64>(m_random.between(1, 3), room() - 1);
    Command command = begin(userText(family.user));
    const std::string_view surname = Vocabulary::surname(family.surname);
    JsonWriter json(payload());
    json.begin().string("familyId", aggregateId(Kind::Family, index)).string("familyName", surname);
    json.openString("email");
    for (const char c : surname)
        m_payload.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    m_payload.push_back('.');
    appendNumber(m_payload, qint64(index) + 1, 6);
    m_payload += "@example.org";
    json.closeString().date("enrolledOn", today()).end();
    append(Kind::Family, index, "FamilyEnrolled", 1, command);
    for (qint64 i = 0; i < children; ++i)
        addChild(index, command);
}

void World::addChild(quint32 index, Command& command)
{
    FamilyState& family = m_families[index];
    Child& child = family.children[family.childCount++];
    child.firstName = quint16(m_random.below(Vocabulary::firstNameCount()));
    child.birthDay = qint32(daysFromCivil(2007, 9, 1) + qint64(m_random.below(12 * 365)));
    int year, month, day;
    civilFromDays(child.birthDay, year, month, day);
    JsonWriter json(payload());
    json.begin().openString("childId");
    m_payload += "child-";
    appendNumber(m_payload, qint64(index) + 1, 6);
    m_payload.push_back('-');
    appendNumber(m_payload, family.childCount);
    json.closeString().openString("name");
    m_payload += Vocabulary::firstName(child.firstName);
    m_payload.push_back(' ');
    m_payload += Vocabulary::surname(family.surname);
    json.closeString().date("birthDate", child.birthDay).number("grade", std::clamp(2024 - year - 5, 1, 12)).end();
    append(Kind::Family, index, "ChildAdded", 1, command);
}

bool World::familyCommand()
{
    if (m_families.empty())
        return false;
    const auto index = quint32(m_random.below(m_families.size()));
    FamilyState& family = m_families[index];
    if (family.head.frozen)
        return false;
    if (family.withdrawn) {
        if (!family.reversible || !m_random.chance(150))
            return false;
        reverseWithdrawal(index);
        return true;
    }
    const quint64 dice = m_random.below(100);
    if (dice < 3 && family.childCount < family.children.size()) {
        Command command = begin(userText(family.user));
        addChild(index, command);
        return true;
    }
    if (dice >= 40 && dice < 75 && pay(index))
        return true;
    if (dice >= 75 && dice < 90 && family.balanceDueCents > 0 && !family.overdue) {
        markOverdue(index);
        return true;
    }
    if (dice == 90 && family.balanceDueCents == 0 && !family.locked) {
        withdraw(index);
        return true;
    }
    // Bills keep coming; a family that owes a lot pays first.
    if (family.balanceDueCents > 300000 && pay(index))
        return true;
    bill(index);
    return true;
}

void World::bill(quint32 index)
{
    FamilyState& family = m_families[index];
    const qint64 cents = m_random.between(240, 1900) * 50;
    family.balanceDueCents += cents;
    ++family.invoices;
    Command command = begin(userText(kSystemUser));
    JsonWriter json(payload());
    json.begin().openString("invoiceId");
    m_payload += "inv-";
    appendNumber(m_payload, qint64(index) + 1, 6);
    m_payload.push_back('-');
    appendNumber(m_payload, family.invoices, 4);
    json.closeString().money("amount", cents).date("dueDate", today() + 14);
    json.string("description", pick(m_random, kFeeDescriptions)).end();
    append(Kind::Family, index, "PaymentDue", 1, command);
}

bool World::pay(quint32 index)
{
    FamilyState& family = m_families[index];
    if (family.balanceDueCents <= 0)
        return false;
    qint64 cents = family.balanceDueCents;
    if (!m_random.chance(700)) // a partial payment, whole euros
        cents = qMax<qint64>(qMin<qint64>(cents, 1000), cents / 200 * 100);
    const bool restores = family.locked && cents == family.balanceDueCents;
    if (room() < (restores ? 3 : 2))
        return false;
    family.balanceDueCents -= cents;
    if (family.balanceDueCents == 0)
        family.overdue = false;
    Command command = begin(userText(family.user));
    JsonWriter json(payload());
    json.begin().openString("paymentId");
    m_payload += "pay-";
    appendNumber(m_payload, ++m_paymentSeq, 8);
    json.closeString().money("amount", cents).string("method", pick(m_random, kPaymentMethods));
    json.date("receivedOn", today()).string("accountId", "account-000001").end();
    const UuidText received = append(Kind::Family, index, "PaymentReceived", 1, command);

    std::string reference = "fees ";
    reference += aggregateId(Kind::Family, index);
    transactionPayload(0, cents, true, reference);
    append(Kind::Account, 0, "MoneyDeposited", isV2() ? 2 : 1, command, &received);

    if (restores) {
        family.locked = false;
        JsonWriter(payload()).begin().string("reason", "payment received").date("restoredOn", today()).end();
        append(Kind::Family, index, "PortalRestored", 1, command, &received);
    }
    return true;
}

void World::markOverdue(quint32 index)
{
    FamilyState& family = m_families[index];
    const bool locks = !family.locked && room() >= 2;
    family.overdue = true;
    Command command = begin(userText(kSystemUser));
    JsonWriter json(payload());
    json.begin().openString("invoiceId");
    m_payload += "inv-";
    appendNumber(m_payload, qint64(index) + 1, 6);
    m_payload.push_back('-');
    appendNumber(m_payload, family.invoices, 4);
    json.closeString().money("amountDue", family.balanceDueCents).number("daysOverdue", m_random.between(1, 45)).end();
    append(Kind::Family, index, "PaymentOverdue", 1, command);
    if (locks) {
        family.locked = true;
        JsonWriter(payload()).begin().string("reason", "payment overdue").date("lockedOn", today()).end();
        append(Kind::Family, index, "PortalLocked", 1, command);
    }
}

void World::withdraw(quint32 index)
{
    FamilyState& family = m_families[index];
    family.withdrawn = true;
    family.reversible = true;
    Command command = begin(userText(family.user));
    JsonWriter(payload())
        .begin()
        .string("reason", pick(m_random, kWithdrawalReasons))
        .date("effectiveDate", today() + m_random.between(0, 30))
        .end();
    family.withdrawnEvent = append(Kind::Family, index, "FamilyWithdrawn", 1, command);
}

void World::reverseWithdrawal(quint32 index)
{
    FamilyState& family = m_families[index];
    family.withdrawn = false;
    family.reversible = false;
    Command command = begin(userText(pickStaff()));
    JsonWriter(payload())
        .begin()
        .string("original_event_id", view(family.withdrawnEvent))
        .string("reason", "withdrawn in error")
        .end();
    append(Kind::Family, index, "WithdrawalReversed", 1, command);
}

void World::transactionPayload(quint32 index, qint64 cents, bool deposit, std::string_view reference)
{
    AccountState& account = m_accounts[index];
    account.balanceCents += deposit ? cents : -cents;
    ++account.transactions;
    JsonWriter json(payload());
    json.begin().openString("transactionId");
    m_payload += "txn-";
    appendNumber(m_payload, ++m_transactionSeq, 10);
    json.closeString().money("amount", cents);
    if (isV2())
        json.string("currency", Vocabulary::currency(account.currency));
    json.string("reference", reference).end();
}

void World::accountCommand()
{
    const auto index = quint32(m_random.skewed(m_accounts.size()));
    const AccountState& account = m_accounts[index];
    const qint64 cents = m_random.between(500, 25000) << m_random.below(4);
    const bool deposit = account.balanceCents < cents || m_random.chance(550);
    Command command = begin(userText(account.user));
    transactionPayload(
        index, cents, deposit, deposit ? pick(m_random, kDepositReferences) : pick(m_random, kWithdrawalReferences));
    append(Kind::Account, index, deposit ? "MoneyDeposited" : "MoneyWithdrawn", isV2() ? 2 : 1, command);
}

void World::createCart()
{
    if (m_accounts.size() < 2) {
        openAccount(false);
        return;
    }
    const auto index = quint32(m_carts.size());
    CartState& cart = m_carts.emplace_back();
    ++m_streamCount;
    cart.account = quint32(1 + m_random.skewed(m_accounts.size() - 1));
    const std::string_view customer = userText(m_accounts[cart.account].user);
    Command command = begin(customer);
    JsonWriter json(payload());
    json.begin().string("cartId", aggregateId(Kind::Cart, index)).string("customerId", customer);
    json.string("accountId", aggregateId(Kind::Account, cart.account)).string("channel", pick(m_random, kChannels));
    json.end();
    append(Kind::Cart, index, "CartCreated", 1, command);
    if (m_random.chance(200)) // a visitor who leaves at once: a one-event stream
        return;
    m_activeCarts.push_back(index);
    if (m_activeCarts.size() > kMaxActiveCarts)
        m_activeCarts.erase(m_activeCarts.begin());
}

bool World::cartCommand()
{
    if (m_activeCarts.empty())
        return false;
    const quint32 index = m_activeCarts[m_random.below(m_activeCarts.size())];
    const CartState& cart = m_carts[index];
    if (cart.lineCount == 0) {
        addItem(index);
        return true;
    }
    if (cart.head.version >= kCartEventCap)
        return checkout(index);
    const quint64 dice = m_random.below(100);
    if (dice < 55 && cart.lineCount < cart.lines.size()) {
        addItem(index);
        return true;
    }
    if (dice < 70) {
        removeItem(index);
        return true;
    }
    if (dice < 96)
        return checkout(index);
    closeCart(index); // abandoned: no event, the cart just stays open forever
    return false;
}

void World::closeCart(quint32 index)
{
    m_activeCarts.erase(std::find(m_activeCarts.begin(), m_activeCarts.end(), index));
}

void World::addItem(quint32 index)
{
    CartState& cart = m_carts[index];
    const auto product = quint16(m_random.skewed(Vocabulary::productCount()));
    const auto quantity = quint16(m_random.between(1, 3));
    CartLine* line = std::find_if(cart.lines.begin(), cart.lines.begin() + cart.lineCount,
        [&](const CartLine& l) { return l.product == product; });
    if (line == cart.lines.begin() + cart.lineCount) {
        *line = CartLine { product, 0 };
        ++cart.lineCount;
    }
    line->quantity += quantity;
    Command command = begin(userText(m_accounts[cart.account].user));
    JsonWriter json(payload());
    json.begin().openString("sku");
    Vocabulary::appendSku(m_payload, product);
    json.closeString().openString("name");
    Vocabulary::appendProductName(m_payload, product);
    json.closeString().number("quantity", quantity).money("price", Vocabulary::productPriceCents(product)).end();
    append(Kind::Cart, index, "ItemAdded", 1, command);
}

void World::removeItem(quint32 index)
{
    CartState& cart = m_carts[index];
    const auto at = m_random.below(cart.lineCount);
    CartLine& line = cart.lines[at];
    const quint16 product = line.product;
    const auto quantity = quint16(m_random.between(1, line.quantity));
    line.quantity -= quantity;
    if (line.quantity == 0) {
        std::copy(cart.lines.begin() + at + 1, cart.lines.begin() + cart.lineCount, cart.lines.begin() + at);
        --cart.lineCount;
    }
    Command command = begin(userText(m_accounts[cart.account].user));
    JsonWriter json(payload());
    json.begin().openString("sku");
    Vocabulary::appendSku(m_payload, product);
    json.closeString().number("quantity", quantity).end();
    append(Kind::Cart, index, "ItemRemoved", 1, command);
}

bool World::checkout(quint32 index)
{
    // The checkout saga, one correlation across four aggregate types: CartCheckedOut →
    // OrderPlaced → PaymentProcessed → MoneyWithdrawn, each caused by the one before; then
    // one InventoryReserved per order line, caused by OrderPlaced; hours later OrderShipped
    // (shipCommand), caused by PaymentProcessed.
    const CartState& cart = m_carts[index];
    if (room() < 4 + cart.lineCount)
        return false;
    closeCart(index);
    const auto orderIndex = quint32(m_orders.size());
    m_orders.emplace_back();
    ++m_streamCount;
    const AccountState& account = m_accounts[cart.account];
    qint64 total = 0;
    qint64 itemCount = 0;
    for (quint8 i = 0; i < cart.lineCount; ++i) {
        total += cart.lines[i].quantity * Vocabulary::productPriceCents(cart.lines[i].product);
        itemCount += cart.lines[i].quantity;
    }
    const std::string_view customer = userText(account.user);
    const std::string_view currency = Vocabulary::currency(account.currency);
    const std::string orderId(aggregateId(Kind::Order, orderIndex));
    Command command = begin(customer);

    JsonWriter(payload()).begin().string("orderId", orderId).number("itemCount", itemCount).money("total", total).end();
    append(Kind::Cart, index, "CartCheckedOut", 1, command);

    JsonWriter json(payload());
    json.begin().string("orderId", orderId).string("cartId", aggregateId(Kind::Cart, index));
    json.string("customerId", customer).beginArray("items");
    for (quint8 i = 0; i < cart.lineCount; ++i) {
        json.beginObject().openString("sku");
        Vocabulary::appendSku(m_payload, cart.lines[i].product);
        json.closeString().number("quantity", cart.lines[i].quantity);
        json.money("price", Vocabulary::productPriceCents(cart.lines[i].product)).end();
    }
    json.endArray().money("total", total).string("currency", currency).end();
    const UuidText placed = append(Kind::Order, orderIndex, "OrderPlaced", 1, command);

    JsonWriter paid(payload());
    paid.begin().openString("paymentId");
    m_payload += "pay-";
    appendNumber(m_payload, ++m_paymentSeq, 8);
    paid.closeString().string("accountId", aggregateId(Kind::Account, cart.account)).money("amount", total);
    paid.string("currency", currency).string("method", "account").end();
    const UuidText payment = append(Kind::Order, orderIndex, "PaymentProcessed", 1, command);

    const std::string reference = "order " + orderId;
    transactionPayload(cart.account, total, false, reference);
    append(Kind::Account, cart.account, "MoneyWithdrawn", isV2() ? 2 : 1, command);

    // The inventory service picks the order up a few milliseconds to a second later.
    if (m_stormLeft == 0) {
        command.time += m_random.between(2000, 900000);
        m_clock = qMax(m_clock, command.time);
    }
    for (quint8 i = 0; i < cart.lineCount; ++i)
        reserve(cart.lines[i].product, cart.lines[i].quantity, orderId, command, placed);
    m_shipQueue.push_back({ orderIndex, command.time, command.correlation, payment });
    return true;
}

void World::reserve(quint32 product, qint64 quantity, std::string_view orderId, Command& command, const UuidText& cause)
{
    InventoryState& inventory = m_inventory[product];
    if (inventory.head.version == 0)
        ++m_streamCount; // a product's stream opens with its first reservation
    inventory.reserved += quantity;
    ++inventory.reservations;
    JsonWriter json(payload());
    json.begin().openString("sku");
    Vocabulary::appendSku(m_payload, product);
    json.closeString().string("orderId", orderId).number("quantity", quantity).date("reservedOn", today()).end();
    append(Kind::Inventory, product, "InventoryReserved", 1, command, &cause);
}

bool World::shipCommand()
{
    if (m_shipQueue.empty() || m_clock < m_shipQueue.front().placed + 2 * 3600 * kMicrosPerSecond)
        return false;
    const PendingShipment shipment = m_shipQueue.front();
    m_shipQueue.pop_front();
    // A system action, but the last step of the checkout's saga: same correlation, caused
    // by the payment.
    Command command = begin(userText(kSystemUser));
    command.correlation = shipment.correlation;
    JsonWriter json(payload());
    json.begin().string("carrier", pick(m_random, kCarriers)).openString("trackingNumber");
    m_payload += "TRK";
    appendNumber(m_payload, qint64(m_random.below(10000000000ULL)), 10);
    json.closeString().date("shippedOn", today()).end();
    append(Kind::Order, shipment.order, "OrderShipped", 1, command, &shipment.payment);
    return true;
}

} // namespace Chronoscope::Sample
