// SPDX-License-Identifier: MIT
#include "storespec.h"

#include "storemapping.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Chronoscope {

namespace {

const QString kMappingKey = QStringLiteral("mapping");

bool isUrl(const QString& text)
{
    return text.startsWith(u"file:") || text.contains(u"://");
}

} // namespace

StoreSpec StoreSpec::parse(const QString& spec)
{
    if (!isUrl(spec))
        return { spec, {} };
    QUrl url(spec);
    QUrlQuery query(url);
    const QString mapping = query.queryItemValue(kMappingKey, QUrl::FullyDecoded);
    if (url.scheme() == u"file")
        return { url.toLocalFile(), mapping };
    query.removeAllQueryItems(kMappingKey);
    url.setQuery(query);
    return { url.toString(QUrl::FullyEncoded), mapping };
}

QString StoreSpec::compose(const QString& location, const QString& mapping)
{
    if (mapping.isEmpty())
        return location;
    const QString value
        = StoreMapping::presetNames().contains(mapping) ? mapping : QFileInfo(mapping).absoluteFilePath();
    QUrl url = isUrl(location) ? QUrl(location) : QUrl::fromLocalFile(QFileInfo(location).absoluteFilePath());
    QUrlQuery query(url);
    query.removeAllQueryItems(kMappingKey);
    query.addQueryItem(kMappingKey,
        QString(value)
            .replace(u'%', QStringLiteral("%25"))
            .replace(u'&', QStringLiteral("%26"))
            .replace(u'+', QStringLiteral("%2B"))
            .replace(u'#', QStringLiteral("%23")));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Chronoscope
