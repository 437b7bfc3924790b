// SPDX-License-Identifier: MIT
#include "mergeprojection.h"

#include <QCoreApplication>

namespace Chronoscope {

namespace {

using Json = nlohmann::ordered_json;

void deepMerge(Json& target, Json&& patch)
{
    if (!patch.is_object() || !target.is_object()) {
        target = std::move(patch);
        return;
    }
    for (auto& [key, value] : patch.items()) {
        auto existing = target.find(key);
        if (existing != target.end() && existing->is_object() && value.is_object())
            deepMerge(*existing, std::move(value));
        else
            target[key] = std::move(value);
    }
}

} // namespace

MergeProjection::MergeProjection()
    : m_state(Json::object())
{
    m_info.kind = ProjectionInfo::Kind::Merge;
    m_info.name = QStringLiteral("merge");
}

std::optional<ProjectionError> MergeProjection::reset(const std::optional<QByteArray>& savedState)
{
    m_state = Json::object();
    if (!savedState)
        return std::nullopt;
    m_state = Json::parse(savedState->constData(), savedState->constData() + savedState->size(), nullptr, false);
    if (m_state.is_discarded()) {
        m_state = Json::object();
        return ProjectionError { ProjectionError::Kind::BadState, {}, -1, -1,
            QCoreApplication::translate("Chronoscope::MergeProjection", "a saved state is not valid JSON"), {}, -1, {},
            -1, {} };
    }
    return std::nullopt;
}

std::optional<ProjectionError> MergeProjection::apply(const std::vector<Event>& events)
{
    for (const Event& event : events) {
        Json payload = Json::parse(event.data.constData(), event.data.constData() + event.data.size(), nullptr, false);
        if (payload.is_object()) {
            deepMerge(m_state, std::move(payload));
        } else {
            // Kept visible rather than silently dropped: the user sees which events did not merge.
            m_state["$unmerged"].push_back(event.position);
        }
    }
    return std::nullopt;
}

QByteArray MergeProjection::state()
{
    return QByteArray::fromStdString(m_state.dump());
}

} // namespace Chronoscope
