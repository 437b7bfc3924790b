// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Chronoscope"));
    QCoreApplication::setApplicationName(QStringLiteral("chronoscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHRONOSCOPE_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Headless commands never create a QApplication: they run without a display.
    if (Chronoscope::CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Chronoscope::CommandLine::run(arguments, out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Chronoscope"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time-travel debugger for event-sourced systems"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("store"), QStringLiteral("The event store to open (an SQLite file)."));
    parser.process(app);

    Chronoscope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openStore(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
