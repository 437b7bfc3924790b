// SPDX-License-Identifier: MIT
#pragma once

#include "eventstore.h"
#include "postgresconninfo.h"
#include "postgreshandles.h"
#include "postgresschema.h"

#include <QMutex>

#include <optional>

namespace Chronoscope {

/// A PostgreSQL event store, read through libpq on one connection (see docs/postgresql.md).
///
/// Never writes: the session starts with `default_transaction_read_only=on` (set last in
/// the startup options, so nothing the user passes can turn it off) and
/// `SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY`, and open() refuses a session
/// whose `transaction_read_only` is not on. Every statement runs under `statement_timeout`.
/// scan() is keyset paging on the position column, each page streamed as
/// `COPY (SELECT … WHERE pos > $after ORDER BY pos LIMIT n) TO STDOUT (FORMAT binary)`.
///
/// Use from one thread at a time (EventStore); interrupt() from any thread.
class PostgresStore final : public EventStore
{
public:
    /// Statement timeout of the session unless the spec's `options` set another.
    static constexpr int kDefaultStatementTimeoutMs = 30'000;

    static Expected<std::unique_ptr<PostgresStore>, StoreError> open(const QString& spec);
    ~PostgresStore() override;

    QString source() const override { return m_source; }
    QString identity() const override { return m_source; }
    const StoreMapping& mapping() const override { return m_schema->mapping(); }

    Expected<qint64, StoreError> lastRowId() override;
    Expected<qint64, StoreError> scan(qint64 afterRowId, qint64 limit, RowSink& sink) override;
    Expected<qint64, StoreError> scanWithPayloads(qint64 afterRowId, qint64 limit, RowSink& sink) override;
    Expected<Event, StoreError> readEvent(qint64 rowId) override;
    /// One query per batch (`WHERE position = ANY($1)`), not one per event.
    Expected<std::vector<Event>, StoreError> readEvents(std::span<const qint64> rowIds) override;
    Expected<qint64, StoreError> rowIdOfEvent(std::string_view eventId) override;
    bool hasSnapshots() const override { return m_schema->hasSnapshots(); }
    Expected<std::vector<StoredSnapshot>, StoreError> snapshots(const QString& streamId) override;
    Expected<std::unique_ptr<EventStore>, StoreError> clone() const override;
    void interrupt() override;
    /// Without an index on the position column every keyset page would scan and sort the
    /// whole table (Emmett's global_position has none): then one streamed COPY reads it all.
    bool prefersOneScan() const override { return !m_schema->positionIndexed(); }
    /// Notifications when the table has the trigger of docs/live-follow.md, else polling
    /// its last position (LastRowIdWatch); each on a connection of its own.
    Expected<StoreWatchPtr, StoreError> watch() const override;

    /// Whether the mapped table has the enabled trigger `chronoscope_notify_append`.
    Expected<bool, StoreError> hasNotifyTrigger();
    /// `LISTEN chronoscope_append` on this connection (allowed in a read-only session).
    std::optional<StoreError> listen();
    /// Reads what the server has sent without waiting: true when a notification named this
    /// store's table. A lost connection is reopened (and LISTENs again) once: true then,
    /// since notifications may have been missed; an error when that fails too.
    Expected<bool, StoreError> takeNotifications();

    /// A setting of this store's session as the server reports it (`current_setting`), so
    /// that tests and bug reports can show it is read-only: e.g. "default_transaction_read_only".
    Expected<QString, StoreError> setting(const QByteArray& name);

    /// The position column events are ordered by (resolved when opening).
    QString positionColumn() const { return m_schema->positionColumn(); }
    const PostgresSchema& schema() const { return *m_schema; }

private:
    PostgresStore() = default;
    /// The mapping the spec names (a preset or a file) checked against the catalogue, or
    /// the one detected from it (in the `?table=` table when given).
    Expected<StoreMapping, StoreError> resolveMapping() const;

    std::optional<StoreError> connect();
    std::optional<StoreError> ensureConnected();
    StoreError error(StoreErrorCode code, const QString& reason, const QString& detail = {}) const;
    StoreError connectionError() const;
    Event eventAt(const PGresult* result, int row) const; ///< a readEventSql()-shaped row
    StoreError queryError(const PGresult* result, const QString& what) const;
    Postgres::Result exec(const QByteArray& sql, std::initializer_list<QByteArray> parameters = {});
    Expected<qint64, StoreError> copyRows(qint64 afterRowId, qint64 limit, RowSink& sink, bool withPayload);
    void stopCopy(bool cancel);

    QString m_spec; ///< as given, kept to reconnect (clone): may hold a password, never shown
    QString m_source; ///< displayUrl(): no password
    PostgresConnInfo m_info;
    std::optional<PostgresSchema> m_schema;
    Postgres::Connection m_connection;
    mutable QMutex m_cancelMutex; ///< interrupt() may race a reconnect that replaces m_cancel
    Postgres::Cancel m_cancel;
    bool m_readEventPrepared = false;
    QByteArray m_qualifiedTable; ///< "schema.table" as the trigger's notification names it
};

} // namespace Chronoscope
