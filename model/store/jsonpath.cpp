// SPDX-License-Identifier: MIT
#include "jsonpath.h"

#include <QCoreApplication>

#include <algorithm>

namespace Chronoscope::JsonPath {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::JsonPath", text);
}

struct Step
{
    QString text;
    bool index = false;
};

bool isPlainKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Splits `path` into steps; returns false with a reason on the first mistake.
bool parse(const QString& path, QList<Step>* steps, QString* why)
{
    auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!path.startsWith(u'$'))
        return fail(tr("a JSON path starts with '$' (as in \"$.correlationId\")"));
    qsizetype i = 1;
    while (i < path.size()) {
        const QChar c = path.at(i);
        if (c == u'.') {
            ++i;
            if (i < path.size() && path.at(i) == u'"') {
                const qsizetype end = path.indexOf(u'"', i + 1);
                if (end < 0)
                    return fail(tr("unclosed quote at character %1").arg(i + 1));
                steps->append({ path.mid(i + 1, end - i - 1), false });
                i = end + 1;
                continue;
            }
            const qsizetype start = i;
            while (i < path.size() && isPlainKeyChar(path.at(i)))
                ++i;
            if (i == start)
                return fail(tr("a key is expected after '.' at character %1").arg(start + 1));
            steps->append({ path.mid(start, i - start), false });
        } else if (c == u'[') {
            const qsizetype end = path.indexOf(u']', i);
            const QString digits = end < 0 ? QString() : path.mid(i + 1, end - i - 1);
            bool ok = false;
            digits.toUInt(&ok);
            if (!ok || digits.isEmpty() || digits.startsWith(u'+'))
                return fail(tr("an array index [N] is expected at character %1").arg(i + 1));
            steps->append({ digits, true });
            i = end + 1;
        } else {
            return fail(tr("unexpected '%1' at character %2 (steps are .key, .\"key\" or [N])").arg(c).arg(i + 1));
        }
    }
    return true;
}

} // namespace

bool isValid(const QString& path, QString* why)
{
    QList<Step> steps;
    return parse(path, &steps, why);
}

QStringList segments(const QString& path)
{
    QList<Step> steps;
    parse(path, &steps, nullptr);
    QStringList list;
    for (const Step& step : steps)
        list << step.text;
    return list;
}

QString normalized(const QString& path)
{
    QList<Step> steps;
    parse(path, &steps, nullptr);
    QString text = QStringLiteral("$");
    for (const Step& step : steps) {
        if (step.index) {
            text += u'[' + step.text + u']';
            continue;
        }
        const bool plain = std::all_of(step.text.begin(), step.text.end(), isPlainKeyChar) && !step.text.isEmpty();
        if (plain)
            text += u'.' + step.text;
        else
            text += QStringLiteral(".\"") + step.text + u'"';
    }
    return text;
}

} // namespace Chronoscope::JsonPath
