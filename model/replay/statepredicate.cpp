// SPDX-License-Identifier: MIT
#include "statepredicate.h"

#include "scriptwatchdog.h"

#include <QCoreApplication>
#include <QJSEngine>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::StatePredicate", text);
}

const QString kFile = QStringLiteral("expression");

// The expression sits alone on line 2 of this wrapper, so an error's column is its column
// in what the user typed. One call tests a batch of states (one crossing into the engine
// per batch, not per state); the index of the state being tested is kept for errors.
const QString kPrefix = QStringLiteral("(function (states, firstCount, where) {\n"
                                       "  const test = function (state, count) { return (\n");
const QString kSuffix = QStringLiteral("\n  ); };\n"
                                       "  for (let i = 0; i < states.length; ++i) {\n"
                                       "    where.index = i;\n"
                                       "    if (test(JSON.parse(states[i]), firstCount + i)) return i;\n"
                                       "  }\n"
                                       "  return -1;\n"
                                       "})");

ProjectionError errorOf(const QJSValue& value, const QString& expression, ProjectionError::Kind kind)
{
    ProjectionError error;
    error.kind = kind;
    error.file = kFile;
    error.message = value.toString();
    if (value.isError()) {
        const int line = value.property(QStringLiteral("lineNumber")).toInt();
        if (line == 2) // on the expression's own line
            error.line = 1;
        const QJSValue column = value.property(QStringLiteral("columnNumber"));
        if (column.isNumber() && line == 2)
            error.column = column.toInt();
    }
    error.message = tr("%1 (in %2)").arg(error.message, expression);
    return error;
}

} // namespace

StatePredicate::~StatePredicate()
{
    m_watchdog.reset(); // before the engine it watches
}

Expected<std::unique_ptr<StatePredicate>, ProjectionError> StatePredicate::compile(
    const QString& expression, const ProjectionOptions& options)
{
    if (expression.trimmed().isEmpty()) {
        ProjectionError error;
        error.kind = ProjectionError::Kind::Syntax;
        error.file = kFile;
        error.message = tr("the expression is empty (e.g. state.status == \"withdrawn\")");
        return error;
    }
    std::unique_ptr<StatePredicate> predicate(new StatePredicate);
    predicate->m_expression = expression;
    predicate->m_options = options;
    predicate->m_engine = std::make_unique<QJSEngine>();
    predicate->m_watchdog = std::make_unique<ScriptWatchdog>(predicate->m_engine.get());
    predicate->m_watchdog->arm(options.timeLimitMs);
    const QJSValue compiled = predicate->m_engine->evaluate(kPrefix + expression + kSuffix, kFile);
    const bool timedOut = predicate->m_watchdog->disarm();
    predicate->m_engine->setInterrupted(false);
    if (timedOut || compiled.isError() || !compiled.isCallable()) {
        ProjectionError error = errorOf(compiled, expression,
            compiled.errorType() == QJSValue::SyntaxError ? ProjectionError::Kind::Syntax
                                                          : ProjectionError::Kind::Exception);
        if (!compiled.isError())
            error.message = tr("'%1' is not an expression").arg(expression);
        return error;
    }
    predicate->m_find = compiled;
    return predicate;
}

Expected<qint64, ProjectionError> StatePredicate::firstMatch(const std::vector<QByteArray>& states, qint64 firstCount)
{
    if (states.empty())
        return qint64(-1);
    QJSValue array = m_engine->newArray(static_cast<uint>(states.size()));
    for (std::size_t i = 0; i < states.size(); ++i)
        array.setProperty(static_cast<quint32>(i), QString::fromUtf8(states[i]));
    QJSValue where = m_engine->newObject();
    m_watchdog->arm(m_options.timeLimitMs);
    const QJSValue result = m_find.call({ array, QJSValue(static_cast<double>(firstCount)), where });
    const bool timedOut = m_watchdog->disarm();
    m_engine->setInterrupted(false);
    const qint64 at = firstCount + where.property(QStringLiteral("index")).toInt();
    if (timedOut) {
        ProjectionError error;
        error.kind = ProjectionError::Kind::Timeout;
        error.file = kFile;
        error.message
            = tr("%1 ran longer than %2 ms after %3 events").arg(m_expression).arg(m_options.timeLimitMs).arg(at);
        return error;
    }
    if (result.isError()) {
        ProjectionError error = errorOf(result, m_expression, ProjectionError::Kind::Exception);
        error.message = tr("%1, after %2 events").arg(error.message).arg(at);
        return error;
    }
    return static_cast<qint64>(result.toInt());
}

} // namespace Chronoscope
