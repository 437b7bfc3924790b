// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "commandline.h"
#include "index/timestampparser.h"
#include "mainwindow.h"
#include "reportcommands.h"
#include "store/storespec.h"
#include "themes.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHashFunctions>

#include <cstdio>
#include <ctime>
#include <memory>

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

    // Headless commands never create a QApplication: they run without a display (a PDF
    // report gets a QGuiApplication on the offscreen platform, for its fonts).
    if (Chronoscope::CommandLine::isCommand(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (Chronoscope::CommandLine::needsGuiApplication(arguments)) {
            // QPdfWriter writes its fonts in QHash order: a fixed seed keeps the bytes the same
            // from one run to the next ("same inputs, same bytes").
            QHashSeed::setDeterministicGlobalSeed();
            // QPdfWriter stamps the local time, whose length depends on the zone; in UTC it is
            // always the same (and then replaced by the generation time). Reports print UTC only.
            qputenv("TZ", "UTC");
            tzset();
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Chronoscope::CommandLine::run(arguments, out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    // The system language, or the one chosen in File > Preferences, with Qt's own dialogs.
    Chronoscope::Translators translators;
    translators.install(Chronoscope::Translators::localeFor(Chronoscope::AppSettings().language()));
    QApplication::setApplicationDisplayName(QStringLiteral("Chronoscope"));
    Chronoscope::Themes::apply(Chronoscope::Themes::fromSettingsKey(Chronoscope::AppSettings().theme()));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Time-travel debugger for event-sourced systems"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("store"), QCoreApplication::translate("main", "The event store to open (an SQLite file)."));
    const QCommandLineOption stream(
        QStringLiteral("stream"), QCoreApplication::translate("main", "Open at this stream."), QStringLiteral("ID"));
    const QCommandLineOption at(QStringLiteral("at"),
        QCoreApplication::translate("main", "Open at this time (ISO-8601)."), QStringLiteral("TIME"));
    const QCommandLineOption projection(QStringLiteral("projection"),
        QCoreApplication::translate("main", "Replay with FILE[#NAME] (a JavaScript projection) or 'merge'."),
        QStringLiteral("SPEC"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
        QCoreApplication::translate(
            "main", "Read the store with PRESET (seed, emmett, marten, castore) or a mapping FILE."),
        QStringLiteral("PRESET|FILE"));
    parser.addOptions({ stream, at, projection, mapping });
    parser.process(app);

    Chronoscope::TimeUs time = Chronoscope::kInvalidTime;
    if (parser.isSet(at)) {
        time = Chronoscope::TimestampParser::parseText(parser.value(at).toStdString());
        if (time == Chronoscope::kInvalidTime) {
            std::fprintf(stderr, "chronoscope: --at '%s' is not a time (use ISO-8601, e.g. 2024-10-15T14:00:00Z)\n",
                qPrintable(parser.value(at)));
            return 2;
        }
    }

    Chronoscope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.openStore(
            Chronoscope::StoreSpec::compose(parser.positionalArguments().constFirst(), parser.value(mapping)));
        if (parser.isSet(projection))
            window.setProjection(parser.value(projection));
        if (parser.isSet(stream))
            window.openAt(parser.value(stream), time);
    }
    return QApplication::exec();
}
