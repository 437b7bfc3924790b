// SPDX-License-Identifier: MIT
// The Findings dock: FindingsModel (groups by code, streamed batches), its filter, and
// FindingsView over the real audit of a sample store with planted anomalies, checked against
// the generator's manifest; grabs in light and dark palettes.
#include "audit/auditor.h"
#include "findingsview.h"
#include "index/indexbuilder.h"
#include "itemmodels/findingsmodel.h"
#include "palettes.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <nlohmann/json.hpp>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

namespace {

struct Planted
{
    QString code;
    qint64 position = -1;
    QString streamId;
};

QList<Planted> manifestOf(const QString& store)
{
    QFile file(store + u".anomalies.json");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no manifest beside %s", qPrintable(store));
    const nlohmann::json manifest = nlohmann::json::parse(file.readAll().toStdString());
    QList<Planted> planted;
    for (const auto& entry : manifest["anomalies"]) {
        planted.append({ QString::fromStdString(entry["code"].get<std::string>()), entry["position"].get<qint64>(),
            QString::fromStdString(entry["streamId"].get<std::string>()) });
    }
    return planted;
}

Findings auditStore(const QString& path)
{
    auto store = openStore(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    auto index = IndexBuilder(**store).build();
    if (!index)
        qFatal("%s", qPrintable(index.error().message()));
    AuditOptions options;
    options.projection
        = ProjectionSpec::parse(QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js"));
    auto result = runAudit(**store, *index, options);
    if (!result)
        qFatal("audit failed: %s", qPrintable(result.error().toString()));
    return result->findings;
}

Finding makeFinding(FindingCode code, qint64 position, const QString& stream = u"order-1"_s)
{
    Finding finding;
    finding.code = code;
    finding.severity = severityOf(code);
    finding.streamId = stream;
    finding.version = 3;
    finding.position = position;
    finding.message = u"finding at %1"_s.arg(position);
    return finding;
}

/// "code count" per group row, in display order.
QStringList groups(const QAbstractItemModel& model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        const auto code = static_cast<FindingCode>(group.data(FindingsModel::CodeRole).toInt());
        lines << findingCodeName(code) + u' ' + QString::number(model.rowCount(group));
    }
    return lines;
}

QPalette darkPalette()
{
    return Palettes::dark();
}

bool isReddish(const QColor& color)
{
    return color.red() > 150 && color.green() < 110 && color.blue() < 110;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelGroupsAreTheManifest();
    void modelKeepsPersistentIndexesWhileStreaming();
    void filterByTextAndSeverity();
    void filterByTimeRange();
    void viewActivationEmitsThePosition();
    void viewGrabsInLightAndDark();

private:
    /// The view's proxy row of the finding of `code` at `position`.
    static QModelIndex findingRow(const FindingsView& view, const QString& code, qint64 position);

    QTemporaryDir m_dir;
    Findings m_findings;
    QList<Planted> m_planted;
};

void TestFindings::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    const QString path = sampleStore(m_dir, 5000, 120, 3, true, u"anomalies.db"_s);
    m_planted = manifestOf(path);
    m_findings = auditStore(path);
    QCOMPARE(m_planted.size(), 9);
}

void TestFindings::modelGroupsAreTheManifest()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const qsizetype half = m_findings.size() / 2;
    model.appendFindings(m_findings.first(half));
    model.appendFindings(m_findings.sliced(half));
    QCOMPARE(resets.size(), 0);

    // Every planted anomaly, and nothing else, apart from notes about the store.
    QMap<QString, int> expected;
    for (const Planted& planted : m_planted)
        ++expected[planted.code];
    QMap<QString, int> shown;
    std::array<qint64, 3> counts {};
    Severity previous = Severity::Error;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        const auto severity = static_cast<Severity>(group.data(FindingsModel::SeverityRole).toInt());
        QVERIFY2(severity <= previous, "groups are ordered by severity, worst first");
        previous = severity;
        counts[static_cast<std::size_t>(severity)] += model.rowCount(group);
        QCOMPARE(group.data(FindingsModel::CountRole).toLongLong(), qint64(model.rowCount(group)));
        if (severity != Severity::Note)
            shown[findingCodeName(static_cast<FindingCode>(group.data(FindingsModel::CodeRole).toInt()))]
                = model.rowCount(group);
    }
    QCOMPARE(shown, expected);
    QCOMPARE(model.counts(), counts);
    QCOMPARE(model.totalCount(), qint64(m_findings.size()));

    // Each planted finding sits in its group with its position.
    for (const Planted& planted : m_planted) {
        const QModelIndex group = model.indexOfCode(*findingCodeFromName(planted.code));
        QVERIFY(group.isValid());
        bool found = false;
        for (int row = 0; row < model.rowCount(group) && !found; ++row) {
            const QModelIndex finding = model.index(row, FindingsModel::Position, group);
            found = finding.data(FindingsModel::PositionRole).toLongLong() == planted.position
                && model.index(row, FindingsModel::Stream, group).data().toString() == planted.streamId;
        }
        QVERIFY2(found, qPrintable(planted.code));
    }

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void TestFindings::modelKeepsPersistentIndexesWhileStreaming()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendFindings({ makeFinding(FindingCode::TimestampBackwards, 40) });
    const QPersistentModelIndex warning = model.index(0, FindingsModel::Message, model.index(0, 0));
    QCOMPARE(warning.data().toString(), u"finding at 40"_s);

    // An error group arrives above it, then more of both.
    model.appendFindings({ makeFinding(FindingCode::VersionGap, 7) });
    model.appendFindings({ makeFinding(FindingCode::TimestampBackwards, 50), makeFinding(FindingCode::VersionGap, 60),
        makeFinding(FindingCode::CausationNamesCommands, -1, {}) });
    QCOMPARE(groups(model),
        (QStringList { u"version_gap 2"_s, u"timestamp_backwards 2"_s, u"causation_names_commands 1"_s }));
    QCOMPARE(warning.data().toString(), u"finding at 40"_s);
    QCOMPARE(warning.parent().row(), 1);
    QCOMPARE(model.count(Severity::Error), 2);
    QCOMPARE(model.count(Severity::Warning), 2);
    QCOMPARE(model.count(Severity::Note), 1);
    const QModelIndex storeWide = model.index(0, FindingsModel::Position, model.index(2, 0));
    QVERIFY(!storeWide.data().isValid());
    QCOMPARE(storeWide.data(FindingsModel::PositionRole).toLongLong(), -1);
    QCOMPARE(model.index(0, FindingsModel::Stream, model.index(2, 0)).data().toString(), u"(store)"_s);
}

void TestFindings::filterByTextAndSeverity()
{
    FindingsModel model;
    FindingsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendFindings(m_findings);
    const int all = filter.rowCount();
    QVERIFY(all >= 9);

    filter.setFilterText(u"DRIFT"_s); // the title "Snapshot drift", ignoring case
    QCOMPARE(groups(filter), QStringList { u"snapshot_drift 1"_s });

    // A stream id shows just that stream's findings, under their groups.
    const Planted gap = *std::find_if(
        m_planted.begin(), m_planted.end(), [](const Planted& p) { return p.code == u"version_gap"_s; });
    filter.setFilterText(gap.streamId);
    QVERIFY(filter.rowCount() >= 1);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex group = filter.index(row, 0);
        for (int child = 0; child < filter.rowCount(group); ++child)
            QCOMPARE(filter.index(child, FindingsModel::Stream, group).data().toString(), gap.streamId);
    }

    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), all);
    filter.setMinimumSeverity(Severity::Error);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(filter.rowCount() < all);
    filter.setMinimumSeverity(Severity::Warning);
    for (int row = 0; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row, 0).data(FindingsModel::SeverityRole).toInt() >= int(Severity::Warning));

    // Batches arriving under a filter are filtered too.
    model.clear();
    filter.setFilterText(u"drift"_s);
    model.appendFindings(m_findings.first(1));
    model.appendFindings(m_findings.sliced(1));
    QCOMPARE(groups(filter), QStringList { u"snapshot_drift 1"_s });
}

QModelIndex TestFindings::findingRow(const FindingsView& view, const QString& code, qint64 position)
{
    const QAbstractItemModel* model = view.treeView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        for (int child = 0; child < model->rowCount(group); ++child) {
            const QModelIndex finding = model->index(child, 0, group);
            const auto findingCode = static_cast<FindingCode>(finding.data(FindingsModel::CodeRole).toInt());
            if (findingCodeName(findingCode) == code && finding.data(FindingsModel::PositionRole) == position)
                return finding;
        }
    }
    return {};
}

void TestFindings::viewActivationEmitsThePosition()
{
    FindingsView view;
    view.resize(900, 560);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qsizetype half = m_findings.size() / 2;
    view.appendFindings(m_findings.first(half));
    view.appendFindings(m_findings.sliced(half));
    QSignalSpy activated(&view, &FindingsView::eventActivated);

    // The summary counts every severity (the check holds whatever the plural form).
    const FindingsModel& model = *view.model();
    QVERIFY2(
        view.summaryText().contains(QString::number(model.count(Severity::Error))), qPrintable(view.summaryText()));
    QVERIFY2(
        view.summaryText().contains(QString::number(model.count(Severity::Warning))), qPrintable(view.summaryText()));

    // From a group row, Down selects its first finding and Enter activates it.
    for (const Planted& planted : m_planted) {
        const QModelIndex finding = findingRow(view, planted.code, planted.position);
        QVERIFY2(finding.isValid(), qPrintable(planted.code));
        QTreeView* tree = view.treeView();
        tree->setFocus();
        tree->setCurrentIndex(finding.parent());
        activated.clear();
        for (int row = 0; row <= finding.row(); ++row)
            QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentIndex().siblingAtColumn(0), finding);
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().at(0).toLongLong(), planted.position);
        activated.clear();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().at(0).toLongLong(), planted.position);
        QVERIFY(view.detailsView()->toPlainText().contains(planted.code));
    }

    // The severity combo and the filter narrow the tree; the summary says how many show.
    view.severityCombo()->setCurrentIndex(2);
    for (int row = 0; row < view.treeView()->model()->rowCount(); ++row) {
        QCOMPARE(
            view.treeView()->model()->index(row, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    }
    QTest::keyClicks(view.filterEdit(), u"drift"_s);
    QCOMPARE(groups(*view.treeView()->model()), QStringList { u"snapshot_drift 1"_s });
    QVERIFY(view.treeView()->isFirstColumnSpanned(0, {}));

    // Cancel is offered while busy.
    QSignalSpy cancel(&view, &FindingsView::cancelRequested);
    view.setBusy(u"Auditing…"_s);
    QVERIFY(view.isBusy());
    const auto buttons = view.findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 1);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    view.setIdle();
    QVERIFY(!view.isBusy());
}

void TestFindings::viewGrabsInLightAndDark()
{
    FindingsView view;
    view.resize(900, 720); // every group and the note in view
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.appendFindings(m_findings);
    // This sample has no note; one store-wide note shows the third icon and a row without an event.
    Finding note = makeFinding(FindingCode::CausationNamesCommands, -1, {});
    note.version = -1;
    note.message = u"most causation ids name no event: they name commands"_s;
    view.appendFindings({ note });
    view.setBusy(u"Auditing: replaying streams…"_s);
    view.setProgress(3, 5);

    // The drift has the richest evidence.
    const auto drift = std::find_if(
        m_planted.begin(), m_planted.end(), [](const Planted& p) { return p.code == u"snapshot_drift"_s; });
    QVERIFY(drift != m_planted.end());
    const QModelIndex finding = findingRow(view, drift->code, drift->position);
    view.treeView()->setCurrentIndex(finding);
    QVERIFY(view.detailsView()->toPlainText().contains(u"\"paths\""_s));
    QCoreApplication::sendPostedEvents(); // the details pane lays out its text (scroll bar) late

    // The first error row's severity icon.
    const QModelIndex errorGroup = view.treeView()->model()->index(0, 0);
    const QModelIndex errorRow = view.treeView()->model()->index(0, 0, errorGroup);
    const QRect cell = view.treeView()->visualRect(errorRow);
    const QPoint icon = view.treeView()->viewport()->mapTo(&view, QPoint(cell.left() + 12, cell.center().y()));

    const QImage light = QImage(saveGrab(&view, u"findings-light"_s));
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::sendPostedEvents();
    const QImage dark = QImage(saveGrab(&view, u"findings-dark"_s));
    QApplication::setPalette(original);
    QCoreApplication::sendPostedEvents();
    QVERIFY(!light.isNull() && !dark.isNull());

    QVERIFY2(isReddish(light.pixelColor(icon * light.devicePixelRatio())), qPrintable(light.pixelColor(icon).name()));
    QVERIFY2(isReddish(dark.pixelColor(icon * dark.devicePixelRatio())), qPrintable(dark.pixelColor(icon).name()));
    // The details pane follows the theme.
    const QPoint pane
        = view.detailsView()->viewport()->mapTo(&view, QPoint(view.detailsView()->viewport()->width() - 4, 4));
    QVERIFY(light.pixelColor(pane * light.devicePixelRatio()).lightnessF() > 0.5);
    QVERIFY(dark.pixelColor(pane * dark.devicePixelRatio()).lightnessF() < 0.5);
}

void TestFindings::filterByTimeRange()
{
    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Findings findings;
    for (const qint64 position : { 10, 20, 30 }) {
        Finding finding;
        finding.code = FindingCode::VersionGap;
        finding.severity = severityOf(finding.code);
        finding.position = position;
        finding.time = position * 1000;
        finding.message = QStringLiteral("gap at %1").arg(position);
        findings << finding;
    }
    Finding storeWide;
    storeWide.code = FindingCode::CausationNamesCommands;
    storeWide.severity = severityOf(storeWide.code);
    storeWide.message = QStringLiteral("store-wide");
    findings << storeWide;
    model.appendFindings(findings);

    auto shownPositions = [&] {
        QList<qint64> positions;
        for (int group = 0; group < proxy.rowCount(); ++group) {
            const QModelIndex parent = proxy.index(group, 0);
            for (int row = 0; row < proxy.rowCount(parent); ++row)
                positions << proxy.index(row, 0, parent).data(FindingsModel::PositionRole).toLongLong();
        }
        std::sort(positions.begin(), positions.end());
        return positions;
    };
    QCOMPARE(shownPositions(), (QList<qint64> { -1, 10, 20, 30 }));
    proxy.setTimeRange(15000, 25000);
    QCOMPARE(shownPositions(), (QList<qint64> { -1, 20 }));
    proxy.setTimeRange(kInvalidTime, kInvalidTime);
    QCOMPARE(shownPositions(), (QList<qint64> { -1, 10, 20, 30 }));
}

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
