// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include "query/filterlibrary.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Chronoscope {

namespace {

QStringList sortedPool(const StringPool& pool)
{
    QStringList list;
    list.reserve(pool.size());
    for (quint32 id = 0; id < pool.size(); ++id) {
        if (!pool.view(id).empty())
            list << pool.string(id);
    }
    list.sort(Qt::CaseInsensitive);
    return list;
}

// Characters of the word being completed: field names, bare values (family-000005, user-001).
bool isCompletionChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u':' || c == u'$' || c == u'@';
}

} // namespace

FilterBar::FilterBar(FilterLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_job(new FilterJob(this))
    , m_edit(new QLineEdit(this))
    , m_saved(new QToolButton(this))
    , m_help(new QToolButton(this))
    , m_cancel(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_helpAction(new QAction(tr("&Filter Language"), this))
{
    m_edit->setPlaceholderText(
        tr("Filter events, e.g. type == PaymentOverdue and data.amountDue > 400 (Ctrl+Shift+F)"));
    m_edit->setAccessibleName(tr("Event filter"));
    m_edit->setClearButtonEnabled(true);
    // The central column can be narrow between the docks: the filter text keeps room to be
    // read, and the row's other widgets keep theirs (a larger minimum made them overlap).
    m_edit->setMinimumWidth(160);
    m_edit->installEventFilter(this);
    m_saved->setText(tr("Saved"));
    m_saved->setToolTip(tr("Saved filters: save the current one under a name, apply or delete one"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    m_help->setText(tr("?"));
    m_help->setToolTip(tr("The filter language (Help > Filter Language)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the payload filter; the table keeps the previous result"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Filter progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();
    m_summary->setAccessibleName(tr("Filter summary"));
    m_summary->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_error->setAccessibleName(tr("Filter error"));
    m_error->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_summary);
    row->addWidget(m_saved);
    row->addWidget(m_help);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &FilterBar::insertCompletion);

    for (const QString& name : FilterParser::fieldNames())
        m_fieldWords << name;
    m_fieldWords << FilterParser::keywords();
    m_fieldWords.sort(Qt::CaseInsensitive);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_historyAt = -1;
        validate();
        updateCompletion();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_job->cancel();
        m_progress->hide();
        m_cancel->hide();
        m_summary->setText(tr("Cancelled"));
    });
    connect(m_help, &QToolButton::clicked, this, &FilterBar::showHelp);
    connect(m_helpAction, &QAction::triggered, this, &FilterBar::showHelp);
    connect(m_library, &FilterLibrary::changed, this, &FilterBar::rebuildSavedMenu);
    rebuildSavedMenu();

    connect(m_job, &FilterJob::progressChanged, this,
        [this](qint64 done, qint64 total) { m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    connect(m_job, &FilterJob::filterFinished, this, [this](const FilterResultPtr& result) {
        m_progress->hide();
        m_cancel->hide();
        const QLocale locale;
        m_summary->setText(
            tr("%1 of %2").arg(locale.toString(qint64(result->positions.size())), locale.toString(result->indexSize)));
        m_summary->setToolTip(tr("Events the filter matches, of all events"));
        Q_EMIT filterChanged(result);
    });
    connect(m_job, &FilterJob::filterFailed, this, [this](const StoreError& error) {
        m_progress->hide();
        m_cancel->hide();
        m_summary->clear();
        m_error->setText(error.message());
        m_error->show();
    });
}

FilterBar::~FilterBar() = default;

void FilterBar::setSource(const QString& storeSpec, const IndexPtr& index)
{
    m_storeSpec = storeSpec;
    m_index = index;
    m_types = index ? sortedPool(index->types()) : QStringList();
    m_streams = index ? sortedPool(index->streams()) : QStringList();
    m_users = index ? sortedPool(index->users()) : QStringList();
    m_aggregateTypes = index ? sortedPool(index->aggregateTypes()) : QStringList();
    if (!index) {
        m_job->cancel();
        m_progress->hide();
        m_cancel->hide();
        m_summary->clear();
        Q_EMIT filterChanged({});
        return;
    }
    if (m_active)
        run();
}

void FilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FilterBar::applyText(const QString& text)
{
    m_edit->setText(text);
    apply();
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::validate()
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        m_error->hide();
        return;
    }
    const auto parsed = FilterParser::parse(text);
    if (parsed)
        m_error->hide();
    else
        showError(parsed.error(), text);
}

void FilterBar::showError(const FilterError& error, const QString& text)
{
    // The text again in a fixed-width font with a caret under the column.
    const QString caret = QString(qMax(0, error.column - 1), u' ') + u'^';
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString color = dark ? QStringLiteral("#ff7b72") : QStringLiteral("#b42318");
    m_error->setText(QStringLiteral("<pre style=\"margin:0\">%1\n<span style=\"color:%2\">%3 %4</span></pre>")
                         .arg(text.toHtmlEscaped(), color, caret, error.toString().toHtmlEscaped()));
    m_error->show();
}

void FilterBar::apply()
{
    if (m_completer->popup()->isVisible())
        return;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_active.reset();
        m_activeText.clear();
        m_job->cancel();
        m_progress->hide();
        m_cancel->hide();
        m_summary->clear();
        m_error->hide();
        Q_EMIT filterChanged({});
        return;
    }
    const auto parsed = FilterParser::parse(text);
    if (!parsed) {
        showError(parsed.error(), m_edit->text());
        return;
    }
    m_error->hide();
    m_library->addToHistory(text);
    m_historyAt = -1;
    m_active = *parsed;
    m_activeText = text;
    run();
}

void FilterBar::run()
{
    if (!m_active || !m_index)
        return;
    FilterOptions options;
    options.now = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_job->start(m_active, m_index, m_storeSpec, options);
    if (m_active->needsStore()) {
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        m_summary->setText(tr("Reading payloads…"));
    }
}

void FilterBar::updateCompletion()
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    int start = cursor;
    while (start > 0 && isCompletionChar(text.at(start - 1)))
        --start;
    const QString prefix = text.mid(start, cursor - start);
    // A key after "data." or "metadata." is the user's own; nothing to suggest.
    if (prefix.isEmpty() || (start > 0 && (text.at(start - 1) == u'.' || text.at(start - 1) == u'['))) {
        m_completer->popup()->hide();
        return;
    }
    // After "field op" (==, !=, in [...], ~) suggest that field's values.
    static const QRegularExpression valueContext(
        QStringLiteral("(\\w+)\\s*(==|!=|=|!~|~|in\\s*\\[[^\\]]*)\\s*[\"']?$"));
    const QRegularExpressionMatch match = valueContext.match(text.left(start));
    QStringList words = m_fieldWords;
    if (match.hasMatch()) {
        const QString field = match.captured(1).toLower();
        if (field == u"type" || field == u"eventtype")
            words = m_types;
        else if (field == u"stream" || field == u"streamid" || field == u"aggregateid")
            words = m_streams;
        else if (field == u"user" || field == u"userid")
            words = m_users;
        else if (field == u"aggregatetype" || field == u"aggregate")
            words = m_aggregateTypes;
        else
            words.clear();
    }
    if (m_completions->stringList() != words)
        m_completions->setStringList(words);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    m_completer->complete(rect);
}

void FilterBar::insertCompletion(const QString& completion)
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    int start = cursor;
    while (start > 0 && isCompletionChar(text.at(start - 1)))
        --start;
    const bool field = completion.endsWith(u'.');
    const QString inserted = completion + (field ? QString() : QStringLiteral(" "));
    m_edit->setText(text.left(start) + inserted + text.mid(cursor));
    m_edit->setCursorPosition(start + int(inserted.size()));
    validate();
}

void FilterBar::stepHistory(int direction)
{
    const QStringList history = m_library->history();
    if (history.isEmpty())
        return;
    if (m_historyAt < 0)
        m_typed = m_edit->text();
    const int next = std::clamp(m_historyAt + direction, -1, int(history.size()) - 1);
    if (next == m_historyAt)
        return;
    m_historyAt = next;
    m_edit->setText(next < 0 ? m_typed : history.at(next));
    validate();
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && !m_completer->popup()->isVisible()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Up) {
            stepHistory(1);
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            stepHistory(-1);
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_job->isRunning()) {
            m_cancel->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::rebuildSavedMenu()
{
    QMenu* menu = m_saved->menu();
    menu->clear();
    menu->addAction(tr("Save Current Filter…"), this, &FilterBar::saveCurrent);
    const QList<SavedFilter> saved = m_library->saved();
    if (saved.isEmpty())
        return;
    menu->addSeparator();
    for (const SavedFilter& filter : saved) {
        QAction* action = menu->addAction(filter.name, this, [this, text = filter.expression] { applyText(text); });
        action->setToolTip(filter.expression);
    }
    menu->addSeparator();
    QMenu* remove = menu->addMenu(tr("Delete"));
    for (const SavedFilter& filter : saved)
        remove->addAction(filter.name, this, [this, name = filter.name] { m_library->remove(name); });
}

void FilterBar::saveCurrent()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    if (const auto parsed = FilterParser::parse(text); !parsed) {
        showError(parsed.error(), text);
        return;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save Filter"), tr("Name for %1:").arg(text), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_library->save(name, text);
}

void FilterBar::showHelp()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Filter Language"));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<p>One line picks events. Press Enter to apply, an empty line shows all.</p>"
           "<pre>"
           "filter     := or\n"
           "or         := and ( (\"or\" | \"||\") and )*\n"
           "and        := unary ( (\"and\" | \"&amp;&amp;\") unary )*\n"
           "unary      := (\"not\" | \"!\") unary | \"(\" or \")\" | \"exists\" path | condition\n"
           "condition  := field op value | field [\"not\"] \"in\" \"[\" value (\",\" value)* \"]\"\n"
           "            | field (\"~\" | \"!~\" | \"matches\") (\"glob*\" | /regex/[i])\n"
           "field      := position | eventId | stream | aggregateType | version | type\n"
           "            | schemaVersion | time | user | correlation | causation | path\n"
           "path       := (data | metadata) (\".\" key | \"[\" index \"]\" | \"[\" \"key\" \"]\")+\n"
           "op         := == | != | &lt; | &lt;= | &gt; | &gt;=\n"
           "value      := number | \"text\" | bare-word | true | false | null\n"
           "            | 2024-10-01[T14:00:00Z] | -2h | -30m | -7d (relative to now)"
           "</pre>"
           "<p>Examples: <code>type == PaymentOverdue and data.amountDue &gt; 400</code>, "
           "<code>stream ~ \"family-12*\" and time &gt; 2024-10-01</code>, "
           "<code>user != system and exists data.currency</code>, <code>data.items[0].sku == \"SKU-10000\"</code>.</p>"
           "<p>Ctrl+Shift+F focuses the bar; Up/Down walk the history; Tab or Enter takes a completion; "
           "Esc cancels a payload filter. docs/filter-language.md has the details.</p>"));
    box.exec();
}

} // namespace Chronoscope
