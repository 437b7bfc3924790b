// SPDX-License-Identifier: MIT
// German and Spanish: every message of the .ts files translated (placeholders, plural forms
// and accelerators kept), and the real window on a sample store speaking each language with
// localized numbers, Qt's own dialogs translated too, nothing cut off (grabbed to PNG).

#include "appsettings.h"
#include "findingsview.h"
#include "graphview.h"
#include "index/indexjob.h"
#include "itemmodels/streamsmodel.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "streamsview.h"
#include "testutils.h"
#include "translators.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or the plural forms
    bool numerus = false;
    bool finished = true;
};

QString tsPath(const QString& language)
{
    return QStringLiteral(CHRONOSCOPE_TS_DIR "/chronoscope_%1.ts").arg(language);
}

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message") {
            message = {};
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            message.finished = type.isEmpty();
            if (!message.numerus)
                message.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s;]"));
    return text.contains(pattern) && !text.contains(u"&amp;"_s) && !text.contains(u"&lt;"_s);
}

// Texts a user reads that are cut off: labels and buttons narrower than their text, dock
// titles and tabs that do not fit.
QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->wordWrap() && !label->text().isEmpty()
            && label->width() < label->minimumSizeHint().width())
            clipped << u"label '%1' (%2 < %3 px)"_s.arg(label->text())
                           .arg(label->width())
                           .arg(label->minimumSizeHint().width());
        if (auto* button = qobject_cast<QAbstractButton*>(widget);
            button && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
            clipped << u"button '%1' (%2 < %3 px)"_s.arg(button->text())
                           .arg(button->width())
                           .arg(button->minimumSizeHint().width());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->fontMetrics().horizontalAdvance(combo->itemText(i)) > combo->width() - 24)
                    clipped << u"combo item '%1'"_s.arg(combo->itemText(i));
            }
        }
        if (auto* bar = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->fontMetrics().horizontalAdvance(bar->tabText(i).remove(u'&')) > bar->tabRect(i).width())
                    clipped << u"tab '%1'"_s.arg(bar->tabText(i));
            }
        }
        if (auto* dock = qobject_cast<QDockWidget*>(widget);
            dock && dock->fontMetrics().horizontalAdvance(dock->windowTitle()) > dock->width() - 40)
            clipped << u"dock title '%1'"_s.arg(dock->windowTitle());
    }
    return clipped;
}

void collectMenuTexts(const QMenu* menu, QStringList& texts)
{
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text();
        if (action->menu() && action->menu()->objectName() != u"recentMenu")
            collectMenuTexts(action->menu(), texts);
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void everySourceMessageIsInTheTsFiles_data();
    void everySourceMessageIsInTheTsFiles();
    void languageSetting();
    void windowSpeaks_data();
    void windowSpeaks();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    m_store = sampleStore(m_dir, 20000, 120, 9, true);
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(tsPath(language));
    QVERIFY(messages.size() > 600);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + u": \"" + m.source.left(60) + u'"';
        if (!m.finished)
            problems << where + u" is unfinished";
        // German and Spanish have two plural forms (one, other).
        if (m.numerus && m.translations.size() != 2)
            problems << where + u" needs 2 plural forms";
        for (const QString& translation : m.translations) {
            if (translation.isEmpty()) {
                problems << where + u" is empty";
                continue;
            }
            if (placeholders(translation) != placeholders(m.source))
                problems << where + u" changes the placeholders: " + translation;
            if (hasAccelerator(m.source) != hasAccelerator(translation))
                problems << where + u" gains or loses its accelerator: " + translation;
            // Fragments joined to other text keep their spacing (" MiB", ", %1 events/s").
            if (m.source.startsWith(u' ') != translation.startsWith(u' ')
                || m.source.endsWith(u' ') != translation.endsWith(u' ')
                || m.source.endsWith(u'\n') != translation.endsWith(u'\n'))
                problems << where + u" changes the spacing at its ends: '" + translation + u'\'';
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n')));
}

void TestTranslations::everySourceMessageIsInTheTsFiles_data()
{
    everyMessageIsTranslated_data();
}

// A tr() the .ts files lack shows in English in every language; lupdate (as the
// update_translations target runs it) on a copy of the .ts must find nothing new.
void TestTranslations::everySourceMessageIsInTheTsFiles()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"chronoscope_%1.ts"_s.arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    // Files, not folders: lupdate resolves a class's context differently when it scans a
    // folder, and the build passes it files.
    QStringList sources;
    for (const QString& folder : { u"app"_s, u"views"_s, u"model"_s }) {
        QDirIterator it(QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/") + folder, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    sources.sort(); // as CMake's glob lists them
    const QStringList arguments
        = QStringList { u"-no-obsolete"_s, u"-locations"_s, u"none"_s } + sources + QStringList { u"-ts"_s, copy };
    QProcess lupdate;
    lupdate.start(QStringLiteral(CHRONOSCOPE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    QSet<QString> committed;
    for (const Message& m : readTs(tsPath(language)))
        committed.insert(m.context + u'\x1f' + m.source);
    QStringList missing;
    for (const Message& m : readTs(copy)) {
        if (!committed.contains(m.context + u'\x1f' + m.source))
            missing << m.context + u": \"" + m.source.left(60) + u'"';
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"not in the .ts files (cmake --build --preset ci --target update_translations):\n"_s
            + missing.join(u'\n')));
}

void TestTranslations::languageSetting()
{
    AppSettings settings;
    settings.setLanguage(u"es"_s);
    QCOMPARE(AppSettings().language(), u"es"_s);
    QCOMPARE(Translators::localeFor(AppSettings().language()).language(), QLocale::Spanish);
    settings.setLanguage(u"klingon"_s);
    QCOMPARE(AppSettings().language(), u"system"_s);
    QCOMPARE(Translators::localeFor(u"system"_s), QLocale::system());
    // The Preferences dialog offers each translated language by its own name.
    PreferencesDialog dialog(settings);
    QStringList names;
    for (int i = 0; i < dialog.languageBox()->count(); ++i)
        names << dialog.languageBox()->itemText(i);
    QVERIFY2(names.contains(u"Deutsch"_s) && names.contains(u"Español"_s) && names.contains(u"English"_s),
        qPrintable(names.join(u", ")));
    QSettings().clear();
}

void TestTranslations::windowSpeaks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("events"); // the status line's start
    QTest::addColumn<QString>("cancel"); // Qt's own button text
    QTest::addColumn<QString>("file"); // the first menu
    QTest::newRow("German") << u"de"_s << u"20.000 Ereignisse"_s << u"Abbrechen"_s << u"&Datei"_s;
    QTest::newRow("Spanish") << u"es"_s << u"20.000 eventos"_s << u"Cancelar"_s << u"&Archivo"_s;
}

void TestTranslations::windowSpeaks()
{
    QFETCH(QString, language);
    QFETCH(QString, events);
    QFETCH(QString, cancel);
    QFETCH(QString, file);
    Translators translators;
    QVERIFY(translators.install(QLocale(language)));
    QCOMPARE(QLocale().language(), QLocale(language).language());
    QSet<QString> sources;
    QSet<QString> translations;
    for (const Message& m : readTs(tsPath(language))) {
        sources.insert(m.source);
        for (const QString& t : m.translations)
            translations.insert(t);
    }

    MainWindow window;
    window.setCacheDirectory({});
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy audited(window.auditJob(), &AuditJob::auditFinished);
    QSignalSpy graphed(window.graphView(), &GraphView::graphFinished);
    window.openStore(m_store);
    window.setProjection(QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js"));
    window.openAt(u"family-000003"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !audited.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!graphed.isEmpty() && !window.graphView()->isBusy(), 30000);

    // Numbers in the user's language; the menus translated, not English.
    const QString status = window.statusBar()->findChild<QLabel*>()->text();
    QVERIFY2(status.startsWith(events), qPrintable(status));
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), file);
    QStringList texts;
    for (const QAction* top : window.menuBar()->actions()) {
        texts << top->text();
        collectMenuTexts(top->menu(), texts);
    }
    for (const QString& text : std::as_const(texts)) {
        QVERIFY2(!text.trimmed().isEmpty(), "a menu entry without text");
        QVERIFY2(!sources.contains(text) || translations.contains(text), qPrintable(u"still English: "_s + text));
    }

    QVERIFY2(clippedTexts(&window).isEmpty(), qPrintable(clippedTexts(&window).join(u'\n')));
    // The Streams dock at its default width shows each stream's findings ("1 Warnung")
    // whole: the column fits the text and lies inside the view.
    QTreeView* streams = window.streamsView()->treeView();
    int badgesSeen = 0;
    for (int type = 0; type < streams->model()->rowCount(); ++type) {
        const QModelIndex parent = streams->model()->index(type, 0);
        if (!streams->isExpanded(parent))
            continue;
        for (int row = 0; row < streams->model()->rowCount(parent); ++row) {
            const QModelIndex badge = streams->model()->index(row, StreamsModel::Badges, parent);
            const QString text = badge.data().toString();
            if (text.isEmpty())
                continue;
            ++badgesSeen;
            QFont font = streams->font();
            font.setBold(true); // the widest case: errors are bold
            const QRect cell = streams->visualRect(badge);
            QVERIFY2(cell.width() >= QFontMetrics(font).horizontalAdvance(text) + 4, qPrintable(text));
            QVERIFY2(cell.right() <= streams->viewport()->width(), qPrintable(text));
        }
    }
    QVERIFY(badgesSeen > 0);
    saveGrab(&window, u"mainwindow-%1"_s.arg(language));
    for (QAction* top : window.menuBar()->actions()) {
        QMenu* menu = top->menu();
        menu->popup(window.mapToGlobal(QPoint(20, 20)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        saveGrab(menu, u"menu-%1-%2"_s.arg(language, top->text().remove(u'&').toLower()));
        // A menu is as wide as its longest entry and its shortcut column: none is cut.
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator())
                QVERIFY2(menu->actionGeometry(const_cast<QAction*>(action)).width()
                        > menu->fontMetrics().horizontalAdvance(QString(action->text()).remove(u'&')),
                    qPrintable(action->text()));
        }
        menu->hide();
    }
    // The Findings dock, brought to the front as the status bar's link does.
    auto* findingsDock = qobject_cast<QDockWidget*>(window.findingsView()->parentWidget());
    QVERIFY(findingsDock);
    findingsDock->raise();
    QTRY_VERIFY(window.findingsView()->isVisible());
    QVERIFY2(clippedTexts(findingsDock).isEmpty(), qPrintable(clippedTexts(findingsDock).join(u'\n')));
    saveGrab(findingsDock, u"findings-%1"_s.arg(language));

    AppSettings settings;
    PreferencesDialog preferences(settings, &window);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    // qtbase_xx is loaded: Qt's own buttons speak the language too.
    const auto* buttons = preferences.findChild<QDialogButtonBox*>();
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    QVERIFY2(clippedTexts(&preferences).isEmpty(), qPrintable(clippedTexts(&preferences).join(u'\n')));
    saveGrab(&preferences, u"preferences-%1"_s.arg(language));
    preferences.hide();

    ShortcutsDialog shortcuts(&window);
    shortcuts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
    saveGrab(&shortcuts, u"shortcuts-%1"_s.arg(language));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
