// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"
#include "storeerror.h"
#include "storemapping.h"

namespace Chronoscope {

/// Reads mapping files (docs/mappings.md), the JSON StoreMapping::toJson() writes.
/// Errors name the file, the key (`columns.version`, `skip[1].equals`) and the reason:
/// unknown key, missing required key, wrong type, bad value, or bad JSON at a byte offset.
/// Pure functions, thread-safe.
namespace MappingFile {

/// Parses `json`; `fileName` is only used in messages.
Expected<StoreMapping, StoreError> parse(const QByteArray& json, const QString& fileName);
/// Reads and parses the file at `path`.
Expected<StoreMapping, StoreError> read(const QString& path);
/// A preset name (StoreMapping::presetNames()) or else a mapping file's path.
Expected<StoreMapping, StoreError> resolve(const QString& presetOrPath, SqlDialect dialect);

} // namespace MappingFile
} // namespace Chronoscope
