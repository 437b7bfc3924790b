// SPDX-License-Identifier: MIT
#include "casedata.h"

#include "index/timestampparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Chronoscope::CaseFormat {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::CaseFile", text);
}

QJsonValue timeValue(TimeUs time)
{
    return time == kInvalidTime ? QJsonValue() : QJsonValue(TimestampParser::toIso(time));
}

QJsonObject anchorJson(const EventAnchor& anchor)
{
    QJsonObject o;
    o[u"position"] = anchor.position;
    o[u"eventId"] = anchor.eventId;
    o[u"streamId"] = anchor.streamId;
    o[u"version"] = anchor.version;
    return o;
}

/// Reads fields with type checks. In strict mode the first wrong type is the error; in
/// lenient mode (newer files) the entry holding it is skipped and a warning kept.
class Reader
{
public:
    explicit Reader(bool strict)
        : m_strict(strict)
    { }

    bool strict() const { return m_strict; }
    QString error;
    QStringList warnings;

    /// Records a problem at `where`; returns false (the caller skips or stops).
    bool problem(const QString& where, const QString& what)
    {
        const QString message = tr("%1: %2").arg(where, what);
        if (m_strict && error.isEmpty())
            error = message;
        else if (!m_strict)
            warnings << message;
        return false;
    }
    bool failed() const { return !error.isEmpty(); }

    bool string(const QJsonObject& o, const QString& where, const char* key, QString* out, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return problem(where, tr("'%1' is missing").arg(QLatin1String(key)));
            return true;
        }
        if (!v.isString())
            return problem(where, tr("'%1' is not text").arg(QLatin1String(key)));
        *out = v.toString();
        return true;
    }

    bool integer(const QJsonObject& o, const QString& where, const char* key, qint64* out, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return problem(where, tr("'%1' is missing").arg(QLatin1String(key)));
            return true;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9e15)
            return problem(where, tr("'%1' is not a whole number").arg(QLatin1String(key)));
        *out = static_cast<qint64>(d);
        return true;
    }

    bool time(const QJsonObject& o, const QString& where, const char* key, TimeUs* out)
    {
        QString text;
        if (!string(o, where, key, &text))
            return false;
        if (text.isEmpty())
            return true;
        const TimeUs t = TimestampParser::parseText(text.toStdString());
        if (t == kInvalidTime)
            return problem(where, tr("'%1' is not a time: %2").arg(QLatin1String(key), text));
        *out = t;
        return true;
    }

    bool anchor(const QJsonObject& o, const QString& where, EventAnchor* out)
    {
        const QJsonValue v = o.value(QLatin1String("event"));
        if (!v.isObject())
            return problem(where, tr("'event' is not an object"));
        const QJsonObject e = v.toObject();
        return integer(e, where, "position", &out->position, true) && string(e, where, "eventId", &out->eventId)
            && string(e, where, "streamId", &out->streamId) && integer(e, where, "version", &out->version);
    }

    /// The array at `key` as objects; a non-object element is a problem (skipped when lenient).
    std::optional<QList<QJsonObject>> objects(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return QList<QJsonObject> {};
        if (!v.isArray()) {
            problem(QLatin1String(key), tr("is not a list"));
            return std::nullopt;
        }
        QList<QJsonObject> out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                if (!problem(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), tr("is not an object"))
                    && m_strict)
                    return std::nullopt;
                continue;
            }
            out << array.at(i).toObject();
        }
        return out;
    }

private:
    bool m_strict;
};

} // namespace

QJsonObject toJson(const CaseData& data)
{
    QJsonObject root;
    root[u"format"] = QLatin1String(kFormatName);
    root[u"version"] = kVersion;
    QJsonArray bookmarks;
    for (const Bookmark& b : data.bookmarks) {
        QJsonObject o;
        o[u"event"] = anchorJson(b.event);
        o[u"label"] = b.label;
        o[u"color"] = b.color;
        o[u"created"] = timeValue(b.created);
        bookmarks.append(o);
    }
    root[u"bookmarks"] = bookmarks;
    QJsonArray notes;
    for (const EventNote& n : data.notes) {
        QJsonObject o;
        o[u"event"] = anchorJson(n.event);
        o[u"text"] = n.text;
        o[u"author"] = n.author;
        o[u"time"] = timeValue(n.time);
        notes.append(o);
    }
    root[u"notes"] = notes;
    if (data.timeReference) {
        QJsonObject o;
        o[u"event"] = anchorJson(data.timeReference->event);
        o[u"time"] = timeValue(data.timeReference->time);
        root[u"timeReference"] = o;
    } else {
        root[u"timeReference"] = QJsonValue();
    }
    root[u"timeMode"] = data.timeMode;
    QJsonArray saved;
    for (const SavedFilter& f : data.savedFilters)
        saved.append(
            QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("expression"), f.expression } });
    root[u"filters"] = QJsonObject {
        { QStringLiteral("saved"), saved },
        { QStringLiteral("history"), QJsonArray::fromStringList(data.filterHistory) },
    };
    root[u"projections"] = QJsonObject {
        { QStringLiteral("active"), data.activeProjection },
        { QStringLiteral("other"), data.otherProjection },
    };
    root[u"inspected"] = QJsonObject {
        { QStringLiteral("streamId"), data.inspectedStream },
        { QStringLiteral("count"), data.inspectedCount },
    };
    return root;
}

std::optional<Parsed> parse(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != QLatin1String(kFormatName)) {
        *error = tr("'format' is not \"%1\"").arg(QLatin1String(kFormatName));
        return std::nullopt;
    }
    const QJsonValue versionValue = root.value(u"version");
    const double versionNumber = versionValue.toDouble();
    if (!versionValue.isDouble() || versionNumber != std::floor(versionNumber) || versionNumber < 1) {
        *error = tr("'version' is not a version number (1 or more)");
        return std::nullopt;
    }
    Parsed parsed;
    parsed.version = versionNumber > 1e6 ? 1000000 : static_cast<int>(versionNumber);
    Reader r(parsed.version <= kVersion);
    CaseData& data = parsed.data;

    if (const auto bookmarks = r.objects(root, "bookmarks")) {
        for (qsizetype i = 0; i < bookmarks->size() && !r.failed(); ++i) {
            const QJsonObject& o = bookmarks->at(i);
            const QString where = QStringLiteral("bookmarks[%1]").arg(i);
            Bookmark b;
            if (r.anchor(o, where, &b.event) && r.string(o, where, "label", &b.label)
                && r.string(o, where, "color", &b.color) && r.time(o, where, "created", &b.created))
                data.bookmarks << b;
        }
    }
    if (const auto notes = r.objects(root, "notes")) {
        for (qsizetype i = 0; i < notes->size() && !r.failed(); ++i) {
            const QJsonObject& o = notes->at(i);
            const QString where = QStringLiteral("notes[%1]").arg(i);
            EventNote n;
            if (r.anchor(o, where, &n.event) && r.string(o, where, "text", &n.text, true)
                && r.string(o, where, "author", &n.author) && r.time(o, where, "time", &n.time))
                data.notes << n;
        }
    }
    const QJsonValue reference = root.value(u"timeReference");
    if (reference.isObject()) {
        TimeReference t;
        if (r.anchor(reference.toObject(), QStringLiteral("timeReference"), &t.event)
            && r.time(reference.toObject(), QStringLiteral("timeReference"), "time", &t.time))
            data.timeReference = t;
    } else if (!reference.isUndefined() && !reference.isNull()) {
        r.problem(QStringLiteral("timeReference"), tr("is not an object"));
    }
    r.string(root, QStringLiteral("timeMode"), "timeMode", &data.timeMode);

    const QJsonValue filters = root.value(u"filters");
    if (filters.isObject()) {
        if (const auto saved = r.objects(filters.toObject(), "saved")) {
            for (qsizetype i = 0; i < saved->size() && !r.failed(); ++i) {
                const QString where = QStringLiteral("filters.saved[%1]").arg(i);
                SavedFilter f;
                if (r.string(saved->at(i), where, "name", &f.name, true)
                    && r.string(saved->at(i), where, "expression", &f.expression, true))
                    data.savedFilters << f;
            }
        }
        const QJsonValue history = filters.toObject().value(u"history");
        if (history.isArray()) {
            const QJsonArray array = history.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (array.at(i).isString())
                    data.filterHistory << array.at(i).toString();
                else
                    r.problem(QStringLiteral("filters.history[%1]").arg(i), tr("is not text"));
            }
        } else if (!history.isUndefined() && !history.isNull()) {
            r.problem(QStringLiteral("filters.history"), tr("is not a list"));
        }
    } else if (!filters.isUndefined() && !filters.isNull()) {
        r.problem(QStringLiteral("filters"), tr("is not an object"));
    }

    const QJsonValue projections = root.value(u"projections");
    if (projections.isObject()) {
        r.string(projections.toObject(), QStringLiteral("projections"), "active", &data.activeProjection);
        r.string(projections.toObject(), QStringLiteral("projections"), "other", &data.otherProjection);
    } else if (!projections.isUndefined() && !projections.isNull()) {
        r.problem(QStringLiteral("projections"), tr("is not an object"));
    }
    const QJsonValue inspected = root.value(u"inspected");
    if (inspected.isObject()) {
        r.string(inspected.toObject(), QStringLiteral("inspected"), "streamId", &data.inspectedStream);
        r.integer(inspected.toObject(), QStringLiteral("inspected"), "count", &data.inspectedCount);
    } else if (!inspected.isUndefined() && !inspected.isNull()) {
        r.problem(QStringLiteral("inspected"), tr("is not an object"));
    }

    if (r.failed()) {
        *error = r.error;
        return std::nullopt;
    }
    parsed.warnings = r.warnings;
    return parsed;
}

} // namespace Chronoscope::CaseFormat
