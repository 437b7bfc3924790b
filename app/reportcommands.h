// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

/// `chronoscope report|verify-report`: point-in-time reports and their verification.
namespace Chronoscope::CommandLine {

int runReport(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runVerifyReport(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Chronoscope::CommandLine
