// SPDX-License-Identifier: MIT
// How fast `chronoscope sample` writes a store:
//   bench_sample [--events N] [--streams M] [--seed S] [--anomalies] [--out DIR]
// Default 10,000,000 events into a temporary directory (removed afterwards); with --out the
// store stays in DIR. Prints events/s, seconds, file size and bytes per event.
#include "sample/samplegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Chronoscope;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the sample store generator."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("Events to write."), QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption streamsOption(QStringLiteral("streams"), QStringLiteral("Target number of streams."),
        QStringLiteral("M"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption anomaliesOption(QStringLiteral("anomalies"), QStringLiteral("Inject the known defects."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Directory to keep the store in."), QStringLiteral("DIR"));
    parser.addOptions({ eventsOption, streamsOption, seedOption, anomaliesOption, outOption });
    parser.process(app);

    bool eventsOk = false, streamsOk = false, seedOk = false;
    SampleOptions options;
    options.events = parser.value(eventsOption).toLongLong(&eventsOk);
    options.streams = parser.value(streamsOption).toLongLong(&streamsOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    options.anomalies = parser.isSet(anomaliesOption);
    if (!eventsOk || !streamsOk || !seedOk) {
        std::fprintf(stderr, "bench_sample: --events, --streams and --seed take whole numbers\n");
        return 2;
    }

    QTemporaryDir temporary;
    const QString directory = parser.isSet(outOption) ? parser.value(outOption) : temporary.path();
    if (!parser.isSet(outOption) && !temporary.isValid()) {
        std::fprintf(stderr, "bench_sample: cannot create a temporary directory\n");
        return 1;
    }
    options.outputPath = QDir(directory).filePath(
        u"bench-" + QString::number(options.events) + u"-" + QString::number(options.seed) + u".db");

    QElapsedTimer timer;
    timer.start();
    const SampleGenerator::Result result = SampleGenerator::generate(options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok) {
        std::fprintf(stderr, "bench_sample: %s\n", qPrintable(result.error));
        return 1;
    }
    const qint64 bytes = QFileInfo(options.outputPath).size();
    std::printf("store:          %s%s\n", qPrintable(QDir::toNativeSeparators(options.outputPath)),
        parser.isSet(outOption) ? "" : " (temporary, removed on exit)");
    std::printf("events:         %lld in %lld streams\n", result.eventsWritten, result.streamsWritten);
    std::printf("time:           %.2f s\n", seconds);
    std::printf("rate:           %.0f events/s\n", double(result.eventsWritten) / seconds);
    std::printf("file size:      %.1f MiB (%.0f bytes/event)\n", double(bytes) / (1024.0 * 1024.0),
        double(bytes) / double(result.eventsWritten));
    // Rows of scripts/bench-summary's table (format in benchsupport.h).
    std::printf("SUMMARY | bench_sample | sample store, %lld events | %.1f s (%.0f events/s), %.0f bytes/event | "
                "< 3 min for 10M\n",
        result.eventsWritten, seconds, double(result.eventsWritten) / seconds,
        double(bytes) / double(result.eventsWritten));
    return 0;
}
