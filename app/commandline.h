// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Chronoscope {

/// The headless half of the binary: `chronoscope COMMAND …`. Uses the model only, never a
/// widget, so everything here also runs on a machine without a display.
///
/// Exit codes: 0 success, 2 bad input (one line on stderr naming the thing and the reason).
namespace CommandLine {

/// True when `arguments` (without the program name) start with a command of ours.
bool isCommand(const QStringList& arguments);

/// Runs the command in `arguments` (without the program name).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace CommandLine
} // namespace Chronoscope
