// SPDX-License-Identifier: MIT
#include "casefile.h"

#include "index/timestampparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <pwd.h>
#include <unistd.h>

namespace Chronoscope {

namespace {

const QString kSuffix = QStringLiteral(".chronoscope-case.json");

// The top-level fields this version knows; a newer file's others are written back as they were.
const QStringList kKnownFields = { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("bookmarks"),
    QStringLiteral("notes"), QStringLiteral("timeReference"), QStringLiteral("timeMode"), QStringLiteral("filters"),
    QStringLiteral("projections"), QStringLiteral("inspected"), QStringLiteral("savedAt"), QStringLiteral("savedBy"),
    QStringLiteral("store") };

bool isLocalFile(const QString& storeSpec)
{
    return !storeSpec.isEmpty() && QFileInfo(storeSpec).isFile();
}

QString identityOf(const QString& storeSpec)
{
    if (isLocalFile(storeSpec))
        return QFileInfo(storeSpec).canonicalFilePath();
    return QUrl(storeSpec).toString(QUrl::RemovePassword);
}

bool sameEvent(const EventAnchor& a, const EventAnchor& b)
{
    if (!a.eventId.isEmpty() && !b.eventId.isEmpty())
        return a.eventId == b.eventId;
    if (!a.streamId.isEmpty() && !b.streamId.isEmpty())
        return a.streamId == b.streamId && a.version == b.version;
    return a.position == b.position;
}

QString now()
{
    return TimestampParser::toIso(QDateTime::currentMSecsSinceEpoch() * 1000);
}

} // namespace

/// Serializes writes of one CaseFile (autosaves on workers, saveNow() here): an older
/// snapshot never replaces a newer one.
struct CaseFile::Writer
{
    QMutex mutex;
    quint64 written = 0;
};

CaseFile::CaseFile(QObject* parent)
    : QObject(parent)
    , m_author(systemUserName())
    , m_writer(std::make_shared<Writer>())
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1000);
    connect(&m_autosave, &QTimer::timeout, this, &CaseFile::saveInBackground);
}

CaseFile::~CaseFile()
{
    close();
}

QString CaseFile::systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty()) {
        if (const passwd* entry = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(entry->pw_name);
    }
    return name;
}

bool CaseFile::folderTakesWrites(const QString& path)
{
    // Permission bits, not only access(2): root passes access() on a 0555 folder, and a
    // folder its owner made read-only must stay as it is (tests/tst_neverwrites).
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return folder.isWritable() && (folder.permissions() & writeBits);
}

QString CaseFile::besidePath(const QString& storeSpec)
{
    return isLocalFile(storeSpec) ? QFileInfo(storeSpec).absoluteFilePath() + kSuffix : QString();
}

QString CaseFile::dataPath(const QString& storeSpec, const QString& dataDirectory)
{
    if (dataDirectory.isEmpty())
        return {};
    // Readable (the store's name) and unique (a digest of its identity: canonical path or URL).
    QString name = isLocalFile(storeSpec) ? QFileInfo(storeSpec).fileName() : QUrl(storeSpec).host();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QByteArray digest
        = QCryptographicHash::hash(identityOf(storeSpec).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(dataDirectory).filePath(QStringLiteral("cases/") + name + u'-' + QString::fromLatin1(digest) + kSuffix);
}

QStringList CaseFile::open(const QString& storeSpec)
{
    close();
    QStringList warnings = read(storeSpec);
    Q_EMIT changed(); // views show the case as read (not a change to save)
    return warnings;
}

QStringList CaseFile::read(const QString& storeSpec)
{
    m_storeSpec = storeSpec;
    const QString beside = besidePath(storeSpec);
    const QString inData = dataPath(storeSpec, m_dataDirectory);
    // Both may exist (the store's folder became read-only, or a colleague's copy lies
    // beside it): the one written last is the case as the user left it.
    QString found;
    for (const QString& candidate : { beside, inData }) {
        if (!candidate.isEmpty() && QFileInfo::exists(candidate)
            && (found.isEmpty() || QFileInfo(candidate).lastModified() > QFileInfo(found).lastModified()))
            found = candidate;
    }
    m_path = found.isEmpty() ? (beside.isEmpty() || !folderTakesWrites(beside) ? inData : beside) : found;
    if (found.isEmpty())
        return {};

    QStringList warnings;
    QFile file(found);
    if (!file.open(QIODevice::ReadOnly)) {
        // Not ours to rename or overwrite: keep it, work in the data directory.
        warnings << tr("The case file %1 cannot be read (%2); changes are saved in %3")
                        .arg(found, file.errorString(), inData);
        m_path = inData;
        return warnings;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    QString error;
    const std::optional<CaseFormat::Parsed> parsed = CaseFormat::parse(bytes, &error);
    if (!parsed) {
        const QString aside
            = found + QStringLiteral(".damaged-") + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss");
        if (QFile::rename(found, aside)) {
            warnings << tr("The case file %1 is damaged (%2). It was kept as %3 and a new case was started.")
                            .arg(found, error, QFileInfo(aside).fileName());
        } else {
            warnings << tr("The case file %1 is damaged (%2) and cannot be moved aside; it is left as it is and "
                           "changes are saved in %3.")
                            .arg(found, error, inData);
            m_path = found == inData ? QString() : inData;
        }
        return warnings;
    }
    m_fileExists = true;
    m_data = parsed->data;
    m_loadedVersion = parsed->version;
    if (parsed->version > CaseFormat::kVersion) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!kKnownFields.contains(it.key()))
                m_unknown.insert(it.key(), it.value());
        }
        m_newerBackup = found + QStringLiteral(".v%1.json").arg(parsed->version);
        warnings << tr("The case file %1 was written by a newer Chronoscope (format version %2; this one writes %3). "
                       "What could be read is shown; before it is first saved, the original is copied to %4.")
                        .arg(found)
                        .arg(parsed->version)
                        .arg(CaseFormat::kVersion)
                        .arg(QFileInfo(m_newerBackup).fileName());
        for (const QString& warning : parsed->warnings)
            warnings << tr("%1: skipped %2").arg(QFileInfo(found).fileName(), warning);
    }
    return warnings;
}

void CaseFile::close()
{
    if (!isOpen())
        return;
    if (m_dirty)
        saveNow();
    m_autosave.stop();
    m_storeSpec.clear();
    m_path.clear();
    m_data = {};
    m_unknown = {};
    m_loadedVersion = 0;
    m_newerBackup.clear();
    m_dirty = false;
    m_fileExists = false;
    Q_EMIT changed();
}

void CaseFile::touch()
{
    m_dirty = true;
    Q_EMIT changed();
    if (isOpen())
        m_autosave.start();
}

void CaseFile::setData(const CaseData& data)
{
    m_data = data;
    touch();
}

void CaseFile::merge(const CaseData& other)
{
    for (const Bookmark& b : other.bookmarks) {
        if (std::none_of(m_data.bookmarks.begin(), m_data.bookmarks.end(),
                [&](const Bookmark& mine) { return sameEvent(mine.event, b.event); }))
            m_data.bookmarks << b;
    }
    for (const EventNote& n : other.notes) {
        if (std::none_of(m_data.notes.begin(), m_data.notes.end(), [&](const EventNote& mine) {
                return sameEvent(mine.event, n.event) && mine.text == n.text && mine.author == n.author;
            }))
            m_data.notes << n;
    }
    for (const SavedFilter& f : other.savedFilters) {
        if (std::none_of(m_data.savedFilters.begin(), m_data.savedFilters.end(),
                [&](const SavedFilter& mine) { return mine.name == f.name; }))
            m_data.savedFilters << f;
    }
    for (const QString& expression : other.filterHistory) {
        if (!m_data.filterHistory.contains(expression) && m_data.filterHistory.size() < kHistoryLimit)
            m_data.filterHistory << expression;
    }
    if (!m_data.timeReference)
        m_data.timeReference = other.timeReference;
    touch();
}

int CaseFile::bookmarkAt(qint64 position) const
{
    for (qsizetype i = 0; i < m_data.bookmarks.size(); ++i) {
        if (m_data.bookmarks.at(i).event.position == position)
            return static_cast<int>(i);
    }
    return -1;
}

bool CaseFile::toggleBookmark(const EventAnchor& event, const QString& label)
{
    if (const int at = bookmarkAt(event.position); at >= 0) {
        removeBookmark(at);
        return false;
    }
    Bookmark b;
    b.event = event;
    b.label = label;
    b.created = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_data.bookmarks << b;
    touch();
    return true;
}

void CaseFile::setBookmarkLabel(int bookmark, const QString& label)
{
    if (bookmark < 0 || bookmark >= m_data.bookmarks.size() || m_data.bookmarks.at(bookmark).label == label)
        return;
    m_data.bookmarks[bookmark].label = label;
    touch();
}

void CaseFile::setBookmarkColor(int bookmark, const QString& color)
{
    if (bookmark < 0 || bookmark >= m_data.bookmarks.size())
        return;
    m_data.bookmarks[bookmark].color = color;
    touch();
}

void CaseFile::removeBookmark(int bookmark)
{
    if (bookmark < 0 || bookmark >= m_data.bookmarks.size())
        return;
    m_data.bookmarks.removeAt(bookmark);
    touch();
}

QList<int> CaseFile::notesAt(qint64 position) const
{
    QList<int> found;
    for (qsizetype i = 0; i < m_data.notes.size(); ++i) {
        if (m_data.notes.at(i).event.position == position)
            found << static_cast<int>(i);
    }
    return found;
}

void CaseFile::addNote(const EventAnchor& event, const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    m_data.notes << EventNote { event, text, m_author, QDateTime::currentMSecsSinceEpoch() * 1000 };
    touch();
}

void CaseFile::setNoteText(int note, const QString& text)
{
    if (note < 0 || note >= m_data.notes.size())
        return;
    m_data.notes[note].text = text;
    touch();
}

void CaseFile::removeNote(int note)
{
    if (note < 0 || note >= m_data.notes.size())
        return;
    m_data.notes.removeAt(note);
    touch();
}

void CaseFile::setEventId(qint64 position, const QString& eventId)
{
    bool changedAny = false;
    auto fill = [&](EventAnchor& anchor) {
        if (anchor.position == position && anchor.eventId != eventId) {
            anchor.eventId = eventId;
            changedAny = true;
        }
    };
    for (Bookmark& b : m_data.bookmarks)
        fill(b.event);
    for (EventNote& n : m_data.notes)
        fill(n.event);
    if (m_data.timeReference)
        fill(m_data.timeReference->event);
    if (changedAny)
        touch();
}

int CaseFile::resolve(const EventIndex& index)
{
    int missing = 0;
    bool moved = false;
    auto find = [&](EventAnchor& anchor) {
        const qint64 p = anchor.position;
        if (p >= 0 && p < index.size()
            && (anchor.streamId.isEmpty()
                || (index.streams().string(index.stream(p)) == anchor.streamId && index.version(p) == anchor.version)))
            return;
        const std::optional<quint32> stream
            = anchor.streamId.isEmpty() ? std::nullopt : index.streams().find(anchor.streamId);
        if (stream) {
            for (const qint32 candidate : index.streamPositions(*stream)) {
                if (index.version(candidate) == anchor.version) {
                    anchor.position = candidate;
                    moved = true;
                    return;
                }
            }
        }
        ++missing;
    };
    for (Bookmark& b : m_data.bookmarks)
        find(b.event);
    for (EventNote& n : m_data.notes)
        find(n.event);
    if (m_data.timeReference)
        find(m_data.timeReference->event);
    if (moved)
        touch();
    return missing;
}

void CaseFile::setTimeReference(const std::optional<TimeReference>& reference)
{
    if (m_data.timeReference == reference)
        return;
    m_data.timeReference = reference;
    touch();
}

void CaseFile::setTimeMode(const QString& mode)
{
    if (m_data.timeMode == mode)
        return;
    m_data.timeMode = mode;
    touch();
}

void CaseFile::saveFilter(const QString& name, const QString& expression)
{
    for (SavedFilter& f : m_data.savedFilters) {
        if (f.name == name) {
            f.expression = expression;
            touch();
            return;
        }
    }
    m_data.savedFilters << SavedFilter { name, expression };
    touch();
}

void CaseFile::removeFilter(const QString& name)
{
    const auto removed = m_data.savedFilters.removeIf([&](const SavedFilter& f) { return f.name == name; });
    if (removed > 0)
        touch();
}

void CaseFile::addToFilterHistory(const QString& expression)
{
    if (expression.trimmed().isEmpty()
        || (!m_data.filterHistory.isEmpty() && m_data.filterHistory.constFirst() == expression))
        return;
    m_data.filterHistory.removeAll(expression);
    m_data.filterHistory.prepend(expression);
    while (m_data.filterHistory.size() > kHistoryLimit)
        m_data.filterHistory.removeLast();
    touch();
}

void CaseFile::setProjections(const QString& active, const QString& other)
{
    if (m_data.activeProjection == active && m_data.otherProjection == other)
        return;
    m_data.activeProjection = active;
    m_data.otherProjection = other;
    touch();
}

void CaseFile::setInspected(const QString& streamId, qint64 count)
{
    if (m_data.inspectedStream == streamId && m_data.inspectedCount == count)
        return;
    m_data.inspectedStream = streamId;
    m_data.inspectedCount = count;
    touch();
}

QByteArray CaseFile::serialize() const
{
    QJsonObject root = CaseFormat::toJson(m_data);
    for (auto it = m_unknown.begin(); it != m_unknown.end(); ++it)
        root.insert(it.key(), it.value());
    root[u"savedAt"] = now();
    root[u"savedBy"] = m_author;
    root[u"store"] = identityOf(m_storeSpec);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CaseFile::WriteResult CaseFile::write(const std::shared_ptr<Writer>& writer, quint64 sequence, const QByteArray& bytes,
    const QStringList& paths, const QString& backupOf, const QString& backupTo)
{
    QMutexLocker lock(&writer->mutex);
    if (sequence < writer->written)
        return {}; // a newer snapshot is already on disk
    if (!backupOf.isEmpty() && !QFileInfo::exists(backupTo) && !QFile::copy(backupOf, backupTo))
        return { {},
            tr("%1: cannot keep a copy of the newer case file as %2; it was not overwritten").arg(backupOf, backupTo) };
    QStringList reasons;
    for (const QString& path : paths) {
        if (path.isEmpty())
            continue;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
            writer->written = sequence;
            return { path, {} };
        }
        reasons << tr("%1: %2").arg(path, file.errorString());
    }
    return { {}, tr("The case file cannot be written: %1").arg(reasons.join(QStringLiteral("; "))) };
}

void CaseFile::applyWriteResult(const WriteResult& result)
{
    if (!result.error.isEmpty()) {
        m_dirty = true; // the next change (or close) tries again
        Q_EMIT saveFailed(result.error);
        return;
    }
    if (result.path.isEmpty())
        return; // superseded
    m_path = result.path; // the data directory's, when the store's folder refused it
    m_fileExists = true;
    m_newerBackup.clear();
    Q_EMIT saveFinished(result.path);
}

bool CaseFile::saveNow(QString* error)
{
    m_autosave.stop();
    if (!isOpen() || (!m_fileExists && m_data.isEmpty())) {
        m_dirty = false;
        return true;
    }
    const QByteArray bytes = serialize();
    m_dirty = false;
    const WriteResult result = write(m_writer, ++m_sequence, bytes, { m_path, dataPath(m_storeSpec, m_dataDirectory) },
        m_newerBackup.isEmpty() ? QString() : m_path, m_newerBackup);
    applyWriteResult(result);
    if (error)
        *error = result.error;
    return result.error.isEmpty();
}

void CaseFile::saveInBackground()
{
    // An empty case makes no file: opening a store leaves nothing beside it until the user marks something.
    if (!isOpen() || (!m_fileExists && m_data.isEmpty()))
        return;
    const QByteArray bytes = serialize();
    m_dirty = false;
    const quint64 sequence = ++m_sequence;
    const QStringList paths = { m_path, dataPath(m_storeSpec, m_dataDirectory) };
    const QString backupOf = m_newerBackup.isEmpty() ? QString() : m_path;
    QtConcurrent::run([writer = m_writer, sequence, bytes, paths, backupOf, backupTo = m_newerBackup] {
        return write(writer, sequence, bytes, paths, backupOf, backupTo);
    }).then(this, [this, spec = m_storeSpec](const WriteResult& result) {
        if (spec == m_storeSpec)
            applyWriteResult(result);
    });
}

bool CaseFile::exportTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = serialize();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = tr("%1: %2").arg(path, file.errorString());
    return false;
}

std::optional<CaseData> CaseFile::readFile(const QString& path, QString* error, QStringList* warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    const auto parsed = CaseFormat::parse(file.readAll(), &why);
    if (!parsed) {
        *error = tr("%1: not a Chronoscope case file: %2").arg(path, why);
        return std::nullopt;
    }
    if (warnings)
        *warnings = parsed->warnings;
    return parsed->data;
}

} // namespace Chronoscope
