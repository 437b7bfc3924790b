// SPDX-License-Identifier: MIT
#pragma once

#include "audit/finding.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <array>
#include <vector>

namespace Chronoscope {

/// The audit's findings as a two-level tree: one row per finding code (its title, severity
/// and count), ordered by severity (errors first), then by code; under it, its findings in
/// the order they arrived.
///
/// Findings stream in: appendFindings() inserts rows (beginInsertRows, never a reset), so a
/// view keeps its selection and expansion while an audit runs. GUI thread only; batches
/// from an AuditJob arrive there already.
///
/// Roles are semantic (SeverityRole is a Severity); views pick colours and icons.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn, ///< group rows: "Title (count)"; finding rows: the translated severity
        Stream, ///< the stream id; "(store)" for store-wide findings
        Version, ///< the event's stored version, empty for none
        Position, ///< the event's index position, empty for store-wide findings
        Message, ///< one sentence for people
        NumColumns
    };
    Q_ENUM(Column)

    /// Same value in every column of a row.
    enum Role
    {
        SeverityRole = Qt::UserRole, ///< int (Severity), on both kinds of rows
        PositionRole, ///< qint64 index position; -1 for store-wide findings and group rows
        CodeRole, ///< int (FindingCode), on both kinds of rows
        FindingRole, ///< QVariant<Finding>; invalid on group rows
        CountRole, ///< qint64 findings in the group; invalid on finding rows
        FilterTextRole ///< QString: what the text filter looks at (title, code, stream, id, message, …)
    };

    explicit FindingsModel(QObject* parent = nullptr);
    ~FindingsModel() override;

    /// Adds a batch: rows are inserted into existing groups, new groups at their place in
    /// the order. No reset.
    void appendFindings(const Findings& batch);
    /// Removes every finding (one reset).
    void clear();

    /// Findings per Severity (index = enum value), as AuditSummary::bySeverity.
    std::array<qint64, 3> counts() const { return m_counts; }
    qint64 count(Severity severity) const { return m_counts[static_cast<std::size_t>(severity)]; }
    qint64 totalCount() const { return m_counts[0] + m_counts[1] + m_counts[2]; }

    /// The severity as the Severity column shows it, translated ("Error", "Warning", "Note").
    static QString severityText(Severity severity);

    /// The group row of `code` (SeverityColumn); invalid when there is no finding of it.
    QModelIndex indexOfCode(FindingCode code) const;
    /// The finding of a finding row; nullptr for group rows and invalid indexes.
    const Finding* findingAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        FindingCode code = FindingCode::VersionGap;
        Severity severity = Severity::Error;
        Findings findings;
    };

    /// Where a group of `code` belongs among the current groups.
    int insertionRow(FindingCode code, Severity severity) const;
    void reindexGroups();
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant findingData(const Group& group, const Finding& finding, int column, int role) const;

    // A finding row's internal id is its code + 1 (stable while groups are inserted above
    // it, unlike a group row number); group rows have 0.
    std::vector<Group> m_groups;
    std::array<int, kFindingCodeCount> m_rowOfCode {};
    std::array<qint64, 3> m_counts {};
};

/// Text and minimum-severity filter over a FindingsModel, recursive: a group shows while
/// any of its findings does. The text matches (ignoring case) a finding's message, stream,
/// event id, position, and its code's title and name, so typing "drift" shows that group.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    /// Findings below `severity` are hidden (Note shows everything).
    void setMinimumSeverity(Severity severity);
    Severity minimumSeverity() const { return m_minimum; }
    /// Only findings of events in [from, to] (the timeline's range filter); store-wide
    /// findings always show. kInvalidTime for both: every time.
    void setTimeRange(TimeUs from, TimeUs to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Severity m_minimum = Severity::Note;
    TimeUs m_from = kInvalidTime;
    TimeUs m_to = kInvalidTime;
};

} // namespace Chronoscope
