// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"
#include "query/filterjob.h"
#include "query/filterparser.h"

#include <QWidget>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStringListModel;
class QToolButton;

namespace Chronoscope {

class FilterLibrary;

/// The filter bar above the event table: one line of the filter language
/// (docs/filter-language.md). Errors show under it with the column marked while typing;
/// Enter applies (evaluated on a worker by FilterJob, with progress and Cancel for payload
/// filters; latest request wins) and filterChanged() hands the result to the table, the
/// timeline and the streams dock. Completion of field names, event types, stream ids and
/// users; Up/Down walk the history; the Saved menu keeps named filters (in a FilterLibrary).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterLibrary* library, QWidget* parent = nullptr);
    ~FilterBar() override;

    /// Where payload conditions are read and what is filtered; a final index re-runs the
    /// active filter on it. An empty spec and null index clear the bar's result.
    void setSource(const QString& storeSpec, const IndexPtr& index);

    /// Puts the cursor in the bar with its text selected (Ctrl+Shift+F).
    void focusFilter();
    /// Sets the text and applies it, as typing it and pressing Enter would.
    void applyText(const QString& text);
    QString text() const;

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* summaryLabel() const { return m_summary; }
    QToolButton* savedButton() const { return m_saved; }
    const FilterJob* job() const { return m_job; }
    /// The filter last applied ("" when none).
    QString activeText() const { return m_activeText; }
    /// Help > Filter Language: the grammar in a dialog.
    QAction* helpAction() const { return m_helpAction; }

Q_SIGNALS:
    /// The events to show: a new result, or null when the filter was cleared.
    void filterChanged(const Chronoscope::FilterResultPtr& result);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    void run();
    void validate();
    void showError(const FilterError& error, const QString& text);
    void updateCompletion();
    void insertCompletion(const QString& completion);
    void rebuildSavedMenu();
    void saveCurrent();
    void showHelp();
    void stepHistory(int direction);

    FilterLibrary* m_library;
    FilterJob* m_job;
    QLineEdit* m_edit;
    QToolButton* m_saved;
    QToolButton* m_help;
    QToolButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QLabel* m_error;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QAction* m_helpAction;
    QString m_storeSpec;
    IndexPtr m_index;
    FilterNodePtr m_active;
    QString m_activeText;
    int m_historyAt = -1; ///< the history entry shown by Up/Down, -1 for the typed text
    QString m_typed; ///< what was typed before Up started walking the history
    QStringList m_fieldWords;
    QStringList m_types;
    QStringList m_streams;
    QStringList m_users;
    QStringList m_aggregateTypes;
};

} // namespace Chronoscope
