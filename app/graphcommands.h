// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

/// `chronoscope graph`: the correlation and causation graph of one event, headless.
namespace Chronoscope::CommandLine {

int runGraph(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Chronoscope::CommandLine
