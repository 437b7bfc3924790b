// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

/// `chronoscope report|verify-report`: point-in-time reports and their verification.
namespace Chronoscope::CommandLine {

int runReport(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `report --format pdf` lays text out with Qt Gui's fonts: main() makes a QGuiApplication
/// (on the offscreen platform, so it still runs without a display).
bool needsGuiApplication(const QStringList& arguments);
int runVerifyReport(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Chronoscope::CommandLine
