// SPDX-License-Identifier: MIT
#include "filterlibrary.h"

#include <QJsonArray>

namespace Chronoscope {

FilterLibrary::FilterLibrary(QObject* parent)
    : QObject(parent)
{ }

void FilterLibrary::setHistory(const QStringList& history)
{
    QStringList trimmed = history.mid(0, kMaxHistory);
    trimmed.removeAll(QString());
    if (trimmed == m_history)
        return;
    m_history = trimmed;
    Q_EMIT changed();
}

void FilterLibrary::addToHistory(const QString& text)
{
    const QString entry = text.trimmed();
    if (entry.isEmpty() || (!m_history.isEmpty() && m_history.constFirst() == entry))
        return;
    m_history.removeAll(entry);
    m_history.prepend(entry);
    while (m_history.size() > kMaxHistory)
        m_history.removeLast();
    Q_EMIT changed();
}

void FilterLibrary::setSaved(const QList<SavedFilter>& saved)
{
    if (saved == m_saved)
        return;
    m_saved = saved;
    Q_EMIT changed();
}

void FilterLibrary::save(const QString& name, const QString& text)
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return;
    for (SavedFilter& filter : m_saved) {
        if (filter.name == key) {
            filter.expression = text;
            Q_EMIT changed();
            return;
        }
    }
    m_saved.append({ key, text });
    Q_EMIT changed();
}

void FilterLibrary::remove(const QString& name)
{
    if (m_saved.removeIf([&](const SavedFilter& filter) { return filter.name == name; }) > 0)
        Q_EMIT changed();
}

QString FilterLibrary::savedText(const QString& name) const
{
    for (const SavedFilter& filter : m_saved) {
        if (filter.name == name)
            return filter.expression;
    }
    return {};
}

QStringList FilterLibrary::savedAsStrings() const
{
    QStringList strings;
    for (const SavedFilter& filter : m_saved)
        strings << filter.name << filter.expression;
    return strings;
}

void FilterLibrary::setSavedFromStrings(const QStringList& strings)
{
    QList<SavedFilter> saved;
    for (qsizetype i = 0; i + 1 < strings.size(); i += 2)
        saved.append({ strings.at(i), strings.at(i + 1) });
    setSaved(saved);
}

QJsonObject FilterLibrary::toJson() const
{
    QJsonArray saved;
    for (const SavedFilter& filter : m_saved)
        saved.append(
            QJsonObject { { QStringLiteral("name"), filter.name }, { QStringLiteral("filter"), filter.expression } });
    return { { QStringLiteral("history"), QJsonArray::fromStringList(m_history) }, { QStringLiteral("saved"), saved } };
}

void FilterLibrary::fromJson(const QJsonObject& object)
{
    QStringList history;
    const QJsonArray entries = object.value(QStringLiteral("history")).toArray();
    for (const QJsonValue& entry : entries)
        history << entry.toString();
    QList<SavedFilter> saved;
    const QJsonArray named = object.value(QStringLiteral("saved")).toArray();
    for (const QJsonValue& entry : named) {
        const QJsonObject filter = entry.toObject();
        const QString name = filter.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            saved.append({ name, filter.value(QStringLiteral("filter")).toString() });
    }
    QSignalBlocker blocker(this);
    setHistory(history);
    setSaved(saved);
    blocker.unblock();
    Q_EMIT changed();
}

} // namespace Chronoscope
