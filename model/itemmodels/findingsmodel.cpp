// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include <QLocale>

#include <algorithm>

namespace Chronoscope {

namespace {

/// Display order of groups: worse first, then by code.
bool groupBefore(Severity a, FindingCode codeA, Severity b, FindingCode codeB)
{
    if (a != b)
        return a > b;
    return codeA < codeB;
}

} // namespace

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return tr("Note");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Error");
    }
    return {};
}

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_rowOfCode.fill(-1);
}

FindingsModel::~FindingsModel() = default;

void FindingsModel::appendFindings(const Findings& batch)
{
    // One insertion per code of the batch, in the batch's order within each code.
    std::array<Findings, kFindingCodeCount> byCode;
    for (const Finding& finding : batch)
        byCode[static_cast<std::size_t>(finding.code)].append(finding);

    for (int c = 0; c < kFindingCodeCount; ++c) {
        Findings& added = byCode[static_cast<std::size_t>(c)];
        if (added.isEmpty())
            continue;
        const auto code = static_cast<FindingCode>(c);
        for (const Finding& finding : added)
            ++m_counts[static_cast<std::size_t>(finding.severity)];
        const int row = m_rowOfCode[static_cast<std::size_t>(c)];
        if (row >= 0) {
            Group& group = m_groups[static_cast<std::size_t>(row)];
            const auto first = static_cast<int>(group.findings.size());
            const QModelIndex parent = createIndex(row, 0, quintptr(0));
            beginInsertRows(parent, first, first + static_cast<int>(added.size()) - 1);
            group.findings.append(added);
            endInsertRows();
            // The count in the group's title (and CountRole, in every column) changed.
            Q_EMIT dataChanged(parent, parent.siblingAtColumn(NumColumns - 1));
        } else {
            const Severity severity = severityOf(code);
            const int at = insertionRow(code, severity);
            beginInsertRows({}, at, at);
            m_groups.insert(m_groups.begin() + at, Group { code, severity, std::move(added) });
            reindexGroups();
            endInsertRows();
        }
    }
}

void FindingsModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_rowOfCode.fill(-1);
    m_counts = {};
    endResetModel();
}

int FindingsModel::insertionRow(FindingCode code, Severity severity) const
{
    const auto it = std::find_if(m_groups.begin(), m_groups.end(),
        [&](const Group& group) { return groupBefore(severity, code, group.severity, group.code); });
    return static_cast<int>(it - m_groups.begin());
}

void FindingsModel::reindexGroups()
{
    m_rowOfCode.fill(-1);
    for (std::size_t row = 0; row < m_groups.size(); ++row)
        m_rowOfCode[static_cast<std::size_t>(m_groups[row].code)] = static_cast<int>(row);
}

QModelIndex FindingsModel::indexOfCode(FindingCode code) const
{
    const int row = m_rowOfCode[static_cast<std::size_t>(code)];
    return row < 0 ? QModelIndex() : createIndex(row, SeverityColumn, quintptr(0));
}

const Finding* FindingsModel::findingAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const int row = m_rowOfCode[index.internalId() - 1];
    if (row < 0)
        return nullptr;
    const Findings& findings = m_groups[static_cast<std::size_t>(row)].findings;
    return index.row() < findings.size() ? &findings[index.row()] : nullptr;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Group& group = m_groups[static_cast<std::size_t>(parent.row())];
    return createIndex(row, column, static_cast<quintptr>(group.code) + 1);
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_rowOfCode[child.internalId() - 1];
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].findings.size());
}

int FindingsModel::columnCount(const QModelIndex&) const
{
    return NumColumns;
}

bool FindingsModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_groups.empty();
    return parent.internalId() == 0 && parent.column() == 0; // groups are never empty
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    const Finding* finding = findingAt(index);
    if (!finding)
        return {};
    const Group& group = m_groups[static_cast<std::size_t>(m_rowOfCode[index.internalId() - 1])];
    return findingData(group, *finding, index.column(), role);
}

QVariant FindingsModel::groupData(const Group& group, int column, int role) const
{
    const auto count = static_cast<int>(group.findings.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == SeverityColumn)
            return tr("%1 (%2)", "finding title (count)").arg(findingTitle(group.code), QLocale().toString(count));
        break;
    case Qt::ToolTipRole:
        return tr("%1: %n finding(s) of %2", "severity: count of code", count)
            .arg(severityText(group.severity), findingCodeName(group.code));
    case SeverityRole:
        return static_cast<int>(group.severity);
    case PositionRole:
        return qint64(-1);
    case CodeRole:
        return static_cast<int>(group.code);
    case CountRole:
        return qint64(count);
    case FilterTextRole:
        return QString(findingTitle(group.code) + u' ' + findingCodeName(group.code));
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::findingData(const Group& group, const Finding& finding, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return severityText(finding.severity);
        case Stream:
            return finding.streamId.isEmpty() ? tr("(store)") : finding.streamId;
        case Version:
            return finding.version < 0 ? QVariant() : QVariant(finding.version);
        case Position:
            return finding.position < 0 ? QVariant() : QVariant(finding.position);
        case Message:
            return finding.message;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return finding.message;
    case Qt::TextAlignmentRole:
        if (column == Version || column == Position)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SeverityRole:
        return static_cast<int>(finding.severity);
    case PositionRole:
        return finding.position;
    case CodeRole:
        return static_cast<int>(finding.code);
    case FindingRole:
        return QVariant::fromValue(finding);
    case FilterTextRole: {
        QStringList parts { findingTitle(group.code), findingCodeName(group.code), finding.streamId, finding.eventId,
            finding.message };
        if (finding.position >= 0)
            parts << QString::number(finding.position);
        return parts.join(u'\n');
    }
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case Stream:
        return tr("Stream");
    case Version:
        return tr("Version");
    case Position:
        return tr("Position");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void FindingsFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void FindingsFilterModel::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

void FindingsFilterModel::setTimeRange(TimeUs from, TimeUs to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(FindingsModel::SeverityRole).toInt() < static_cast<int>(m_minimum))
        return false;
    const bool ranged = m_from != kInvalidTime && m_to != kInvalidTime;
    // Groups show through their findings (recursive filtering), except without a filter.
    if (!sourceParent.isValid())
        return m_text.isEmpty() && !ranged;
    if (ranged) {
        const Finding finding = index.data(FindingsModel::FindingRole).value<Finding>();
        if (!finding.isStoreWide() && (finding.time < m_from || finding.time > m_to))
            return false;
    }
    return m_text.isEmpty()
        || index.data(FindingsModel::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Chronoscope
