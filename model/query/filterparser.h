// SPDX-License-Identifier: MIT
#pragma once

#include "filterast.h"
#include "store/expected.h"

#include <QString>
#include <QStringList>

namespace Chronoscope {

/// Why a filter text is not a filter: where (1-based column) and what was expected there.
struct FilterError
{
    int column = 1;
    QString message; ///< e.g. "expected a value after '>'"

    /// "column 14: expected a value after '>'"
    QString toString() const;
};

/// The filter language of docs/filter-language.md, parsed by hand (recursive descent) into a
/// FilterNode tree. Values are checked against their field while parsing, so a filter that
/// parses can be evaluated without further errors. Pure function of the text: any thread.
namespace FilterParser {

Expected<FilterNodePtr, FilterError> parse(const QString& text);

/// The canonical field names, for completion and help ("position", "eventId", … "metadata.").
QStringList fieldNames();
/// The language's words (and, or, not, in, exists, matches, true, false, null).
QStringList keywords();

} // namespace FilterParser
} // namespace Chronoscope
