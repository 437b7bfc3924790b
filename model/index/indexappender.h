// SPDX-License-Identifier: MIT
#pragma once

#include "indexbuilder.h"

#include <QMetaType>

#include <memory>

namespace Chronoscope {

/// What live follow continues from: a store connection and the builder that indexed it
/// (with IndexOptions::keepForAppending), kept together because the builder reads through
/// that connection. IndexJob hands one over after a build; LiveFollower appends with it.
/// Not thread-safe: it moves between threads, but one uses it at a time.
class IndexAppender
{
public:
    /// The builder gets `options` as they are: appending needs keepForAppending set.
    IndexAppender(StorePtr store, IndexOptions options);
    IndexAppender(const IndexAppender&) = delete;
    IndexAppender& operator=(const IndexAppender&) = delete;

    EventStore& store() { return *m_store; }
    IndexBuilder& builder() { return *m_builder; }
    /// The latest snapshot (null until a build succeeded).
    IndexPtr latest() const { return m_builder->latest(); }

private:
    StorePtr m_store;
    std::unique_ptr<IndexBuilder> m_builder; ///< refers to *m_store: declared after it
};

using IndexAppenderPtr = std::shared_ptr<IndexAppender>;

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::IndexAppenderPtr)
