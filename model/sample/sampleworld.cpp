// SPDX-License-Identifier: MIT
#include "sample/sampleworld_p.h"

#include <algorithm>
#include <bit>

namespace Chronoscope::Sample {

namespace {

constexpr quint16 kUserCount = 300; ///< user-001 … user-300; user-001 … user-005 are school staff
constexpr quint16 kSystemUser = kUserCount; ///< "system", the actor of automatic events
constexpr quint32 kMaxActiveCarts = 48; ///< older open carts are abandoned
constexpr qint64 kCartEventCap = 18; ///< a cart this long checks out, so carts stay small
constexpr qint64 kTimelineDays = 182;
constexpr qint64 kProgressEvery = 16384;

constexpr std::string_view kAggregateTypes[] = { "Family", "BankAccount", "Cart", "Order" };
constexpr std::string_view kIdPrefixes[] = { "family-", "account-", "cart-", "order-" };

/// Relative activity per hour of day (UTC), per mille: quiet nights, busy mornings and
/// afternoons. With the day factors below the long-run mean is close to 1000.
constexpr int kHourIntensity[24] = { 60, 40, 30, 30, 40, 80, 250, 600, 1200, 2000, 2200, 2100, 1600, 1500, 1900, 2000,
    1800, 1400, 1000, 900, 800, 600, 300, 150 };

template<size_t N>
std::string_view pick(Random& random, const std::string_view (&words)[N])
{
    return words[random.below(N)];
}

constexpr std::string_view kFeeDescriptions[] = { "Tuition", "Meals", "School trip", "Books and materials",
    "After-school club" };
constexpr std::string_view kPaymentMethods[] = { "card", "bank transfer", "direct debit" };
constexpr std::string_view kWithdrawalReasons[] = { "relocation", "changed school", "financial reasons",
    "home schooling" };
constexpr std::string_view kDepositReferences[] = { "salary", "transfer in", "refund", "cash deposit", "interest" };
constexpr std::string_view kWithdrawalReferences[] = { "card payment", "rent", "transfer out", "cash withdrawal",
    "utilities" };
constexpr std::string_view kChannels[] = { "web", "app", "store" };
constexpr std::string_view kCarriers[] = { "DHL", "UPS", "PostNL", "DPD" };

} // namespace

World::World(const WorldOptions& options, EventSink& sink)
    : m_options(options)
    , m_sink(sink)
    , m_random(options.seed)
{
    m_streamTarget = std::clamp<qint64>(options.streams, 1, qMax<qint64>(1, options.events / kMinimumEventsPerStream));
    // Schema v2 of MoneyDeposited/MoneyWithdrawn/AccountOpened starts 60% into the store.
    m_v2Start = options.events * 3 / 5;
    m_clock = daysFromCivil(2024, 1, 1) * kMicrosPerDay + 7 * 3600 * kMicrosPerSecond;
    // About 1.4 events per command: spread the commands over kTimelineDays.
    const qint64 commands = qMax<qint64>(1, options.events * 10 / 14);
    m_meanGap = qMin<Micros>(kTimelineDays * kMicrosPerDay / commands, 30 * kMicrosPerDay);
    m_stormOdds = qMax<qint64>(4000, commands / 30);
    m_daySalt = m_random.next();

    m_userTexts.reserve(kUserCount + 1);
    for (int i = 1; i <= kUserCount; ++i) {
        std::string text = "user-";
        appendNumber(text, i, 3);
        m_userTexts.push_back(std::move(text));
    }
    m_userTexts.emplace_back("system");
    m_payload.reserve(1024);
}

WorldResult World::run(const std::function<bool(qint64)>& progress)
{
    WorldResult result;
    if (m_options.anomalies)
        planAnomalies();
    qint64 nextProgress = kProgressEvery;
    while (m_emitted < m_options.events && !m_failed) {
        step();
        if (m_emitted >= nextProgress) {
            nextProgress += kProgressEvery;
            if (progress && !progress(m_emitted)) {
                result.outcome = WorldResult::Outcome::Cancelled;
                return result;
            }
        }
    }
    if (!m_failed && m_options.anomalies) {
        if (m_nextPlanned < m_plan.size()) {
            result.outcome = WorldResult::Outcome::AnomaliesIncomplete;
            result.missingAnomaly = m_plan[m_nextPlanned].code;
        } else if (!m_driftDone && !finishDrift()) {
            result.outcome = WorldResult::Outcome::AnomaliesIncomplete;
            result.missingAnomaly = "snapshot_drift";
        }
    }
    if (m_failed)
        result.outcome = WorldResult::Outcome::SinkFailed;
    result.eventsWritten = m_emitted;
    result.streamsWritten = m_streamCount;
    std::sort(m_anomalies.begin(), m_anomalies.end(),
        [](const AnomalyRecord& a, const AnomalyRecord& b) { return a.position < b.position; });
    result.anomalies = std::move(m_anomalies);
    return result;
}

void World::step()
{
    if (m_nextPlanned < m_plan.size() && m_emitted >= m_plan[m_nextPlanned].target) {
        const std::string_view code = m_plan[m_nextPlanned].code;
        if (code == "snapshot_drift") {
            m_driftArmed = true;
            ++m_nextPlanned;
        } else if (injectAnomaly(code)) {
            ++m_nextPlanned;
            return;
        } else if (room() >= 4) {
            // No family can take it (a store with very few streams): enroll one for it.
            enrollFamily();
            return;
        }
    }
    if (shouldCreate()) {
        create();
        return;
    }
    const quint64 dice = m_random.below(100);
    bool done = false;
    if (dice < 30)
        done = familyCommand();
    else if (dice < 55)
        done = cartCommand();
    else if (dice < 63)
        done = shipCommand();
    if (!done)
        accountCommand();
}

bool World::shouldCreate() const
{
    if (m_streamCount == 0)
        return true;
    // Streams are opened at a steady rate so that about m_streamTarget exist at the end.
    __extension__ typedef __int128 Wide;
    return Wide(m_streamCount) * m_options.events < Wide(m_streamTarget) * (m_emitted + 1);
}

void World::create()
{
    if (m_accounts.empty()) {
        openAccount(true);
    } else if (m_accounts.size() < 2) {
        openAccount(false);
    } else if (m_families.empty()) {
        enrollFamily();
    } else {
        const quint64 dice = m_random.below(100);
        if (dice < 30)
            enrollFamily();
        else if (dice < 45)
            openAccount(false);
        else
            createCart();
    }
}

int World::intensityPerMille(Micros time) const
{
    const qint64 day = time / kMicrosPerDay;
    int value = kHourIntensity[(time % kMicrosPerDay) / (3600 * kMicrosPerSecond)];
    if ((day + 3) % 7 >= 5) // 1970-01-01 was a Thursday: 5 and 6 are Saturday and Sunday
        value = value * 55 / 100;
    int year, month, dayOfMonth;
    civilFromDays(day, year, month, dayOfMonth);
    if (dayOfMonth <= 3) // fees and salaries arrive at the start of the month
        value = value * 8 / 5;
    quint64 hash = (quint64(day) ^ m_daySalt) * 0x9e3779b97f4a7c15ULL;
    hash ^= hash >> 29;
    if (hash % 10 == 0) // one day in ten is unusually busy
        value = value * 5 / 2;
    return qMax(value, 1);
}

Micros World::nextGap()
{
    if (m_stormLeft > 0) {
        // A storm: a retry loop or batch import writes many commands within one millisecond.
        --m_stormLeft;
        const Micros millisecondEnd = m_clock - m_clock % 1000 + 999;
        return qMin<Micros>(Micros(m_random.below(3)), millisecondEnd - m_clock);
    }
    if (m_random.below(quint64(m_stormOdds)) == 0)
        m_stormLeft = m_random.between(30, 250);
    // An exponential-like gap without floating point: a geometric number of whole units
    // (trailing zero bits) plus a uniform fraction, mean 1.5 units. It is measured in busy
    // time and spent hour by hour at that hour's intensity (an inhomogeneous Poisson process
    // by time change), so quiet nights stretch gaps and busy mornings compress them.
    const int whole = qMin(std::countr_zero(m_random.next() | (quint64(1) << 24)), 24);
    const quint64 units = quint64(whole) * 65536 + m_random.below(65536);
    Micros busy = Micros(quint64(m_meanGap) * units / 98304);
    constexpr Micros kHour = 3600 * kMicrosPerSecond;
    Micros time = m_clock;
    for (;;) {
        const Micros hourEnd = time - time % kHour + kHour;
        const int intensity = intensityPerMille(time);
        const Micros capacity = (hourEnd - time) * intensity / 1000;
        if (busy < capacity)
            return time + busy * 1000 / intensity - m_clock;
        busy -= capacity;
        time = hourEnd;
    }
}

Command World::begin(std::string_view user)
{
    Command command;
    command.correlation = randomUuid(m_random);
    command.user = user;
    m_clock += nextGap();
    command.time = m_clock;
    return command;
}

Head& World::head(Kind kind, quint32 index)
{
    switch (kind) {
    case Kind::Family:
        return m_families[index].head;
    case Kind::Account:
        return m_accounts[index].head;
    case Kind::Cart:
        return m_carts[index].head;
    case Kind::Order:
        break;
    }
    return m_orders[index].head;
}

std::string_view World::aggregateId(Kind kind, quint32 index)
{
    m_aggregateId.assign(kIdPrefixes[int(kind)]);
    appendNumber(m_aggregateId, qint64(index) + 1, 6);
    return m_aggregateId;
}

UuidText World::emit(Kind kind, quint32 index, std::string_view type, int schemaVersion, Command& command,
    const UuidText* cause, const Overrides& overrides)
{
    Head& stream = head(kind, index);
    const qint64 version = overrides.version ? overrides.version : stream.version + 1;
    stream.version = qMax(stream.version, version);
    Micros time = command.time;
    if (overrides.time) {
        time = *overrides.time;
    } else if (command.count > 0) {
        // Later events of a command come from other services, a little later.
        if (m_stormLeft > 0)
            command.time += qMin<Micros>(Micros(m_random.below(2)), 999 - command.time % 1000);
        else
            command.time += m_random.between(150, 2500);
        m_clock = qMax(m_clock, command.time);
        time = command.time;
    }
    const UuidText id = overrides.eventId ? *overrides.eventId : randomUuid(m_random);

    EventRecord record;
    record.eventId = view(id);
    record.eventType = type;
    record.schemaVersion = schemaVersion;
    record.aggregateId = aggregateId(kind, index);
    record.aggregateType = kAggregateTypes[int(kind)];
    record.version = version;
    record.payload = m_payload;
    record.timestamp = time;
    record.userId = command.user;
    record.correlationId = view(command.correlation);
    if (cause)
        record.causationId = view(*cause);
    else if (command.count > 0)
        record.causationId = view(command.previous);
    if (!m_sink.writeEvent(record))
        m_failed = true;

    stream.lastTime = time;
    command.previous = id;
    ++command.count;
    ++m_emitted;
    if (version % 100 == 0)
        snapshot(kind, index, version, time, id);
    return id;
}

quint16 World::pickUser() { return quint16(1 + m_random.skewed(kUserCount - 1)); }
quint16 World::pickStaff() { return quint16(m_random.below(5)); }
qint64 World::today() const { return m_clock / kMicrosPerDay; }

std::string& World::payload()
{
    m_payload.clear();
    return m_payload;
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
    emit(Kind::Account, index, "AccountOpened", v2 ? 2 : 1, command);
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
    emit(Kind::Family, index, "FamilyEnrolled", 1, command);
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
    emit(Kind::Family, index, "ChildAdded", 1, command);
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
    emit(Kind::Family, index, "PaymentDue", 1, command);
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
    const UuidText received = emit(Kind::Family, index, "PaymentReceived", 1, command);

    std::string reference = "fees ";
    reference += aggregateId(Kind::Family, index);
    transactionPayload(0, cents, true, reference);
    emit(Kind::Account, 0, "MoneyDeposited", isV2() ? 2 : 1, command, &received);

    if (restores) {
        family.locked = false;
        JsonWriter(payload()).begin().string("reason", "payment received").date("restoredOn", today()).end();
        emit(Kind::Family, index, "PortalRestored", 1, command, &received);
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
    emit(Kind::Family, index, "PaymentOverdue", 1, command);
    if (locks) {
        family.locked = true;
        JsonWriter(payload()).begin().string("reason", "payment overdue").date("lockedOn", today()).end();
        emit(Kind::Family, index, "PortalLocked", 1, command);
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
    family.withdrawnEvent = emit(Kind::Family, index, "FamilyWithdrawn", 1, command);
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
    emit(Kind::Family, index, "WithdrawalReversed", 1, command);
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
    transactionPayload(index, cents, deposit,
        deposit ? pick(m_random, kDepositReferences) : pick(m_random, kWithdrawalReferences));
    emit(Kind::Account, index, deposit ? "MoneyDeposited" : "MoneyWithdrawn", isV2() ? 2 : 1, command);
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
    emit(Kind::Cart, index, "CartCreated", 1, command);
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
    emit(Kind::Cart, index, "ItemAdded", 1, command);
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
    emit(Kind::Cart, index, "ItemRemoved", 1, command);
}

bool World::checkout(quint32 index)
{
    // CartCheckedOut → OrderPlaced → PaymentProcessed → MoneyWithdrawn: one correlation,
    // three aggregate types, each event caused by the one before.
    if (room() < 4)
        return false;
    closeCart(index);
    const CartState& cart = m_carts[index];
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
    emit(Kind::Cart, index, "CartCheckedOut", 1, command);

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
    emit(Kind::Order, orderIndex, "OrderPlaced", 1, command);

    JsonWriter paid(payload());
    paid.begin().openString("paymentId");
    m_payload += "pay-";
    appendNumber(m_payload, ++m_paymentSeq, 8);
    paid.closeString().string("accountId", aggregateId(Kind::Account, cart.account)).money("amount", total);
    paid.string("currency", currency).string("method", "account").end();
    emit(Kind::Order, orderIndex, "PaymentProcessed", 1, command);

    const std::string reference = "order " + orderId;
    transactionPayload(cart.account, total, false, reference);
    emit(Kind::Account, cart.account, "MoneyWithdrawn", isV2() ? 2 : 1, command);
    m_shipQueue.emplace_back(orderIndex, command.time);
    return true;
}

bool World::shipCommand()
{
    if (m_shipQueue.empty() || m_clock < m_shipQueue.front().second + 2 * 3600 * kMicrosPerSecond)
        return false;
    const quint32 index = m_shipQueue.front().first;
    m_shipQueue.pop_front();
    Command command = begin(userText(kSystemUser));
    JsonWriter json(payload());
    json.begin().string("carrier", pick(m_random, kCarriers)).openString("trackingNumber");
    m_payload += "TRK";
    appendNumber(m_payload, qint64(m_random.below(10000000000ULL)), 10);
    json.closeString().date("shippedOn", today()).end();
    emit(Kind::Order, index, "OrderShipped", 1, command);
    return true;
}

WorldResult runWorld(const WorldOptions& options, EventSink& sink, const std::function<bool(qint64)>& progress)
{
    World world(options, sink);
    return world.run(progress);
}

} // namespace Chronoscope::Sample
