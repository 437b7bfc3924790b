// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

/// `chronoscope verify`: the audit from the command line.
namespace Chronoscope::CommandLine {

/// Prints every finding (text or a JSON array) and exits 0 when there is no error or
/// warning (notes alone do not count), 1 when there is, 2 for bad input, 3 when the
/// projection cannot be loaded.
int runVerify(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Chronoscope::CommandLine
