// SPDX-License-Identifier: MIT
// Timeline benchmark (docs/timeline.md "Performance"): density pyramid build time and
// memory, and the cost of a whole TimelineView frame rendered offscreen into a QImage at
// full range, mid zoom and single-event zoom, with 30 lanes on screen.
//
//   bench_timeline [--events N] [--store FILE] [--frames K] [--grab DIR]
//
// Default: a 10,000,000-event sample store. --grab saves the last frame of each zoom as PNG.

#include "benchsupport.h"
#include "index/indexbuilder.h"
#include "timeline/densitypyramid.h"
#include "timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', 2) + QStringLiteral(" ms");
}

struct FrameTimes
{
    double p50 = 0;
    double p99 = 0;
};

// Renders `frames` frames, each panned by a few pixels so nothing can be reused.
FrameTimes measureFrames(TimelineView& view, AxisRange timeRange, int frames, const QString& grabPath)
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
    if (!grabPath.isEmpty())
        image.save(grabPath);
    return { Bench::percentile(times, 0.5), Bench::percentile(times, 0.99) };
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
    QString grabFolder;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
        else if (args.at(i) == u"--frames")
            frames = args.at(i + 1).toInt();
        else if (args.at(i) == u"--grab")
            grabFolder = args.at(i + 1);
    }
    QTemporaryDir scratch;
    auto opened = Bench::indexedSampleStore(storePath, events, scratch, out);
    if (!opened)
        return 1;
    const IndexPtr index = opened->index;
    const qint64 n = index->size();
    out << "store:              " << opened->path << " (" << n << " events, " << index->streams().size()
        << " streams)\n";
    out << "index build:        " << QString::number(opened->buildSeconds, 'f', 2) << " s\n";

    for (const auto grouping : { TimelineGrouping::AggregateType, TimelineGrouping::Stream }) {
        PyramidRequest request;
        request.index = index;
        request.grouping = grouping;
        QElapsedTimer timer;
        timer.start();
        const PyramidPtr pyramid = DensityPyramid::build(request);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        out << "pyramid by " << TimelineLanes::groupingName(grouping).toLower() << ": "
            << QString::number(seconds, 'f', 3) << " s, " << pyramid->laneCount() << " lanes, "
            << QString::number(double(pyramid->memoryUsage()) / double(n), 'f', 2) << " bytes/event\n";
        Bench::summary(out, "bench_timeline",
            u"timeline pyramid by %1, %2 events"_s.arg(TimelineLanes::groupingName(grouping).toLower()).arg(n),
            QString::number(seconds, 'f', 3) + u" s, "_s
                + QString::number(double(pyramid->memoryUsage()) / double(n), 'f', 2) + u" bytes/event"_s);
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
        const char* file;
        AxisRange range;
    } zooms[] = {
        { "full range", "full", all },
        { "mid zoom (1/1000)", "mid", { middle - all.span() / 2000, middle + all.span() / 2000 } },
        { "one millisecond", "millisecond", { middle - 500, middle + 500 } },
    };
    view.setPlayhead(middle);
    view.setSelectedStream(index->stream(n / 2));
    wait.restart();
    while (view.isBuilding() && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (const auto& zoom : zooms) {
        const QString grab = grabFolder.isEmpty()
            ? QString()
            : QDir(grabFolder).filePath(QStringLiteral("timeline-10m-%1.png").arg(QLatin1String(zoom.file)));
        const FrameTimes t = measureFrames(view, zoom.range, frames, grab);
        out << "frame, " << zoom.name << ": p50 " << ms(t.p50) << ", p99 " << ms(t.p99) << "\n";
        Bench::summary(out, "bench_timeline", u"timeline frame, "_s + QLatin1String(zoom.name),
            u"p50 "_s + ms(t.p50) + u", p99 "_s + ms(t.p99), u"p99 ≤ 16 ms"_s);
    }
    out.flush();
    return 0;
}
