// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Chronoscope {

/// What produced a state: every view and report names it, with the SHA-256 of its source.
struct ProjectionInfo
{
    enum class Kind
    {
        JavaScript,
        Merge,
        StoredSnapshots,
    };
    Kind kind = Kind::Merge;
    QString name; ///< "merge", "snapshots", or the projection's name
    QString file; ///< the script, for JavaScript projections
    QByteArray sourceSha256; ///< hex; of the script file (empty for merge)
    QString aggregateType; ///< which streams it folds; empty: any
    bool perStream = true; ///< false for fromAll()-style projections (one state for the store)
    QStringList notes; ///< e.g. "emit() is ignored"

    /// "sample.js#family", or "merge".
    QString displayName() const;
};

/// Why a projection could not produce a state.
struct ProjectionError
{
    enum class Kind
    {
        Load,
        Syntax,
        Exception,
        Timeout,
        BadState
    };
    Kind kind = Kind::Exception;
    QString file;
    int line = -1;
    int column = -1;
    QString message;
    QString stack;
    qint64 position = -1; ///< the event being applied, when known
    QString streamId;
    qint64 version = -1;
    QString eventType;

    /// One line: "family.js:12:5: TypeError: … (event family-1 v3, position 41, PaymentDue)".
    QString toString() const;
};

/// A loaded projection folding events into a JSON state. Stateful and bound to the thread
/// that created it (a JavaScript engine is): use one instance per thread.
///
/// The state lives inside the projection while folding; it leaves only as JSON text
/// (state()), which is also the checkpoint format that reset() takes back.
class Projection
{
public:
    virtual ~Projection() = default;

    virtual const ProjectionInfo& info() const = 0;

    /// Whether this projection folds the stream (by aggregate type or stream prefix).
    virtual bool appliesTo(const QString& streamId, const QString& aggregateType) const = 0;
    /// Whether a handler (or $any) exists for events of `type`.
    virtual bool handles(const QString& type) const = 0;

    /// Starts a fold from the initial state, or from a state saved by state().
    virtual std::optional<ProjectionError> reset(const std::optional<QByteArray>& savedState = std::nullopt) = 0;
    /// Applies events in order. On error the state is undefined until the next reset().
    virtual std::optional<ProjectionError> apply(const std::vector<Event>& events) = 0;
    /// The current state as compact JSON text.
    virtual QByteArray state() = 0;

    /// With keepGoing, an event whose handler throws is skipped (its partial changes stay)
    /// and the error is kept for takeSkippedErrors(); without, apply() stops at it.
    /// Timeouts always stop.
    virtual void setKeepGoing(bool keepGoing) { Q_UNUSED(keepGoing) }
    virtual std::vector<ProjectionError> takeSkippedErrors() { return {}; }

    /// The event as the handlers see it after upcasting, as JSON (the inspector shows it
    /// beside the raw payload); the event unchanged when the projection has no upcasters.
    virtual std::optional<QByteArray> upcastEvent(const Event& event)
    {
        Q_UNUSED(event)
        return std::nullopt;
    }
};

using ProjectionPtr = std::unique_ptr<Projection>;

} // namespace Chronoscope
