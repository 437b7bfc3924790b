// SPDX-License-Identifier: MIT
#include "eventstore.h"

#include "lastrowidwatch.h"
#include "mappingfile.h"
#include "postgresconninfo.h"
#include "postgresstore.h"
#include "sqlitestore.h"
#include "storespec.h"

#include "index/timestampparser.h"

#include <charconv>
#include <cmath>

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

namespace {

// Microseconds per unit, or the divisor for nanoseconds (negative).
qint64 unitScale(TimestampFormat format)
{
    switch (format) {
    case TimestampFormat::EpochSeconds:
        return 1000000;
    case TimestampFormat::EpochMilliseconds:
        return 1000;
    case TimestampFormat::EpochMicroseconds:
        return 1;
    case TimestampFormat::EpochNanoseconds:
        return -1000;
    default:
        return 0;
    }
}

TimeUs scaleEpoch(qint64 value, qint64 scale)
{
    if (scale < 0) {
        // Floor, so that a time before 1970 lands in its containing microsecond.
        const qint64 divisor = -scale;
        return value >= 0 ? value / divisor : -((-(value + 1)) / divisor) - 1;
    }
    qint64 result = 0;
    if (__builtin_mul_overflow(value, scale, &result) || result == kInvalidTime)
        return kInvalidTime;
    return result;
}

TimeUs scaleEpoch(double value, qint64 scale)
{
    const double us = scale < 0 ? value / static_cast<double>(-scale) : value * static_cast<double>(scale);
    if (!std::isfinite(us) || std::fabs(us) >= 9.2e18)
        return kInvalidTime;
    return static_cast<TimeUs>(std::llround(us));
}

} // namespace

TimeUs parseTimestamp(const RawValue& value, TimestampFormat format)
{
    const qint64 scale = unitScale(format);
    if (scale == 0)
        return parseTimestamp(value);
    switch (value.kind) {
    case RawValue::Kind::Integer:
        return scaleEpoch(value.integer, scale);
    case RawValue::Kind::Real:
        return scaleEpoch(value.real, scale);
    case RawValue::Kind::Text: {
        std::string_view text = value.text;
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
            text.remove_suffix(1);
        qint64 integer = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), integer);
        if (error == std::errc() && end == text.data() + text.size() && !text.empty())
            return scaleEpoch(integer, scale);
        double real = 0;
        const auto [realEnd, realError] = std::from_chars(text.data(), text.data() + text.size(), real);
        if (realError == std::errc() && realEnd == text.data() + text.size() && !text.empty())
            return scaleEpoch(real, scale);
        return kInvalidTime;
    }
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

Expected<std::vector<Event>, StoreError> EventStore::readEvents(std::span<const qint64> rowIds)
{
    std::vector<Event> events;
    events.reserve(rowIds.size());
    for (qint64 rowId : rowIds) {
        auto event = readEvent(rowId);
        if (!event)
            return event.error();
        events.push_back(std::move(event).value());
    }
    return events;
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
    // A PostgreSQL spec carries its mapping (?mapping=) itself; PostgresStore resolves it.
    if (PostgresConnInfo::isPostgresSpec(spec)) {
        auto postgres = PostgresStore::open(spec);
        if (!postgres)
            return postgres.error();
        return StorePtr(std::move(postgres).value());
    }
    const StoreSpec parsed = StoreSpec::parse(spec);
    std::optional<StoreMapping> mapping;
    if (!parsed.mapping.isEmpty()) {
        auto resolved = MappingFile::resolve(parsed.mapping, SqlDialect::Sqlite);
        if (!resolved)
            return resolved.error();
        mapping = *resolved;
    }
    auto store = SqliteStore::open(parsed.location, mapping);
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
