// SPDX-License-Identifier: MIT
#include "commandlinesupport.h"

#include "store/storespec.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <unistd.h>

namespace Chronoscope::CommandLine::Support {

namespace {

// Reports progress on stderr when a person is watching, and nothing in scripts.
class TerminalProgress final : public IndexObserver
{
public:
    explicit TerminalProgress(QTextStream& err)
        : m_err(err)
        , m_enabled(isatty(STDERR_FILENO) != 0)
    { }
    ~TerminalProgress() override
    {
        if (m_enabled && m_shown)
            m_err << "\r\033[K" << Qt::flush;
    }
    void progress(qint64 done, qint64 total) override
    {
        if (!m_enabled || total < 200000)
            return;
        m_shown = true;
        m_err
            << "\r"
            << QCoreApplication::translate("Chronoscope::CommandLine", "Indexing %1 of %2 events…").arg(done).arg(total)
            << Qt::flush;
    }

private:
    QTextStream& m_err;
    bool m_enabled;
    bool m_shown = false;
};

} // namespace

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::CommandLine", text);
}

QString cacheDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CHRONOSCOPE_CACHE_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/index");
}

// Parses the options of one command; prints one line and returns false on a mistake.
bool parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(mappingOption());
    if (!parser.parse(arguments)) {
        err << "chronoscope: " << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<OpenedStore> openAndIndex(const QString& spec, bool useCache, QTextStream& err)
{
    auto store = openStore(spec);
    if (!store) {
        err << "chronoscope: " << store.error().message() << Qt::endl;
        return std::nullopt;
    }
    IndexOptions options;
    if (useCache)
        options.cacheDirectory = cacheDirectory();
    IndexBuilder builder(**store, options);
    TerminalProgress progress(err);
    auto index = builder.build(&progress);
    if (!index) {
        err << "chronoscope: " << index.error().message() << Qt::endl;
        return std::nullopt;
    }
    return OpenedStore { std::move(store).value(), *index, builder.stats() };
}

const QCommandLineOption& noCacheOption()
{
    static const QCommandLineOption option(
        QStringLiteral("no-cache"), QStringLiteral("Neither read nor write the index cache."));
    return option;
}

const QCommandLineOption& mappingOption()
{
    static const QCommandLineOption option(QStringLiteral("mapping"),
        QStringLiteral("Read STORE with this mapping: a preset (seed, emmett, marten, castore) or a mapping file."),
        QStringLiteral("PRESET|FILE"));
    return option;
}

// A store path as the single positional argument.
std::optional<QString> storeArgument(const QCommandLineParser& parser, const QString& command, QTextStream& err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << "chronoscope " << command << ": "
            << (positional.size() < 2
                       ? QCoreApplication::translate("Chronoscope::CommandLine", "needs a STORE (an SQLite file)")
                       : QCoreApplication::translate("Chronoscope::CommandLine", "takes one STORE, got %1")
                             .arg(positional.size() - 1))
            << Qt::endl;
        return std::nullopt;
    }
    return StoreSpec::compose(positional.at(1), parser.value(mappingOption()));
}

} // namespace Chronoscope::CommandLine::Support
