// SPDX-License-Identifier: MIT
// Snapshots and --anomalies: where each known defect goes and how it is kept from causing
// any other finding (see docs/sample-store.md, "Anomalies").
#include "sample/sampleworld_p.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

namespace Chronoscope::Sample {

namespace {

constexpr std::string_view kCodes[] = { "version_gap", "duplicate_version", "duplicate_event_id", "timestamp_backwards",
    "dangling_causation", "malformed_payload", "snapshot_drift", "unhandled_event_type", "missing_compensated_event" };

constexpr size_t kRecentSnapshots = 16;

std::string number(qint64 value)
{
    return std::to_string(value);
}

/// Moves one money field of a snapshot state: the snapshot then disagrees with the events.
std::string drifted(const std::string& state, std::string& detail, qint64 version)
{
    auto json = nlohmann::ordered_json::parse(state);
    const char* field = json.contains("balanceCents") ? "balanceCents" : "balanceDueCents";
    const qint64 truth = json[field].get<qint64>();
    const qint64 stored = truth + (json.contains("balanceCents") ? 10000 : 5000);
    json[field] = stored;
    detail = "the snapshot at version " + number(version) + " stores " + field + " " + number(stored)
        + " but the events give " + number(truth);
    return json.dump();
}

} // namespace

void World::planAnomalies()
{
    std::vector<std::string_view> codes(std::begin(kCodes), std::end(kCodes));
    for (size_t i = codes.size() - 1; i > 0; --i)
        std::swap(codes[i], codes[m_random.below(i + 1)]);
    // Spread over the store: the i-th defect is due at (2i+1)/18 of the events.
    const auto count = qint64(codes.size());
    for (qint64 i = 0; i < count; ++i)
        m_plan.push_back({ codes[size_t(i)], m_options.events * (2 * i + 1) / (2 * count) });
}

bool World::eligibleVictim(const Head& stream) const
{
    // Versions away from multiples of 100 keep every defect off snapshot versions.
    const qint64 inCentury = stream.version % 100;
    return !stream.victim && !stream.frozen && inCentury >= 2 && inCentury <= 90;
}

std::optional<quint32> World::pickFamilyVictim()
{
    if (m_families.empty())
        return std::nullopt;
    // Prefer a mid-sized family (5 to 400 events); any eligible one is better than none.
    const quint64 start = m_random.below(m_families.size());
    std::optional<quint32> fallback;
    for (size_t i = 0; i < m_families.size(); ++i) {
        const auto index = quint32((start + i) % m_families.size());
        const FamilyState& family = m_families[index];
        if (family.withdrawn || !eligibleVictim(family.head))
            continue;
        if (family.head.version >= 5 && family.head.version <= 400)
            return index;
        if (!fallback)
            fallback = index;
    }
    return fallback;
}

void World::neutralPortalPayload(quint32 index, std::string_view reason, std::string_view& type)
{
    // Locking a locked portal (or restoring an open one) changes no state, so a projection
    // that skips, repeats or rejects this event still agrees with every later snapshot.
    JsonWriter json(payload());
    if (m_families[index].locked) {
        type = "PortalLocked";
        json.begin().string("reason", reason).date("lockedOn", today()).end();
    } else {
        type = "PortalRestored";
        json.begin().string("reason", reason).date("restoredOn", today()).end();
    }
}

bool World::injectAnomaly(std::string_view code)
{
    if (room() < 2)
        return false;
    const std::optional<quint32> victim = pickFamilyVictim();
    if (!victim)
        return false;
    const quint32 index = *victim;
    FamilyState& family = m_families[index];
    family.head.victim = true;
    const std::string streamId(aggregateId(Kind::Family, index));
    std::string_view type;
    Overrides overrides;

    if (code == "version_gap") {
        // The stream goes on from the skipped number: v, v+2, v+3, …
        Command command = begin(userText(pickStaff()));
        neutralPortalPayload(index, "access review", type);
        overrides.version = family.head.version + 2;
        const qint64 position = m_emitted;
        const UuidText id = append(Kind::Family, index, type, 1, command, nullptr, overrides);
        record(code, Kind::Family, index, position, overrides.version, id,
            streamId + " jumps from version " + number(overrides.version - 2) + " to " + number(overrides.version)
                + "; version " + number(overrides.version - 1) + " was never written");
        return true;
    }
    if (code == "duplicate_version") {
        // Two writers appended the same version; the stream goes on after it unshifted.
        Command first = begin(userText(pickStaff()));
        neutralPortalPayload(index, "access review", type);
        append(Kind::Family, index, type, 1, first);
        const qint64 firstPosition = m_emitted - 1;
        Command second = begin(userText(pickStaff()));
        neutralPortalPayload(index, "access review", type);
        overrides.version = family.head.version;
        const qint64 position = m_emitted;
        const UuidText id = append(Kind::Family, index, type, 1, second, nullptr, overrides);
        record(code, Kind::Family, index, position, overrides.version, id,
            "positions " + number(firstPosition) + " and " + number(position) + " both store " + streamId + " version "
                + number(overrides.version));
        return true;
    }

    // The remaining defects end their stream, so the offending event is its last one and
    // nothing later can depend on it.
    family.head.frozen = true;
    const qint64 position = m_emitted;
    const qint64 version = family.head.version + 1;
    UuidText id;
    if (code == "duplicate_event_id") {
        Command first = begin(userText(pickStaff()));
        neutralPortalPayload(index, "access review", type);
        const UuidText original = append(Kind::Family, index, type, 1, first);
        Command second = begin(userText(pickStaff()));
        neutralPortalPayload(index, "access review", type);
        overrides.eventId = &original;
        id = append(Kind::Family, index, type, 1, second, nullptr, overrides);
        record(code, Kind::Family, index, position + 1, version + 1, id,
            "event id " + std::string(view(id)) + " is used by positions " + number(position) + " and "
                + number(position + 1));
        return true;
    }
    std::string detail;
    Command command = begin(userText(pickStaff()));
    if (code == "timestamp_backwards") {
        neutralPortalPayload(index, "access review", type);
        const Micros previous = family.head.lastTime;
        const Micros back = m_random.between(90, 3 * 3600) * kMicrosPerSecond;
        overrides.time = previous - back;
        id = append(Kind::Family, index, type, 1, command, nullptr, overrides);
        detail = streamId + " version " + number(version) + " is dated "
            + std::string(m_formatter.format(previous - back)) + ", " + number(back / kMicrosPerSecond)
            + " s before version " + number(version - 1);
    } else if (code == "dangling_causation") {
        const UuidText ghost = randomUuid(m_random);
        neutralPortalPayload(index, "access review", type);
        id = append(Kind::Family, index, type, 1, command, &ghost);
        detail = "causation_id " + std::string(view(ghost)) + " names no event in the store";
    } else if (code == "malformed_payload") {
        neutralPortalPayload(index, "access review", type);
        const size_t full = m_payload.size();
        m_payload.resize(full * 2 / 3);
        id = append(Kind::Family, index, type, 1, command);
        detail = "event_data is cut after " + number(qint64(full * 2 / 3)) + " of " + number(qint64(full))
            + " bytes and is not valid JSON";
    } else if (code == "unhandled_event_type") {
        JsonWriter json(payload());
        json.begin().string("familyId", streamId).openString("nickname");
        m_payload += "The ";
        m_payload += Vocabulary::surname(family.surname);
        m_payload += 's';
        json.closeString().end();
        id = append(Kind::Family, index, "FamilyNicknameSet", 1, command);
        detail = "event type FamilyNicknameSet is not handled by any projection";
    } else if (code == "missing_compensated_event") {
        // The family is active, so reversing "a withdrawal" changes no state.
        const UuidText ghost = randomUuid(m_random);
        JsonWriter(payload())
            .begin()
            .string("original_event_id", view(ghost))
            .string("reason", "withdrawn in error")
            .end();
        id = append(Kind::Family, index, "WithdrawalReversed", 1, command);
        detail
            = "WithdrawalReversed names original_event_id " + std::string(view(ghost)) + ", which is not in the store";
    } else {
        return false;
    }
    record(code, Kind::Family, index, position, version, id, std::move(detail));
    return true;
}

void World::record(std::string_view code, Kind kind, quint32 index, qint64 position, qint64 version,
    const UuidText& eventId, std::string detail)
{
    AnomalyRecord& anomaly = m_anomalies.emplace_back();
    anomaly.code = code;
    anomaly.position = position;
    anomaly.streamId = aggregateId(kind, index);
    anomaly.version = version;
    anomaly.eventId = view(eventId);
    anomaly.detail = std::move(detail);
}

std::string World::stateJson(Kind kind, quint32 index)
{
    // Key order and field names are documented in docs/sample-store.md: JavaScript
    // projections must reproduce these states exactly.
    nlohmann::ordered_json state;
    if (kind == Kind::Family) {
        const FamilyState& family = m_families[index];
        const std::string_view surname = Vocabulary::surname(family.surname);
        state["familyId"] = aggregateId(kind, index);
        state["familyName"] = surname;
        state["status"] = family.withdrawn ? "withdrawn" : "active";
        state["children"] = nlohmann::ordered_json::array();
        for (quint8 i = 0; i < family.childCount; ++i) {
            std::string name(Vocabulary::firstName(family.children[i].firstName));
            name += ' ';
            name += surname;
            std::string birthDate;
            appendDate(birthDate, family.children[i].birthDay);
            state["children"].push_back({ { "name", name }, { "birthDate", birthDate } });
        }
        state["balanceDueCents"] = family.balanceDueCents;
        state["overdue"] = family.overdue;
        state["portalLocked"] = family.locked;
    } else if (kind == Kind::Inventory) {
        const InventoryState& inventory = m_inventory[index];
        std::string sku;
        Vocabulary::appendSku(sku, index);
        state["sku"] = sku;
        state["reserved"] = inventory.reserved;
        state["reservations"] = inventory.reservations;
    } else {
        const AccountState& account = m_accounts[index];
        state["accountId"] = aggregateId(kind, index);
        state["owner"] = userText(account.user);
        state["currency"] = Vocabulary::currency(account.currency);
        state["balanceCents"] = account.balanceCents;
        state["transactionCount"] = account.transactions;
    }
    return state.dump();
}

void World::snapshot(Kind kind, quint32 index, qint64 version, Micros time, const UuidText& eventId)
{
    // Carts check out by their 18th event and orders have three, so only families, accounts
    // and inventories ever reach version 100.
    if (kind == Kind::Cart || kind == Kind::Order)
        return;
    Head& stream = head(kind, index);
    std::string state = stateJson(kind, index);
    const bool mayDrift = kind != Kind::Inventory && !stream.victim; // drift moves money
    if (mayDrift && m_driftArmed && !m_driftDone) {
        std::string detail;
        state = drifted(state, detail, version);
        stream.victim = true;
        m_driftDone = true;
        record("snapshot_drift", kind, index, m_emitted - 1, version, eventId, std::move(detail));
        m_anomalies.back().snapshotVersion = version;
    } else if (mayDrift && m_options.anomalies) {
        m_recentSnapshots.push_back({ kind, index, version, m_emitted - 1, eventId, state });
        if (m_recentSnapshots.size() > kRecentSnapshots)
            m_recentSnapshots.pop_front();
    }
    const std::string streamId(aggregateId(kind, index));
    const std::string_view type = kind == Kind::Family ? "Family" : kind == Kind::Account ? "BankAccount" : "Inventory";
    if (!m_sink.writeSnapshot(streamId, type, version, state, time))
        m_failed = true;
}

bool World::finishDrift()
{
    // The planned moment passed with no snapshot after it: drift the latest snapshot of a
    // stream that carries no other defect.
    for (auto it = m_recentSnapshots.rbegin(); it != m_recentSnapshots.rend(); ++it) {
        Head& stream = head(it->kind, it->index);
        if (stream.victim)
            continue;
        std::string detail;
        const std::string state = drifted(it->state, detail, it->version);
        const std::string streamId(aggregateId(it->kind, it->index));
        if (!m_sink.replaceSnapshot(streamId, it->version, state)) {
            m_failed = true;
            return false;
        }
        stream.victim = true;
        m_driftDone = true;
        record("snapshot_drift", it->kind, it->index, it->position, it->version, it->eventId, std::move(detail));
        m_anomalies.back().snapshotVersion = it->version;
        return true;
    }
    return false;
}

} // namespace Chronoscope::Sample
