// SPDX-License-Identifier: MIT
// Fuzzes mapping files (docs/mappings.md): MappingFile::parse on the text, and resolve() on
// it written to a file, as `--mapping FILE` reads it. Beyond "no crash, no UB" it checks what
// the headers promise: an error names the file and a reason; a mapping that loads writes
// (StoreMapping::toJson) a text that loads to an equal mapping and writes the same text again
// (toJson is hashed into the index cache key, so it must be stable); resolve() of the file
// gives what parse() gives. The SQL text of a loaded mapping is generated for both dialects.
#include "store/mappingfile.h"
#include "store/mappingsql.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

using namespace Chronoscope;

namespace {

const QString& mappingPath()
{
    // One file per fuzzing process, rewritten per input.
    static const QString path
        = QDir::tempPath() + QStringLiteral("/chronoscope-fuzz-mapping-%1.json").arg(static_cast<qint64>(getpid()));
    return path;
}

void checkError(const StoreError& error, const QString& source)
{
    if (error.code != StoreErrorCode::BadMapping || error.source != source || error.reason.isEmpty())
        std::abort();
}

void generateSql(const StoreMapping& mapping)
{
    for (const SqlDialect dialect : { SqlDialect::Sqlite, SqlDialect::PostgreSql }) {
        const MappingSql sql(mapping, dialect);
        for (const bool withPayload : { false, true }) {
            if (sql.scanQuery(withPayload).isEmpty() || sql.selectList(withPayload).isEmpty())
                std::abort();
        }
        (void)sql.readEventQuery();
        (void)sql.findEventQuery();
        (void)sql.lastPositionQuery();
        (void)sql.anyRowQuery();
        if (mapping.snapshots.isValid())
            (void)sql.snapshotsQuery();
    }
}

// The presets go through the same writer and reader as files; they must survive it too.
bool checkPresets()
{
    for (const QString& name : StoreMapping::presetNames()) {
        for (const SqlDialect dialect : { SqlDialect::Sqlite, SqlDialect::PostgreSql }) {
            const StoreMapping preset = StoreMapping::preset(name, dialect);
            const auto reread = MappingFile::parse(preset.toJson().toUtf8(), name);
            if (!reread || *reread != preset)
                std::abort();
            const auto resolved = MappingFile::resolve(name, dialect);
            if (!resolved || *resolved != preset)
                std::abort();
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool presetsChecked = checkPresets();
    (void)presetsChecked;

    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.json");
    const auto parsed = MappingFile::parse(json, fileName);
    if (!parsed) {
        checkError(parsed.error(), fileName);
    } else {
        const StoreMapping& mapping = *parsed;
        // What parse() accepts is a usable mapping: the table and the required fields are there.
        if (!mapping.isValid() || mapping.position.isEmpty())
            std::abort();
        const QString written = mapping.toJson();
        const auto reread = MappingFile::parse(written.toUtf8(), fileName);
        if (!reread || *reread != mapping)
            __builtin_trap(); // load → toJson → load changed the mapping
        if (reread->toJson() != written)
            __builtin_trap(); // toJson is not stable
        generateSql(mapping);
    }

    // The same text as a file given to --mapping (a preset name never looks like this path).
    const QString& path = mappingPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(json);
    }
    const auto resolved = MappingFile::resolve(path, SqlDialect::Sqlite);
    if (parsed.hasValue() != resolved.hasValue())
        std::abort();
    if (resolved) {
        if (*resolved != *parsed)
            std::abort();
    } else {
        checkError(resolved.error(), path);
        if (resolved.error().reason != parsed.error().reason)
            std::abort();
    }
    return 0;
}
