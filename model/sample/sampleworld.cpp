// SPDX-License-Identifier: MIT
#include "sample/sampleworld_p.h"

#include <algorithm>
#include <bit>

namespace Chronoscope::Sample {

namespace {

constexpr qint64 kTimelineDays = 366; // all of 2024
constexpr qint64 kProgressEvery = 16384;

constexpr std::string_view kAggregateTypes[] = { "Family", "BankAccount", "Cart", "Order", "Inventory" };
constexpr std::string_view kIdPrefixes[] = { "family-", "account-", "cart-", "order-", "inventory-" };

/// Relative activity per hour of day (UTC), per mille: quiet nights, busy mornings and
/// afternoons. With the day factors below the long-run mean is close to 1000.
constexpr int kHourIntensity[24] = { 60, 40, 30, 30, 40, 80, 250, 600, 1200, 2000, 2200, 2100, 1600, 1500, 1900, 2000,
    1800, 1400, 1000, 900, 800, 600, 300, 150 };

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
    // About 1.2 events per command: spread the commands over kTimelineDays.
    const qint64 commands = qMax<qint64>(1, options.events * 10 / 12);
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
    m_inventory.resize(Vocabulary::productCount());
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
    case Kind::Inventory:
        return m_inventory[index].head;
    case Kind::Order:
        break;
    }
    return m_orders[index].head;
}

std::string_view World::aggregateId(Kind kind, quint32 index)
{
    m_aggregateId.assign(kIdPrefixes[int(kind)]);
    if (kind == Kind::Inventory)
        Vocabulary::appendSku(m_aggregateId, index);
    else
        appendNumber(m_aggregateId, qint64(index) + 1, 6);
    return m_aggregateId;
}

UuidText World::append(Kind kind, quint32 index, std::string_view type, int schemaVersion, Command& command,
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

qint64 World::today() const
{
    return m_clock / kMicrosPerDay;
}

std::string& World::payload()
{
    m_payload.clear();
    return m_payload;
}

WorldResult runWorld(const WorldOptions& options, EventSink& sink, const std::function<bool(qint64)>& progress)
{
    World world(options, sink);
    return world.run(progress);
}

} // namespace Chronoscope::Sample
