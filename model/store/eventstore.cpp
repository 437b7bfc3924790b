// SPDX-License-Identifier: MIT
#include "eventstore.h"

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

Expected<StorePtr, StoreError> openStore(const QString& spec)
{
    auto store = SqliteStore::open(spec);
    if (!store)
        return store.error();
    return StorePtr(std::move(store).value());
}

} // namespace Chronoscope
