// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Chronoscope::CommandLine {

/// `chronoscope mapping STORE [--mapping PRESET|FILE]`: prints the mapping the store is
/// read with (detected, or the one given) as a mapping file to edit and pass back with
/// `--mapping FILE`. Opens the store read-only; indexes nothing.
int runMapping(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Chronoscope::CommandLine
