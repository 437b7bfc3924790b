// SPDX-License-Identifier: MIT
#include "postgresconninfo.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::PostgresConnInfo", text);
}

bool isUrl(const QString& spec)
{
    return spec.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || spec.startsWith(u"postgres://", Qt::CaseInsensitive);
}

struct KeywordValue
{
    QString key;
    QString value;
};

// A libpq keyword string: `key = value` pairs, values optionally in single quotes with
// backslash escapes (libpq "Keyword/Value Connection Strings").
std::optional<std::vector<KeywordValue>> splitKeywords(const QString& spec)
{
    std::vector<KeywordValue> pairs;
    qsizetype i = 0;
    const qsizetype n = spec.size();
    auto skipSpace = [&] {
        while (i < n && spec.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        KeywordValue pair;
        while (i < n && !spec.at(i).isSpace() && spec.at(i) != u'=')
            pair.key += spec.at(i++);
        skipSpace();
        if (i >= n || spec.at(i) != u'=' || pair.key.isEmpty())
            return std::nullopt;
        ++i;
        skipSpace();
        if (i < n && spec.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = spec.at(i++);
                if (c == u'\\' && i < n) {
                    pair.value += spec.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    pair.value += c;
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < n && !spec.at(i).isSpace()) {
                const QChar c = spec.at(i++);
                if (c == u'\\' && i < n)
                    pair.value += spec.at(i++);
                else
                    pair.value += c;
            }
        }
        pairs.push_back(pair);
    }
    return pairs;
}

QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

bool PostgresConnInfo::isPostgresSpec(const QString& spec)
{
    if (isUrl(spec))
        return true;
    // "host=db dbname=shop": a file by that name would win (it is what the user has).
    static const QRegularExpression keyword(QStringLiteral("^\\s*[A-Za-z_]+\\s*="));
    return keyword.match(spec).hasMatch() && !QFileInfo::exists(spec);
}

QString PostgresConnInfo::withoutPassword(const QString& spec)
{
    if (!isPostgresSpec(spec))
        return spec;
    auto parsed = parse(spec);
    if (parsed)
        return parsed->displayUrl();
    // Unparseable: still never echo a password.
    QString redacted = spec;
    static const QRegularExpression userInfo(QStringLiteral("(://[^:/@?]*):[^@/?]*@"));
    static const QRegularExpression keyword(
        QStringLiteral("password\\s*=\\s*('([^'\\\\]|\\\\.)*'?|\\S*)"), QRegularExpression::CaseInsensitiveOption);
    redacted.replace(userInfo, QStringLiteral("\\1@"));
    redacted.replace(keyword, QStringLiteral("password=…"));
    return redacted;
}

Expected<PostgresConnInfo, QString> PostgresConnInfo::parse(const QString& spec)
{
    PostgresConnInfo info;
    QString forLibpq;
    if (isUrl(spec)) {
        const qsizetype question = spec.indexOf(u'?');
        forLibpq = question < 0 ? spec : spec.left(question);
        if (question >= 0) {
            QStringList kept;
            const QStringList items = spec.mid(question + 1).split(u'&', Qt::SkipEmptyParts);
            for (const QString& item : items) {
                const qsizetype equals = item.indexOf(u'=');
                const QString key = QUrl::fromPercentEncoding(item.left(equals).toUtf8());
                const QString value = equals < 0 ? QString() : QUrl::fromPercentEncoding(item.mid(equals + 1).toUtf8());
                if (key == u"mapping")
                    info.m_mapping = value;
                else if (key == u"table")
                    info.m_table = value;
                else if (key == u"position")
                    info.m_position = value;
                else
                    kept << item;
            }
            if (!kept.isEmpty())
                forLibpq += u'?' + kept.join(u'&');
        }
    } else {
        const auto pairs = splitKeywords(spec);
        if (!pairs)
            return tr("is not a valid libpq connection string (expected key=value pairs)");
        QStringList kept;
        for (const KeywordValue& pair : *pairs) {
            if (pair.key == u"mapping")
                info.m_mapping = pair.value;
            else if (pair.key == u"table")
                info.m_table = pair.value;
            else if (pair.key == u"position")
                info.m_position = pair.value;
            else
                kept << pair.key + u'=' + quoted(pair.value);
        }
        forLibpq = kept.join(u' ');
    }

    char* error = nullptr;
    const QByteArray text = forLibpq.toUtf8();
    PQconninfoOption* options = PQconninfoParse(text.constData(), &error);
    if (!options) {
        const QString why = error ? QString::fromUtf8(error).simplified() : tr("out of memory");
        PQfreemem(error);
        return tr("is not a valid PostgreSQL connection string: %1").arg(why);
    }
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            info.m_parameters.emplace_back(QByteArray(option->keyword), QByteArray(option->val));
    }
    PQconninfoFree(options);
    return info;
}

QString PostgresConnInfo::value(const QByteArray& keyword) const
{
    for (const auto& [key, value] : m_parameters) {
        if (key == keyword)
            return QString::fromUtf8(value);
    }
    return {};
}

QString PostgresConnInfo::displayUrl() const
{
    QString url = QStringLiteral("postgresql://");
    const QString user = value("user");
    if (!user.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    // A socket directory is a path: percent-encoded, as libpq reads it back.
    url += QString::fromUtf8(QUrl::toPercentEncoding(value("host"), ","));
    const QString port = value("port");
    if (!port.isEmpty())
        url += u':' + port;
    url += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(value("dbname")));
    QStringList query;
    if (!m_mapping.isEmpty())
        query << QStringLiteral("mapping=") + QString::fromUtf8(QUrl::toPercentEncoding(m_mapping));
    if (!m_table.isEmpty())
        query << QStringLiteral("table=") + QString::fromUtf8(QUrl::toPercentEncoding(m_table));
    if (!m_position.isEmpty())
        query << QStringLiteral("position=") + QString::fromUtf8(QUrl::toPercentEncoding(m_position));
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

std::vector<std::pair<QByteArray, QByteArray>> PostgresConnInfo::connectParameters(int statementTimeoutMs) const
{
    std::vector<std::pair<QByteArray, QByteArray>> parameters;
    QByteArray userOptions;
    bool hasApplicationName = false;
    bool hasConnectTimeout = false;
    for (const auto& [key, value] : m_parameters) {
        if (key == "options") {
            userOptions = value;
            continue;
        }
        if (key == "client_encoding")
            continue; // text is decoded as UTF-8 everywhere
        hasApplicationName = hasApplicationName || key == "application_name";
        hasConnectTimeout = hasConnectTimeout || key == "connect_timeout";
        parameters.emplace_back(key, value);
    }
    if (!hasApplicationName)
        parameters.emplace_back("application_name", "chronoscope");
    if (!hasConnectTimeout)
        parameters.emplace_back("connect_timeout", "10"); // an unreachable host fails, never hangs
    parameters.emplace_back("client_encoding", "UTF8");
    // The user's options may set their own statement_timeout (they come after ours), but
    // the read-only default comes last, so nothing given can turn it off.
    QByteArray options = "-c statement_timeout=" + QByteArray::number(statementTimeoutMs);
    if (!userOptions.isEmpty())
        options += ' ' + userOptions;
    options += " -c default_transaction_read_only=on";
    parameters.emplace_back("options", options);
    return parameters;
}

} // namespace Chronoscope
