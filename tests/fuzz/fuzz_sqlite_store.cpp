// SPDX-License-Identifier: MIT
// Fuzzes opening a damaged SQLite store: the input is written to a temporary file, opened
// with openStore (read-only), indexed without a cache and audited (payload scan included),
// as `chronoscope verify` does. Any outcome is fine except a crash, UB or a hang; an error
// must name the file and a reason.
#include "audit/auditor.h"
#include "index/indexbuilder.h"
#include "store/eventstore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

using namespace Chronoscope;

namespace {

QString storePath()
{
    // One file per fuzzing process, rewritten per input.
    static const QString path
        = QDir::tempPath() + QStringLiteral("/chronoscope-fuzz-%1.db").arg(static_cast<qint64>(getpid()));
    return path;
}

void checkError(const StoreError& error, const QString& path)
{
    if (error.source != path || error.reason.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = storePath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    auto store = openStore(path);
    if (!store) {
        checkError(store.error(), path);
        return 0;
    }
    IndexBuilder builder(**store);
    auto index = builder.build();
    if (!index) {
        checkError(index.error(), path);
        return 0;
    }
    auto audit = runAudit(**store, *index);
    (void)audit;
    for (qint64 position = 0; position < std::min<qint64>((*index)->size(), 16); ++position)
        (void)(*store)->readEvent((*index)->rowId(position));
    return 0;
}
