// SPDX-License-Identifier: MIT
#pragma once

#include "index/indexbuilder.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <optional>

/// What every headless command shares: exit codes, option parsing, opening and indexing.
namespace Chronoscope::CommandLine::Support {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitProjectionError = 3;

using Json = nlohmann::ordered_json;

QString tr(const char* text);
inline std::string utf8(const QString& text)
{
    return text.toStdString();
}

/// Where index caches live: $CHRONOSCOPE_CACHE_DIR, else the user's cache directory.
QString cacheDirectory();

/// Parses the options of one command; prints one line and returns false on a mistake.
bool parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& err);

/// `--no-cache`, accepted by every command that opens a store.
const QCommandLineOption& noCacheOption();

/// `--mapping PRESET|FILE`, accepted by every command (parse() adds it): read the store
/// with this mapping instead of the detected one (docs/mappings.md).
const QCommandLineOption& mappingOption();

/// The single STORE positional argument of `command`, or nullopt after printing why not.
/// With `--mapping` it is the StoreSpec carrying that mapping.
std::optional<QString> storeArgument(const QCommandLineParser& parser, const QString& command, QTextStream& err);

struct OpenedStore
{
    StorePtr store;
    IndexPtr index;
    IndexStats stats;
};

/// Opens and indexes a store (with progress on a terminal); prints the error otherwise.
std::optional<OpenedStore> openAndIndex(const QString& spec, bool useCache, QTextStream& err);

} // namespace Chronoscope::CommandLine::Support
