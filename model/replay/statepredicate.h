// SPDX-License-Identifier: MIT
#pragma once

#include "jsprojection.h"

#include <QByteArray>
#include <QJSValue>

#include <memory>
#include <vector>

class QJSEngine;

namespace Chronoscope {

class ScriptWatchdog;

/// A JavaScript expression about a state ("find the first version where…"), e.g.
/// `state.status == "withdrawn"` or `state.children.length > 2`: `state` is the state as
/// the projection built it (parsed from its JSON), `count` the events applied, and the
/// result's truthiness decides. Runs in its own QJSEngine under the projection's time
/// limit (ScriptWatchdog), so a runaway expression is an error, never a hang.
///
/// Bound to the thread that compiled it (the replay worker, or the command line's thread).
class StatePredicate
{
public:
    ~StatePredicate();

    /// Compiles `expression`; a syntax error comes back with its column in the expression.
    static Expected<std::unique_ptr<StatePredicate>, ProjectionError> compile(
        const QString& expression, const ProjectionOptions& options = {});

    /// The index of the first state in `states` (JSON texts, the k-th after `firstCount + k`
    /// events) for which the expression is truthy, -1 for none; an exception or timeout is
    /// an error naming the expression and the count it was evaluated at.
    Expected<qint64, ProjectionError> firstMatch(const std::vector<QByteArray>& states, qint64 firstCount);

    QString expression() const { return m_expression; }

private:
    StatePredicate() = default;

    QString m_expression;
    ProjectionOptions m_options;
    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<ScriptWatchdog> m_watchdog;
    QJSValue m_find;
};

} // namespace Chronoscope
