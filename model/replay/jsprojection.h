// SPDX-License-Identifier: MIT
#pragma once

#include "projection.h"
#include "store/expected.h"

#include <QSet>

#include <memory>
#include <optional>

class QJSEngine;

namespace Chronoscope {

class ScriptWatchdog;

struct ProjectionOptions
{
    int timeLimitMs = 2000; ///< a call into the script running longer is interrupted
};

/// "FILE", "FILE#NAME" or "merge", as given on the command line.
struct ProjectionSpec
{
    QString file;
    QString name;
    /// The script's text when it is not (yet) what the file holds: the editor's "what-if"
    /// runs unsaved edits. `file` still names the script in errors and in ProjectionInfo.
    std::optional<QByteArray> source;
    bool isMerge() const { return !source && (file.isEmpty() || file == u"merge"); }
    static ProjectionSpec parse(const QString& text);
};

/// A JavaScript projection (docs/projections.md) running in its own QJSEngine, bound to
/// the thread that loads it. The state stays inside the engine while events are applied in
/// batches (one call into the engine per batch); it leaves as JSON text only on request.
class JsProjection final : public Projection
{
public:
    ~JsProjection() override;

    /// Loads the script and selects one of its projections: `name` if given, otherwise the
    /// only one, otherwise the one that applies to `streamId`/`aggregateType`, otherwise
    /// (no stream given) the first.
    static Expected<std::unique_ptr<JsProjection>, ProjectionError> load(const QString& file, const QString& name,
        const ProjectionOptions& options, const QString& streamId = {}, const QString& aggregateType = {});
    /// As load(), with the script's text given: `file` only names it (in errors, stack
    /// traces and ProjectionInfo) and is not read.
    static Expected<std::unique_ptr<JsProjection>, ProjectionError> loadSource(const QString& file,
        const QByteArray& source, const QString& name, const ProjectionOptions& options, const QString& streamId = {},
        const QString& aggregateType = {});

    const ProjectionInfo& info() const override { return m_info; }
    bool appliesTo(const QString& streamId, const QString& aggregateType) const override;
    bool handles(const QString& type) const override;
    std::optional<ProjectionError> reset(const std::optional<QByteArray>& savedState) override;
    std::optional<ProjectionError> apply(const std::vector<Event>& events) override;
    QByteArray state() override;
    void setKeepGoing(bool keepGoing) override;
    std::vector<ProjectionError> takeSkippedErrors() override;
    std::optional<QByteArray> upcastEvent(const Event& event) override;

private:
    JsProjection();
    std::optional<ProjectionError> call(
        const char* function, const QString& argument, QString* result, const std::vector<Event>* events = nullptr);

    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<ScriptWatchdog> m_watchdog;
    ProjectionInfo m_info;
    ProjectionOptions m_options;
    QString m_category;
    QStringList m_streams;
    QSet<QString> m_handledTypes;
    bool m_handlesAny = false;
    std::vector<Event> m_lastBatch;
};

/// Loads any projection from a spec ("merge" or a script), for `streamId` when the script
/// defines several.
Expected<ProjectionPtr, ProjectionError> loadProjection(const ProjectionSpec& spec, const ProjectionOptions& options,
    const QString& streamId = {}, const QString& aggregateType = {});

} // namespace Chronoscope
