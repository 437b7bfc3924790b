// SPDX-License-Identifier: MIT
#pragma once

#include "projection.h"

#include <nlohmann/json.hpp>

namespace Chronoscope {

/// The projection used when none is configured: deep-merges each payload into the state.
///
/// Semantics (RFC 7386 JSON Merge Patch, minus deletion): objects merge key by key,
/// recursively; any other value (array, string, number, boolean) replaces what was there;
/// `null` is stored as null rather than deleting the key, so a field that was explicitly
/// cleared stays visible. A payload that is not an object (or not valid JSON) is ignored
/// and noted in the state under "$unmerged" with its position.
class MergeProjection final : public Projection
{
public:
    MergeProjection();

    const ProjectionInfo& info() const override { return m_info; }
    bool appliesTo(const QString&, const QString&) const override { return true; }
    bool handles(const QString&) const override { return true; }
    std::optional<ProjectionError> reset(const std::optional<QByteArray>& savedState) override;
    std::optional<ProjectionError> apply(const std::vector<Event>& events) override;
    QByteArray state() override;

private:
    ProjectionInfo m_info;
    nlohmann::ordered_json m_state;
};

} // namespace Chronoscope
