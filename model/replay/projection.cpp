// SPDX-License-Identifier: MIT
#include "projection.h"

#include <QFileInfo>

namespace Chronoscope {

QString ProjectionInfo::displayName() const
{
    if (kind != Kind::JavaScript)
        return name;
    return QFileInfo(file).fileName() + u'#' + name;
}

QString ProjectionError::toString() const
{
    // Load errors name the file themselves, with its whole path.
    if (kind == Kind::Load)
        return message;
    QString text;
    if (!file.isEmpty()) {
        text = QFileInfo(file).fileName();
        if (line > 0)
            text += u':' + QString::number(line);
        if (column > 0)
            text += u':' + QString::number(column);
        text += QStringLiteral(": ");
    }
    text += message;
    if (position >= 0) {
        text += QStringLiteral(" (event %1 v%2, position %3, %4)")
                    .arg(streamId)
                    .arg(version)
                    .arg(position)
                    .arg(eventType);
    }
    return text;
}

} // namespace Chronoscope
