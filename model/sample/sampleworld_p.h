// SPDX-License-Identifier: MIT
#pragma once

// Internal to the sample generator: the simulation's per-stream state and the World class,
// whose domain commands live in sampleworld.cpp and whose defect injection lives in
// sampleanomalies.cpp.

#include "sample/sampleworld.h"

#include <array>
#include <deque>
#include <optional>

namespace Chronoscope::Sample {

enum class Kind : quint8
{
    Family,
    Account,
    Cart,
    Order,
    Inventory ///< one stream per product: inventory-SKU-10000, …
};

constexpr quint16 kUserCount = 300; ///< user-001 … user-300; user-001 … user-005 are school staff
constexpr quint16 kSystemUser = kUserCount; ///< "system", the actor of automatic events

/// What every stream has: its last version and time, and whether an anomaly owns it.
struct Head
{
    qint64 version = 0;
    Micros lastTime = 0;
    bool victim = false; ///< carries an injected defect: no second one, no snapshot drift
    bool frozen = false; ///< gets no further events
};

struct Child
{
    quint16 firstName = 0;
    qint32 birthDay = 0; ///< days since 1970-01-01
};

/// Bounded per-stream state: the snapshots are computed from these, and memory stays
/// proportional to the number of streams, never to the number of events.
struct FamilyState
{
    Head head;
    quint16 user = 0;
    quint16 surname = 0;
    quint8 childCount = 0;
    bool withdrawn = false;
    bool reversible = false; ///< withdrawn and not yet reversed
    bool overdue = false;
    bool locked = false;
    quint32 invoices = 0;
    qint64 balanceDueCents = 0;
    std::array<Child, 4> children {};
    UuidText withdrawnEvent {};
};

struct AccountState
{
    Head head;
    quint16 user = 0;
    quint8 currency = 0;
    qint64 balanceCents = 0;
    qint64 transactions = 0;
};

struct CartLine
{
    quint16 product = 0;
    quint16 quantity = 0;
};

struct CartState
{
    Head head;
    quint32 account = 0;
    quint8 lineCount = 0;
    std::array<CartLine, 8> lines {};
};

struct OrderState
{
    Head head;
};

struct InventoryState
{
    Head head;
    qint64 reserved = 0; ///< total quantity reserved
    qint64 reservations = 0;
};

/// A paid order waiting to ship: the shipment continues the checkout's saga.
struct PendingShipment
{
    quint32 order = 0;
    Micros placed = 0;
    UuidText correlation {};
    UuidText payment {}; ///< the PaymentProcessed that causes OrderShipped
};

/// The events of one user action: one correlation id, one actor, causation chained.
struct Command
{
    UuidText correlation {};
    std::string_view user;
    UuidText previous {};
    int count = 0;
    Micros time = 0;
};

/// Deviations from a normal event, used only by anomaly injection.
struct Overrides
{
    qint64 version = 0; ///< 0: the stream's next version
    const UuidText* eventId = nullptr;
    std::optional<Micros> time;
};

class World
{
public:
    World(const WorldOptions& options, EventSink& sink);
    WorldResult run(const std::function<bool(qint64)>& progress);

private:
    struct Planned
    {
        std::string_view code;
        qint64 target = 0;
    };
    struct SnapshotCandidate
    {
        Kind kind = Kind::Account;
        quint32 index = 0;
        qint64 version = 0;
        qint64 position = 0;
        UuidText eventId {};
        std::string state;
    };

    // sampleworld.cpp: the run, time, emission
    void step();
    bool shouldCreate() const;
    void create();
    qint64 room() const { return m_options.events - m_emitted; }
    bool isV2() const { return m_emitted >= m_v2Start; }
    Micros nextGap();
    int intensityPerMille(Micros time) const;
    Command begin(std::string_view user);
    UuidText append(Kind kind, quint32 index, std::string_view type, int schemaVersion, Command& command,
        const UuidText* cause = nullptr, const Overrides& overrides = {});
    Head& head(Kind kind, quint32 index);
    std::string_view aggregateId(Kind kind, quint32 index);
    std::string_view userText(quint16 user) const { return m_userTexts[user]; }
    quint16 pickUser();
    quint16 pickStaff();
    qint64 today() const;
    std::string& payload();

    // sampledomains.cpp: one function per command
    void openAccount(bool school);
    void enrollFamily();
    void createCart();
    bool familyCommand();
    bool cartCommand();
    bool shipCommand();
    void accountCommand();
    void addChild(quint32 family, Command& command);
    void bill(quint32 family);
    bool pay(quint32 family);
    void markOverdue(quint32 family);
    void withdraw(quint32 family);
    void reverseWithdrawal(quint32 family);
    void addItem(quint32 cart);
    void removeItem(quint32 cart);
    bool checkout(quint32 cart);
    void closeCart(quint32 cart);
    void reserve(quint32 product, qint64 quantity, std::string_view orderId, Command& command, const UuidText& cause);
    /// Applies a deposit or withdrawal to the account and writes its payload into payload().
    void transactionPayload(quint32 account, qint64 cents, bool deposit, std::string_view reference);

    // sampleanomalies.cpp
    void planAnomalies();
    bool injectAnomaly(std::string_view code);
    /// A PortalLocked/PortalRestored payload that changes no state; its type goes to `type`.
    void neutralPortalPayload(quint32 family, std::string_view reason, std::string_view& type);
    std::optional<quint32> pickFamilyVictim();
    bool eligibleVictim(const Head& head) const;
    void record(std::string_view code, Kind kind, quint32 index, qint64 position, qint64 version,
        const UuidText& eventId, std::string detail);
    void snapshot(Kind kind, quint32 index, qint64 version, Micros time, const UuidText& eventId);
    std::string stateJson(Kind kind, quint32 index);
    bool finishDrift();

    WorldOptions m_options;
    EventSink& m_sink;
    Random m_random;
    bool m_failed = false;
    qint64 m_emitted = 0;
    qint64 m_streamCount = 0;
    qint64 m_streamTarget = 0;
    qint64 m_v2Start = 0;

    Micros m_clock = 0;
    Micros m_meanGap = 0;
    qint64 m_stormOdds = 0;
    qint64 m_stormLeft = 0;
    quint64 m_daySalt = 0;

    std::vector<FamilyState> m_families;
    std::vector<AccountState> m_accounts;
    std::vector<CartState> m_carts;
    std::vector<OrderState> m_orders;
    std::vector<quint32> m_activeCarts; ///< open carts still being filled, oldest first
    std::vector<InventoryState> m_inventory; ///< indexed by product; opened by its first reservation
    std::deque<PendingShipment> m_shipQueue; ///< paid orders, oldest first
    qint64 m_transactionSeq = 0;
    qint64 m_paymentSeq = 0;

    std::vector<std::string> m_userTexts;
    std::string m_payload;
    std::string m_aggregateId;
    TimestampFormatter m_formatter;

    std::vector<Planned> m_plan;
    size_t m_nextPlanned = 0;
    bool m_driftArmed = false;
    bool m_driftDone = false;
    std::deque<SnapshotCandidate> m_recentSnapshots;
    std::vector<AnomalyRecord> m_anomalies;
};

} // namespace Chronoscope::Sample
