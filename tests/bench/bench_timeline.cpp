// SPDX-License-Identifier: MIT
// Timeline benchmark (docs/timeline.md "Performance"): density pyramid build time and
// memory, and the cost of a whole TimelineView frame rendered offscreen into a QImage at
// full range, mid zoom and single-event zoom, with 30 lanes on screen.
//
//   bench_timeline [--events N] [--store FILE] [--frames K]   (default: 10,000,000 events)

#include "benchsupport.h"
#include "index/indexbuilder.h"
#include "timeline/densitypyramid.h"
#include "timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Chronoscope;

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', 2) + QStringLiteral(" ms");
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values[at];
}

struct FrameTimes
{
    double p50 = 0;
    double p99 = 0;
    qint64 marks = 0;
};

// Renders `frames` frames, each panned by a few pixels so nothing can be reused.
FrameTimes measureFrames(TimelineView& view, AxisRange timeRange, int frames)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    view.showTimeRange(timeRange);
    for (int frame = 0; frame < frames; ++frame) {
        const qint64 shift = timeRange.span() / 400 * (frame % 5 - 2);
        view.showTimeRange({ timeRange.from + shift, timeRange.to + shift });
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return { percentile(times, 0.5), percentile(times, 0.99), 0 };
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 events = 10'000'000;
    int frames = 200;
    QString storePath;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
        else if (args.at(i) == u"--frames")
            frames = args.at(i + 1).toInt();
    }
    QTemporaryDir scratch;
    const auto sample = Bench::sampleStore(storePath, events, scratch, out);
    if (!sample)
        return 1;
    auto store = openStore(*sample);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return 1;
    }
    IndexBuilder builder(**store);
    auto built = builder.build();
    if (!built) {
        out << built.error().message() << Qt::endl;
        return 1;
    }
    const IndexPtr index = *built;
    const qint64 n = index->size();
    out << "store:              " << *sample << " (" << n << " events, " << index->streams().size() << " streams)\n";
    out << "index build:        " << QString::number(builder.stats().seconds, 'f', 2) << " s\n";

    for (const auto grouping : { TimelineGrouping::AggregateType, TimelineGrouping::Stream }) {
        PyramidRequest request;
        request.index = index;
        request.grouping = grouping;
        const qint64 before = residentBytes();
        QElapsedTimer timer;
        timer.start();
        const PyramidPtr pyramid = DensityPyramid::build(request);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 grown = residentBytes() - before;
        out << "pyramid by " << TimelineLanes::groupingName(grouping).toLower() << ": "
            << QString::number(seconds, 'f', 3) << " s, " << pyramid->laneCount() << " lanes, "
            << QString::number(double(pyramid->memoryUsage()) / double(n), 'f', 2) << " bytes/event (resident growth "
            << QString::number(double(grown) / double(n), 'f', 2) << ")\n";
    }

    TimelineView view;
    view.setGrouping(TimelineGrouping::Stream);
    view.resize(1600, 22 + 30 + 30 * std::max(18, view.fontMetrics().height() + 6)); // 30 lanes
    view.setIndex(index);
    QElapsedTimer wait;
    wait.start();
    while ((!view.pyramid() || view.isBuilding()) && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!view.pyramid()) {
        out << "no pyramid" << Qt::endl;
        return 1;
    }
    const int visibleLanes
        = std::min(view.rowCount(), view.plotRect().height() / std::max(18, view.fontMetrics().height() + 6));
    out << "view:               " << view.width() << "x" << view.height() << " px, " << visibleLanes << " of "
        << view.rowCount() << " lanes visible, pyramid delivered in " << wait.elapsed() << " ms\n";

    const AxisRange all = view.visibleTimeRange();
    const TimeUs middle = index->timestamp(n / 2);
    const struct
    {
        const char* name;
        AxisRange range;
    } zooms[] = {
        { "full range", all },
        { "mid zoom (1/1000)", { middle - all.span() / 2000, middle + all.span() / 2000 } },
        { "one millisecond", { middle - 500, middle + 500 } },
    };
    for (const auto& zoom : zooms) {
        const FrameTimes t = measureFrames(view, zoom.range, frames);
        out << "frame, " << zoom.name << ": p50 " << ms(t.p50) << ", p99 " << ms(t.p99) << "\n";
    }
    out.flush();
    return 0;
}
