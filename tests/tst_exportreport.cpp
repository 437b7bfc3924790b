// SPDX-License-Identifier: MIT
// File > Export Report… (issue #8): the dialog opened from the window at the playhead,
// driven with the keyboard and mouse, writing a PDF that verify-report accepts; a cancelled
// export leaves no file (and an existing one untouched); bad input is named in the dialog.

#include "exportreportdialog.h"
#include "index/indexbuilder.h"
#include "index/indexjob.h"
#include "index/timestampparser.h"
#include "mainwindow.h"
#include "replay/replayservice.h"
#include "stateinspector.h"
#include "streamsview.h"
#include "testutils.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Replaces the text of `edit` as a user would: select all, type.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString runChronoscope(const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments);
    process.waitForFinished(120000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestExportReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportFromTheWindowAtThePlayhead();
    void cancelLeavesNoFile();
    void badInputIsNamed();

private:
    QTemporaryDir m_dir;
};

void TestExportReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

void TestExportReport::exportFromTheWindowAtThePlayhead()
{
    const QString path = sampleStore(m_dir, 4000, 40, 5, false, QStringLiteral("window.db"));
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    window.openStore(path);
    window.setProjection(QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#family"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    // Find a family, move the playhead to its third event.
    const QString family = QStringLiteral("family-000002");
    QLineEdit* filter = window.streamsView()->filterEdit();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, family);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(window.inspector()->streamId(), family);
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
    window.inspector()->setCount(3);
    const QStringList third = query(path,
        QStringLiteral("SELECT event_timestamp, aggregate_version FROM events WHERE aggregate_id = '%1' "
                       "ORDER BY rowid LIMIT 1 OFFSET 2")
            .arg(family)
            .toUtf8());
    QCOMPARE(third.size(), 1);

    // File > Export Report… (Ctrl+Shift+R) opens the dialog at the playhead.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    ExportReportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ExportReportDialog*>()) != nullptr);
    QSignalSpy previewed(dialog, &ExportReportDialog::previewFinished);
    QSignalSpy exported(dialog, &ExportReportDialog::exportFinished);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->idEdit()->text(), family);
    const TimeUs playhead = TimestampParser::parseText(third.constFirst().section(u'|', 0, 0).toStdString());
    QCOMPARE(dialog->timeEdit()->text(), TimestampParser::toIso(playhead));
    QCOMPARE(dialog->formatBox()->currentText(), QStringLiteral("PDF (for people, paginated)"));
    QVERIFY(dialog->pathEdit()->text().endsWith(u".pdf"));

    // The preview: the report as HTML, the family's state and its three events.
    QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, 30000);
    QCOMPARE(previewed.constFirst().at(0).toBool(), true);
    const QString previewText = dialog->preview()->toPlainText();
    QVERIFY2(previewText.contains(family) && previewText.contains(QStringLiteral("History")), qPrintable(previewText));
    QVERIFY(previewText.contains(QStringLiteral("Integrity digest")));
    saveGrab(dialog, QStringLiteral("export-report-dialog"));

    // Letter paper, a file of our own, Export.
    QComboBox* pageSize = dialog->pageSizeBox();
    pageSize->setFocus();
    QTest::keyClick(pageSize, Qt::Key_Down);
    QCOMPARE(pageSize->currentText(), QStringLiteral("US Letter"));
    const QString output = m_dir.filePath(QStringLiteral("family-from-gui.pdf"));
    retype(dialog->pathEdit(), output);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QCOMPARE(exported.constFirst().at(0).toString(), output);
    QCOMPARE(exported.constFirst().at(1).toLongLong(), 3);
    const QByteArray digest = exported.constFirst().at(2).toByteArray();
    QCOMPARE(digest.size(), 64);
    QVERIFY(readAll(output).startsWith("%PDF-"));
    QTRY_VERIFY(window.findChild<ExportReportDialog*>() == nullptr); // closed after writing

    // The PDF verifies against the store, and is on Letter paper.
    int exitCode = -1;
    const QString verified = runChronoscope({ QStringLiteral("verify-report"), output, path }, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(verified.trimmed(), QStringLiteral("match: 3 events, digest ") + QString::fromLatin1(digest));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { output });
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(letter)")));
}

void TestExportReport::cancelLeavesNoFile()
{
    // One stream of 10,000 events: long enough to cancel while it is written.
    const QByteArray sql = "CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, event_version INT, "
                           "aggregate_id TEXT, aggregate_type TEXT, aggregate_version INT, event_data TEXT, "
                           "event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT);\n"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                           "INSERT INTO events SELECT 'ev-' || i, 'MoneyDeposited', 1, 'account-big', 'BankAccount', "
                           "i, json_object('balance', i * 10), "
                           "strftime('%Y-%m-%dT%H:%M:%S', '2024-01-01', '+' || i || ' minutes') || '.000000Z', "
                           "'user-1', 'c-' || i, NULL FROM n;\n";
    const QString path = storeFromSql(m_dir, sql, QStringLiteral("big.db"));
    auto store = openStore(path);
    QVERIFY(store);
    auto built = IndexBuilder(**store).build();
    QVERIFY(built);
    ExportReportDefaults defaults;
    defaults.storePath = path;
    defaults.index = *built;
    defaults.streamId = QStringLiteral("account-big");
    defaults.aggregateType = QStringLiteral("BankAccount");
    ExportReportDialog dialog(defaults);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy exported(&dialog, &ExportReportDialog::exportFinished);

    // An existing file of that name stays as it was.
    const QString output = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    {
        QFile existing(output);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the previous report");
    }
    retype(dialog.pathEdit(), output);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.isExporting());
    QVERIFY(dialog.progressBar()->isVisible());
    QVERIFY(!dialog.exportButton()->isEnabled());
    QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("&Stop Export"));
    saveGrab(&dialog, QStringLiteral("export-report-dialog-exporting"));
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QCOMPARE(exported.constFirst().at(1).toLongLong(), -1);
    QCOMPARE(readAll(output), QByteArray("the previous report"));
    QVERIFY(dialog.isVisible()); // cancelling the export does not close the dialog
    QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Export cancelled; nothing was written."));
    QVERIFY(dialog.exportButton()->isEnabled());

    // And one to a new name leaves nothing behind.
    const QString fresh = m_dir.filePath(QStringLiteral("never.pdf"));
    retype(dialog.pathEdit(), fresh);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 60000);
    QCOMPARE(exported.constLast().at(1).toLongLong(), -1);
    QVERIFY(!QFile::exists(fresh));
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("never.pdf*") }).isEmpty());
}

void TestExportReport::badInputIsNamed()
{
    const QString path = sampleStore(m_dir, 1000, 10, 3, false, QStringLiteral("bad.db"));
    auto store = openStore(path);
    QVERIFY(store);
    auto built = IndexBuilder(**store).build();
    QVERIFY(built);
    ExportReportDefaults defaults;
    defaults.storePath = path;
    defaults.index = *built;
    ExportReportDialog dialog(defaults);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy exported(&dialog, &ExportReportDialog::exportFinished);

    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Name the stream to report on."));
    retype(dialog.idEdit(), QStringLiteral("nobody-1"));
    retype(dialog.timeEdit(), QStringLiteral("yesterday"));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("'yesterday' is not a time")),
        qPrintable(dialog.messageLabel()->text()));
    retype(dialog.timeEdit(), QStringLiteral("2024-06-01"));
    retype(dialog.redactEdit(), QStringLiteral("/familyName"));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("needs a salt")));
    retype(dialog.saltEdit(), QStringLiteral("pepper"));
    const QString output = m_dir.filePath(QStringLiteral("nobody.pdf"));
    retype(dialog.pathEdit(), output);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
    QCOMPARE(exported.constFirst().at(1).toLongLong(), -1);
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("no stream 'nobody-1'")),
        qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!QFile::exists(output));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(exported.size(), 1);
}

QTEST_MAIN(TestExportReport)
#include "tst_exportreport.moc"
