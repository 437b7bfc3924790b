// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

/// `chronoscope state|diff|blame|find-state`: the replay layer from the command line.
namespace Chronoscope::CommandLine {

int runState(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runDiff(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runBlame(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `chronoscope find-state`: the first version where an expression about the state holds.
int runFindState(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Chronoscope::CommandLine
