// SPDX-License-Identifier: MIT
// Investigation window benchmark (README "Performance"), on the real MainWindow offscreen:
//  - scrub latency: from a key press on the version scrubber to the inspector painted with
//    the new state, on the store's largest stream with the sample JavaScript projection
//    (p50, p99), stepping (Right) and jumping (Page Up);
//  - event table: cost of scrolling one page and painting it, all events shown (p50, p99);
//  - peak memory (VmHWM) with the store open and indexed.
//
//   bench_window [--store FILE] [--events N] [--steps S] [--pages P]

#include "audit/auditjob.h"
#include "benchsupport.h"
#include "eventtableview.h"
#include "index/indexjob.h"
#include "itemmodels/eventtablemodel.h"
#include "mainwindow.h"
#include "stateinspector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', 2) + QStringLiteral(" ms");
}

// A line of /proc/self/status in MiB ("VmHWM", "VmRSS").
double statusMiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// Waits for the replay service's answer for `count` events, then paints the inspector.
bool waitPainted(MainWindow& window, QSignalSpy& answers, qint64 count)
{
    QElapsedTimer guard;
    guard.start();
    while (guard.elapsed() < 60000) {
        if (!answers.isEmpty() && answers.constLast().at(1).value<StateAnswer>().state.count == count) {
            window.inspector()->repaint();
            return true;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QString storePath;
    qint64 events = 10'000'000;
    int steps = 400;
    int pages = 300;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
        else if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--steps")
            steps = args.at(i + 1).toInt();
        else if (args.at(i) == u"--pages")
            pages = args.at(i + 1).toInt();
    }
    QTemporaryDir scratch;
    const auto sample = Bench::sampleStore(storePath, events, scratch, out);
    if (!sample)
        return 1;

    MainWindow window;
    window.setCacheDirectory({}); // index from the store: the peak includes building it
    window.resize(1600, 1000);
    window.show();
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy failed(window.indexJob(), &IndexJob::indexFailed);
    QSignalSpy answers(window.replayService(), &ReplayService::stateAvailable);
    QElapsedTimer timer;
    timer.start();
    window.openStore(*sample);
    window.setProjection(QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js"));
    while (finished.isEmpty() && failed.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!failed.isEmpty()) {
        out << "indexing failed" << Qt::endl;
        return 1;
    }
    const IndexPtr index = window.eventModel()->eventIndex();
    out << "store:                " << *sample << " (" << index->size() << " events), indexed in "
        << QString::number(timer.nsecsElapsed() / 1e9, 'f', 1) << " s\n";

    // The background audit after indexing shares the cores; measure the views without it.
    QSignalSpy audited(window.auditJob(), &AuditJob::auditFinished);
    QSignalSpy auditFailed(window.auditJob(), &AuditJob::auditFailed);
    timer.restart();
    while (audited.isEmpty() && auditFailed.isEmpty() && timer.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    out << "background audit:     " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 1) << " s after indexing\n";

    // Event table: all events, one page per step, each painted.
    EventTableView* table = window.eventTable();
    QScrollBar* bar = table->verticalScrollBar();
    std::vector<double> pageCosts;
    for (int i = 0; i < pages && bar->value() < bar->maximum(); ++i) {
        timer.restart();
        bar->setValue(bar->value() + bar->pageStep() + (i % 7) * 1000); // pages spread over the store
        table->viewport()->repaint();
        pageCosts.push_back(timer.nsecsElapsed() / 1e9);
    }
    out << "table page scroll:    p50 " << ms(Bench::percentile(pageCosts, 0.5)) << ", p99 "
        << ms(Bench::percentile(pageCosts, 0.99)) << " (" << pageCosts.size() << " pages of " << bar->pageStep()
        << " rows, " << window.eventModel()->rowCount() << " rows)\n";
    Bench::summary(out, "bench_window", u"event table, scroll one page and paint, %1 rows"_s.arg(index->size()),
        u"p50 "_s + ms(Bench::percentile(pageCosts, 0.5)) + u", p99 "_s + ms(Bench::percentile(pageCosts, 0.99)),
        u"< 4 ms"_s);

    // The largest stream, opened at its last event.
    quint32 stream = 0;
    for (quint32 s = 0; s < index->streams().size(); ++s) {
        if (index->streamPositions(s).size() > index->streamPositions(stream).size())
            stream = s;
    }
    const auto n = static_cast<qint64>(index->streamPositions(stream).size());
    window.openAt(index->streams().string(stream));
    // openAt() applies once indexing is final; it is, so select the stream through the table.
    window.eventModel()->setStreamFilter(stream);
    table->setCurrentIndex(window.eventModel()->index(0, 0));
    if (!waitPainted(window, answers, 1)) {
        out << "no state for the first event" << Qt::endl;
        return 1;
    }
    out << "stream:               " << index->streams().string(stream) << " (" << n << " events)\n";

    QSlider* slider = window.inspector()->slider();
    slider->setFocus();
    std::vector<double> stepLatency;
    std::vector<double> jumpLatency;
    const int starts = std::max(1, steps / 20);
    for (int s = 0; s < starts; ++s) {
        // Jump: Page Up moves 5% of the stream forward (QAbstractSlider's convention).
        if (slider->value() + slider->pageStep() > slider->maximum()) {
            window.inspector()->setCount(1);
            waitPainted(window, answers, 1);
        }
        const qint64 target = slider->value() + slider->pageStep();
        timer.restart();
        QTest::keyClick(slider, Qt::Key_PageUp);
        if (!waitPainted(window, answers, target)) {
            out << "no state after a jump to " << target << Qt::endl;
            return 1;
        }
        jumpLatency.push_back(timer.nsecsElapsed() / 1e9);
        // Steps: Right, one event at a time, as a user scrubs.
        for (int i = 0; i < 20 && slider->value() < slider->maximum(); ++i) {
            const qint64 next = slider->value() + 1;
            timer.restart();
            QTest::keyClick(slider, Qt::Key_Right);
            if (!waitPainted(window, answers, next)) {
                out << "no state after a step to " << next << Qt::endl;
                return 1;
            }
            stepLatency.push_back(timer.nsecsElapsed() / 1e9);
        }
    }
    out << "scrub step (Right):   p50 " << ms(Bench::percentile(stepLatency, 0.5)) << ", p99 "
        << ms(Bench::percentile(stepLatency, 0.99)) << " (" << stepLatency.size() << " key presses, to painted)\n";
    out << "scrub jump (PgUp):    p50 " << ms(Bench::percentile(jumpLatency, 0.5)) << ", p99 "
        << ms(Bench::percentile(jumpLatency, 0.99)) << " (" << jumpLatency.size() << " jumps of " << slider->pageStep()
        << " events)\n";
    out << "memory:               peak " << QString::number(statusMiB("VmHWM"), 'f', 0) << " MiB, now "
        << QString::number(statusMiB("VmRSS"), 'f', 0) << " MiB resident\n";
    Bench::summary(out, "bench_window", u"scrub step: key → state → painted, %1-event stream"_s.arg(n),
        u"p50 "_s + ms(Bench::percentile(stepLatency, 0.5)) + u", p99 "_s + ms(Bench::percentile(stepLatency, 0.99)),
        u"p99 ≤ 16 ms"_s);
    Bench::summary(out, "bench_window", u"scrub jump (Page Up) into history not replayed yet"_s,
        u"p50 "_s + ms(Bench::percentile(jumpLatency, 0.5)) + u", p99 "_s + ms(Bench::percentile(jumpLatency, 0.99)));
    Bench::summary(out, "bench_window", u"peak memory, store opened, indexed, audited, scrubbed"_s,
        QString::number(statusMiB("VmHWM"), 'f', 0) + u" MiB"_s, u"< 1.5 GB"_s);
    out.flush();
    return 0;
}
