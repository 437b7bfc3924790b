// SPDX-License-Identifier: MIT
#include "mappingcommands.h"

#include "commandlinesupport.h"

namespace Chronoscope::CommandLine {

using namespace Support;

int runMapping(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const auto spec = storeArgument(parser, QStringLiteral("mapping"), err);
    if (!spec)
        return kExitBadInput;
    // Opening checks the mapping against the tables, so what is printed can be read back.
    auto store = openStore(*spec);
    if (!store) {
        err << "chronoscope: " << store.error().message() << Qt::endl;
        return kExitBadInput;
    }
    out << (*store)->mapping().toJson() << Qt::flush;
    return kExitOk;
}

} // namespace Chronoscope::CommandLine
