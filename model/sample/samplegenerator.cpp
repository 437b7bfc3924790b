// SPDX-License-Identifier: MIT
#include "sample/samplegenerator.h"

#include "sample/sampleworld.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <memory>

namespace Chronoscope {

namespace {

using namespace Sample;

struct DatabaseCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// The seed schema, verbatim. The anomalies store drops the two uniqueness constraints on
// events (duplicates are among its defects) and gets plain indexes instead, see finish().
constexpr char kEventsTable[] = "CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT NOT NULL, "
                                "event_version INT NOT NULL, aggregate_id TEXT NOT NULL, aggregate_type TEXT NOT NULL, "
                                "aggregate_version INT NOT NULL, event_data TEXT /*JSON*/, event_timestamp TEXT "
                                "/*ISO-8601*/, user_id TEXT, correlation_id TEXT, causation_id TEXT, "
                                "UNIQUE(aggregate_id, aggregate_version))";
constexpr char kAnomalyEventsTable[] = "CREATE TABLE events(event_id TEXT NOT NULL, event_type TEXT NOT NULL, "
                                       "event_version INT NOT NULL, aggregate_id TEXT NOT NULL, aggregate_type TEXT "
                                       "NOT NULL, aggregate_version INT NOT NULL, event_data TEXT /*JSON*/, "
                                       "event_timestamp TEXT /*ISO-8601*/, user_id TEXT, correlation_id TEXT, "
                                       "causation_id TEXT)";
constexpr char kAnomalyIndexes[] = "CREATE INDEX events_event_id ON events(event_id);"
                                   "CREATE INDEX events_stream_version ON events(aggregate_id, aggregate_version);";
constexpr char kOtherTables[]
    = "CREATE TABLE snapshots(aggregate_id TEXT NOT NULL, aggregate_type TEXT NOT NULL, aggregate_version INT NOT "
      "NULL, snapshot_data TEXT NOT NULL, created_date TEXT NOT NULL, PRIMARY KEY(aggregate_id, aggregate_version));"
      "CREATE TABLE projection_checkpoints(projection_name TEXT PRIMARY KEY, last_position INTEGER NOT NULL, "
      "updated_at TEXT NOT NULL);";

// Bulk load: the file is deleted on any failure, so no journal and no fsync are needed; a
// large cache keeps the two random-order indexes (event_id, stream/version) in memory.
constexpr char kLoadPragmas[] = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; "
                                "PRAGMA locking_mode=EXCLUSIVE; PRAGMA temp_store=MEMORY;";

constexpr int kRecentTimes = 256;
constexpr qint64 kCheckpointLag = 200;

/// Writes what the simulation produces into SQLite through two prepared statements.
class SqliteSink final : public EventSink
{
public:
    explicit SqliteSink(sqlite3* db)
        : m_db(db)
    { }

    bool prepare()
    {
        return prepareOne(m_insertEvent,
                   "INSERT INTO events(event_id, event_type, event_version, aggregate_id, aggregate_type, "
                   "aggregate_version, event_data, event_timestamp, user_id, correlation_id, causation_id) "
                   "VALUES(?,?,?,?,?,?,?,?,?,?,?)")
            && prepareOne(m_insertSnapshot,
                "INSERT INTO snapshots(aggregate_id, aggregate_type, aggregate_version, snapshot_data, created_date) "
                "VALUES(?,?,?,?,?)");
    }

    bool writeEvent(const EventRecord& event) override
    {
        sqlite3_stmt* s = m_insertEvent.get();
        const std::string_view time = m_formatter.format(event.timestamp);
        bindText(s, 1, event.eventId);
        bindText(s, 2, event.eventType);
        sqlite3_bind_int(s, 3, event.schemaVersion);
        bindText(s, 4, event.aggregateId);
        bindText(s, 5, event.aggregateType);
        sqlite3_bind_int64(s, 6, event.version);
        bindText(s, 7, event.payload);
        bindText(s, 8, time);
        bindText(s, 9, event.userId);
        bindText(s, 10, event.correlationId);
        if (event.causationId.empty())
            sqlite3_bind_null(s, 11);
        else
            bindText(s, 11, event.causationId);
        m_recentTimes[size_t(m_written % kRecentTimes)] = event.timestamp;
        ++m_written;
        return run(s);
    }

    bool writeSnapshot(std::string_view aggregateId, std::string_view aggregateType, qint64 version,
        std::string_view state, Micros eventTime) override
    {
        sqlite3_stmt* s = m_insertSnapshot.get();
        bindText(s, 1, aggregateId);
        bindText(s, 2, aggregateType);
        sqlite3_bind_int64(s, 3, version);
        bindText(s, 4, state);
        bindText(s, 5, m_formatter.format(eventTime));
        return run(s);
    }

    bool replaceSnapshot(std::string_view aggregateId, qint64 version, std::string_view state) override
    {
        StatementPtr update;
        if (!prepareOne(update, "UPDATE snapshots SET snapshot_data=? WHERE aggregate_id=? AND aggregate_version=?"))
            return false;
        bindText(update.get(), 1, state);
        bindText(update.get(), 2, aggregateId);
        sqlite3_bind_int64(update.get(), 3, version);
        return run(update.get());
    }

    /// projection_checkpoints: one projection up to date, one lagging a little behind.
    bool writeCheckpoints()
    {
        StatementPtr insert;
        if (!prepareOne(insert,
                "INSERT INTO projection_checkpoints(projection_name, last_position, updated_at) "
                "VALUES(?,?,?)"))
            return false;
        const qint64 last = m_written - 1;
        const std::pair<std::string_view, qint64> rows[]
            = { { "family-summary", last }, { "account-balances", qMax<qint64>(0, last - kCheckpointLag) } };
        for (const auto& [name, position] : rows) {
            bindText(insert.get(), 1, name);
            sqlite3_bind_int64(insert.get(), 2, position);
            bindText(insert.get(), 3, m_formatter.format(m_recentTimes[size_t(position % kRecentTimes)]));
            if (!run(insert.get()))
                return false;
        }
        return true;
    }

    void release()
    {
        m_insertEvent.reset();
        m_insertSnapshot.reset();
    }

    const QString& error() const { return m_error; }

private:
    static void bindText(sqlite3_stmt* statement, int column, std::string_view text)
    {
        // SQLITE_STATIC: every buffer outlives the sqlite3_step that reads it.
        sqlite3_bind_text(statement, column, text.data(), int(text.size()), SQLITE_STATIC);
    }

    bool prepareOne(StatementPtr& statement, const char* sql)
    {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &raw, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        statement.reset(raw);
        return true;
    }

    bool run(sqlite3_stmt* statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }

    sqlite3* m_db;
    StatementPtr m_insertEvent;
    StatementPtr m_insertSnapshot;
    TimestampFormatter m_formatter;
    std::array<Micros, kRecentTimes> m_recentTimes {};
    qint64 m_written = 0;
    QString m_error;
};

QString failure(const QString& path, const QString& reason)
{
    return QDir::toNativeSeparators(path) + u": " + reason;
}

bool execute(sqlite3* db, const char* sql, QString& error)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

/// Cheap checks before anything is created: never touch an existing file.
QString checkTarget(const SampleOptions& options, const QString& manifestPath)
{
    const QString& path = options.outputPath;
    if (path.isEmpty())
        return QStringLiteral("no output file given (--out)");
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return failure(path, QStringLiteral("already exists; choose another --out or delete it"));
    if (options.anomalies && (QFileInfo(manifestPath).exists() || QFileInfo(manifestPath).isSymLink()))
        return failure(manifestPath, QStringLiteral("already exists; choose another --out or delete it"));
    const QFileInfo directory(target.absolutePath());
    if (!directory.exists())
        return failure(path, u"directory " + QDir::toNativeSeparators(directory.filePath()) + u" does not exist");
    if (!directory.isDir())
        return failure(path, QDir::toNativeSeparators(directory.filePath()) + u" is not a directory");
    // faccessat with AT_EACCESS asks as the effective user, the one who will create the file.
    if (faccessat(AT_FDCWD, QFile::encodeName(directory.filePath()).constData(), W_OK, AT_EACCESS) != 0)
        return failure(path, u"directory " + QDir::toNativeSeparators(directory.filePath()) + u" is not writable");
    if (options.events < 1)
        return failure(path, QStringLiteral("--events must be at least 1"));
    if (options.streams < 1)
        return failure(path, QStringLiteral("--streams must be at least 1"));
    if (options.anomalies && options.events < kMinimumAnomalyEvents)
        return failure(path,
            u"--anomalies needs at least " + QString::number(kMinimumAnomalyEvents) + u" events (got "
                + QString::number(options.events) + u')');
    return {};
}

bool writeManifest(const SampleOptions& options, const QString& manifestPath, const WorldResult& world, QString& error)
{
    nlohmann::ordered_json manifest;
    manifest["store"] = QFileInfo(options.outputPath).fileName().toStdString();
    manifest["seed"] = options.seed;
    manifest["events"] = world.eventsWritten;
    manifest["anomalies"] = nlohmann::ordered_json::array();
    for (const AnomalyRecord& anomaly : world.anomalies) {
        nlohmann::ordered_json entry;
        entry["code"] = anomaly.code;
        entry["position"] = anomaly.position;
        entry["streamId"] = anomaly.streamId;
        entry["version"] = anomaly.version;
        entry["eventId"] = anomaly.eventId;
        if (anomaly.snapshotVersion > 0)
            entry["snapshotVersion"] = anomaly.snapshotVersion;
        entry["detail"] = anomaly.detail;
        manifest["anomalies"].push_back(std::move(entry));
    }
    const std::string text = manifest.dump(2) + '\n';
    QFile file(manifestPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        error = failure(manifestPath, u"cannot create the anomalies manifest: " + file.errorString());
        return false;
    }
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.flush()) {
        error = failure(manifestPath, u"cannot write the anomalies manifest: " + file.errorString());
        file.remove();
        return false;
    }
    return true;
}

} // namespace

SampleGenerator::Result SampleGenerator::generate(
    const SampleOptions& options, const std::function<bool(qint64)>& progress)
{
    Result result;
    const QString& path = options.outputPath;
    const QString manifestPath = path + QStringLiteral(".anomalies.json");
    result.error = checkTarget(options, manifestPath);
    if (!result.error.isEmpty())
        return result;

    // Created with O_EXCL: a file that appeared since the check above is still never touched.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            result.error = file.exists()
                ? failure(path, QStringLiteral("already exists; choose another --out or delete it"))
                : failure(path, u"cannot create it: " + file.errorString());
            return result;
        }
    }
    auto fail = [&](const QString& reason) {
        QFile::remove(path);
        result.error = failure(path, reason);
        return result;
    };

    WorldResult world;
    {
        sqlite3* raw = nullptr;
        const int rc = sqlite3_open_v2(
            QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        DatabasePtr db(raw);
        // Close before removing, so nothing is written to the file after it is gone.
        auto abort = [&](const QString& reason) {
            db.reset();
            return fail(reason);
        };
        if (rc != SQLITE_OK)
            return abort(
                u"cannot open it with SQLite: " + QString::fromUtf8(raw ? sqlite3_errmsg(raw) : "out of memory"));
        QString error;
        if (!execute(db.get(), kLoadPragmas, error)
            || !execute(db.get(), options.anomalies ? kAnomalyEventsTable : kEventsTable, error)
            || !execute(db.get(), kOtherTables, error) || !execute(db.get(), "BEGIN", error))
            return abort(u"cannot create the tables: " + error);

        SqliteSink sink(db.get());
        if (!sink.prepare())
            return abort(u"cannot prepare the inserts: " + sink.error());
        WorldOptions worldOptions;
        worldOptions.events = options.events;
        worldOptions.streams = options.streams;
        worldOptions.seed = options.seed;
        worldOptions.anomalies = options.anomalies;
        world = runWorld(worldOptions, sink, progress);
        switch (world.outcome) {
        case WorldResult::Outcome::Cancelled:
            return abort(QStringLiteral("cancelled"));
        case WorldResult::Outcome::SinkFailed:
            return abort(u"cannot write: " + sink.error());
        case WorldResult::Outcome::AnomaliesIncomplete:
            return abort(u"found no place for the " + QString::fromStdString(world.missingAnomaly)
                + u" anomaly; use more --events");
        case WorldResult::Outcome::Done:
            break;
        }
        if (!sink.writeCheckpoints())
            return abort(u"cannot write: " + sink.error());
        sink.release();
        if ((options.anomalies && !execute(db.get(), kAnomalyIndexes, error)) || !execute(db.get(), "COMMIT", error))
            return abort(u"cannot write: " + error);
        // Leave a plain rollback-journal database behind, as any tool expects to find it.
        if (!execute(db.get(), "PRAGMA journal_mode=DELETE; PRAGMA locking_mode=NORMAL;", error))
            return abort(u"cannot finish: " + error);
        if (sqlite3_close(db.get()) != SQLITE_OK)
            return abort(u"cannot close: " + QString::fromUtf8(sqlite3_errmsg(db.get())));
        (void)db.release();
    }

    if (options.anomalies) {
        QString error;
        if (!writeManifest(options, manifestPath, world, error)) {
            QFile::remove(path);
            result.error = error;
            return result;
        }
        result.manifestPath = manifestPath;
    }
    result.ok = true;
    result.eventsWritten = world.eventsWritten;
    result.streamsWritten = world.streamsWritten;
    return result;
}

} // namespace Chronoscope
