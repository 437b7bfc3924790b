// SPDX-License-Identifier: MIT
#include "eventstore.h"

#include "lastrowidwatch.h"
#include "sqlitestore.h"

#include "index/timestampparser.h"

namespace Chronoscope {

TimeUs parseTimestamp(const RawValue& value)
{
    switch (value.kind) {
    case RawValue::Kind::Integer:
        return TimestampParser::parseEpoch(value.integer);
    case RawValue::Kind::Real:
        return TimestampParser::parseEpoch(value.real);
    case RawValue::Kind::Text:
        return TimestampParser::parseText(value.text);
    case RawValue::Kind::Null:
        break;
    }
    return kInvalidTime;
}

std::string_view aggregateTypeFromStreamId(std::string_view streamId)
{
    const std::size_t separator = streamId.find_first_of("-_:");
    return separator == std::string_view::npos || separator == 0 ? streamId : streamId.substr(0, separator);
}

namespace {

// Adds each row's payload, read by id, for stores without a query that returns both.
class PayloadReadingSink final : public RowSink
{
public:
    PayloadReadingSink(EventStore& store, RowSink& sink)
        : m_store(store)
        , m_sink(sink)
    { }
    bool row(const RawEventRow& row) override
    {
        auto event = m_store.readEvent(row.rowId);
        if (!event) {
            m_error = event.error();
            return false;
        }
        m_data = event->data.toStdString();
        m_metadata = event->metadata.toStdString();
        RawEventRow withPayload = row;
        withPayload.data = m_data;
        withPayload.metadata = m_metadata;
        return m_sink.row(withPayload);
    }
    std::optional<StoreError> error() const { return m_error; }

private:
    EventStore& m_store;
    RowSink& m_sink;
    std::string m_data;
    std::string m_metadata;
    std::optional<StoreError> m_error;
};

} // namespace

Expected<qint64, StoreError> EventStore::scanWithPayloads(qint64 afterRowId, qint64 limit, RowSink& sink)
{
    PayloadReadingSink reading(*this, sink);
    const auto delivered = scan(afterRowId, limit, reading);
    if (const auto error = reading.error())
        return *error;
    return delivered;
}

Expected<StoreWatchPtr, StoreError> EventStore::watch() const
{
    auto connection = clone();
    if (!connection)
        return connection.error();
    return StoreWatchPtr(std::make_unique<LastRowIdWatch>(std::move(connection).value()));
}

Expected<StorePtr, StoreError> openStore(const QString& spec)
{
    auto store = SqliteStore::open(spec);
    if (!store)
        return store.error();
    return StorePtr(std::move(store).value());
}

namespace {

class CorrelationFinder : public RowSink
{
public:
    explicit CorrelationFinder(std::string wanted)
        : m_wanted(std::move(wanted))
    { }
    bool row(const RawEventRow& row) override
    {
        if (row.correlationId != m_wanted)
            return true;
        m_rowId = row.rowId;
        return false;
    }
    qint64 rowId() const { return m_rowId; }

private:
    std::string m_wanted;
    qint64 m_rowId = -1;
};

} // namespace

Expected<qint64, StoreError> firstRowOfCorrelation(EventStore& store, const QString& correlationId)
{
    CorrelationFinder finder(correlationId.toStdString());
    const auto scanned = store.scan(0, -1, finder);
    if (!scanned)
        return scanned.error();
    return finder.rowId();
}

} // namespace Chronoscope
