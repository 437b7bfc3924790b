// SPDX-License-Identifier: MIT
#pragma once

#include "flathash.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Chronoscope {

/// Interned UTF-8 strings: one contiguous blob plus offsets, ids 0..size()-1 in order of
/// first appearance. Compact (a few bytes of overhead per distinct string) and trivially
/// written to the index cache. Copyable: an index snapshot takes a copy.
class StringPool
{
public:
    quint32 size() const { return static_cast<quint32>(m_offsets.size() - 1); }

    std::string_view view(quint32 id) const
    {
        return { m_blob.data() + m_offsets[id], static_cast<std::size_t>(m_offsets[id + 1] - m_offsets[id]) };
    }
    QString string(quint32 id) const
    {
        const std::string_view text = view(id);
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }

    /// The id of `text`, adding it when new.
    quint32 intern(std::string_view text);
    std::optional<quint32> find(std::string_view text) const;
    std::optional<quint32> find(const QString& text) const { return find(text.toUtf8().toStdString()); }

    std::size_t memoryUsage() const;

    const std::string& blob() const { return m_blob; }
    const std::vector<quint64>& offsets() const { return m_offsets; }
    /// Rebuilds a pool from a blob and offsets read back from a file; false if inconsistent.
    bool assign(std::string blob, std::vector<quint64> offsets);

private:
    std::string m_blob;
    std::vector<quint64> m_offsets { 0 };
    FlatHashMap m_lookup;
    // Consecutive rows often repeat a value (a stream's burst, one user's session).
    quint32 m_lastId = 0;
    bool m_hasLast = false;
};

} // namespace Chronoscope
