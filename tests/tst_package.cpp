// SPDX-License-Identifier: MIT
// What the Debian package installs (packaging/, issue #11): the install tree has the binary,
// desktop entry, AppStream metainfo, icons, man page and sample projections; the metadata
// passes the validators users' software centres run; the man page renders and lists every
// command `chronoscope --help` lists.

#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void installTreeHasEverything_data();
    void installTreeHasEverything();
    void iconsHaveTheirSizes();
    void metainfoValidates();
    void desktopEntryValidates();
    void manPageListsEveryCommand();

private:
    QTemporaryDir m_prefix;
};

void TestPackage::initTestCase()
{
    // The same install step cpack runs, into a scratch prefix.
    const Run install
        = run(u"cmake"_s, { u"--install"_s, QStringLiteral(CHRONOSCOPE_BUILD_DIR), u"--prefix"_s, m_prefix.path() });
    QVERIFY2(install.exitCode == 0, qPrintable(install.err));
}

void TestPackage::installTreeHasEverything_data()
{
    QTest::addColumn<QString>("path");
    for (const char* path : { "bin/chronoscope", "share/applications/chronoscope.desktop",
             "share/metainfo/invalid.example.Chronoscope.metainfo.xml",
             "share/icons/hicolor/scalable/apps/chronoscope.svg", "share/man/man1/chronoscope.1.gz",
             "share/chronoscope/projections/sample.js", "share/chronoscope/projections/family-v2.js",
             "share/chronoscope/projections/kurrent/family.js" })
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestPackage::installTreeHasEverything()
{
    QFETCH(QString, path);
    const QFileInfo installed(QDir(m_prefix.path()).filePath(path));
    QVERIFY2(installed.isFile() && installed.size() > 0, qPrintable(installed.filePath()));
    if (path.startsWith(u"bin/"))
        QVERIFY(installed.isExecutable());
}

void TestPackage::iconsHaveTheirSizes()
{
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
        const QString path = m_prefix.filePath(u"share/icons/hicolor/%1x%1/apps/chronoscope.png"_s.arg(size));
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.size(), QSize(size, size));
        QVERIFY(icon.hasAlphaChannel());
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0); // rounded corners are transparent
        QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
    }
}

void TestPackage::metainfoValidates()
{
    const Run validate = run(u"appstreamcli"_s,
        { u"validate"_s, u"--no-net"_s, u"--explain"_s,
            m_prefix.filePath(u"share/metainfo/invalid.example.Chronoscope.metainfo.xml"_s) });
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    QVERIFY2(!validate.out.contains(u"E: "_s) && !validate.out.contains(u"W: "_s), qPrintable(validate.out));
}

void TestPackage::desktopEntryValidates()
{
    const QString desktop = m_prefix.filePath(u"share/applications/chronoscope.desktop"_s);
    const Run validate = run(u"desktop-file-validate"_s, { desktop });
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    QCOMPARE(validate.out + validate.err, QString()); // not even a hint
    QFile file(desktop);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("\nExec=chronoscope %f\n"));
    QVERIFY(text.contains("\nIcon=chronoscope\n"));
}

void TestPackage::manPageListsEveryCommand()
{
    const Run help = run(QStringLiteral(CHRONOSCOPE_BINARY), { u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    // "Usage: chronoscope info STORE…" and "       chronoscope events STORE…": the word after
    // the program name, unless it is an argument like [STORE].
    QStringList commands;
    static const QRegularExpression usageLine(u"^(?:Usage:)?\\s+chronoscope ([a-z][a-z-]*)"_s);
    for (const QString& line : help.out.split(u'\n')) {
        const QRegularExpressionMatch match = usageLine.match(line);
        if (match.hasMatch() && !commands.contains(match.captured(1)))
            commands << match.captured(1);
    }
    QVERIFY2(commands.size() >= 10, qPrintable(commands.join(u' ')));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MANWIDTH"_s, u"100"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    const QString page = m_prefix.filePath(u"share/man/man1/chronoscope.1.gz"_s);
    const Run man = run(u"man"_s, { u"--warnings"_s, u"-P"_s, u"cat"_s, u"-l"_s, page }, environment);
    QCOMPARE(man.exitCode, 0);
    QCOMPARE(man.err, QString()); // groff warns about nothing
    QVERIFY(man.out.contains(u"CHRONOSCOPE(1)"_s));
    // Each command has a subsection of its own (three spaces in, alone on its line), with
    // its synopsis below.
    const QStringList lines = man.out.split(u'\n');
    for (const QString& command : std::as_const(commands)) {
        QVERIFY2(lines.contains(u"   "_s + command), qPrintable(u"the man page lacks a section on "_s + command));
        QVERIFY2(man.out.contains(u"chronoscope "_s + command + u' '),
            qPrintable(u"the man page lacks the synopsis of "_s + command));
    }
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
