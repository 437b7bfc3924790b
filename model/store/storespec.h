// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Chronoscope {

/// What `openStore()` is given: where the store is and, optionally, which mapping to read
/// it with. A plain path (or URL) means "detect the mapping". With a mapping the spec is a
/// URL carrying it as `?mapping=` (`file:///data/app.db?mapping=/home/me/orders.json`,
/// `postgresql://host/db?mapping=marten`), so that every worker reopening the spec reads
/// the store the same way. Plain values, thread-safe.
struct StoreSpec
{
    QString location; ///< a file path, or the URL without its mapping parameter
    QString mapping; ///< a preset name or a mapping file's path; empty: detect

    static StoreSpec parse(const QString& spec);
    /// The spec for `location` read with `mapping` (a preset or a file, made absolute);
    /// `location` unchanged when `mapping` is empty.
    static QString compose(const QString& location, const QString& mapping);
};

} // namespace Chronoscope
