// SPDX-License-Identifier: MIT
#include "statesearchbar.h"

#include <QBoxLayout>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>

namespace Chronoscope {

StateSearchBar::StateSearchBar(QWidget* parent)
    : QWidget(parent)
    , m_expression(new QLineEdit(this))
    , m_find(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_result(new QLabel(this))
{
    m_expression->setPlaceholderText(tr("Find first version where… e.g. state.status == \"withdrawn\""));
    m_expression->setAccessibleName(tr("Find first version where"));
    m_expression->setToolTip(tr("A JavaScript expression about the state (state.…); Enter finds the first version "
                                "where it holds, Shift+Enter the next one after the playhead"));
    m_expression->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_expression->setClearButtonEnabled(true);
    m_find->setText(tr("Find"));
    m_find->setToolTip(tr("First version where the expression holds (Enter)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next version after the playhead where it holds (Shift+Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop searching"));
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_expression->sizeHint().height());
    m_progress->setAccessibleName(tr("State search progress"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("State search result"));

    auto* row = new QHBoxLayout;
    row->setSpacing(2);
    row->addWidget(m_expression, 1);
    row->addWidget(m_find);
    row->addWidget(m_next);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_expression, &QLineEdit::returnPressed, this, [this] { request(false); });
    connect(m_find, &QToolButton::clicked, this, [this] { request(false); });
    connect(m_next, &QToolButton::clicked, this, [this] { request(true); });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        setBusy(false);
        showResult(tr("Search cancelled"));
        Q_EMIT cancelRequested();
    });
    setBusy(false);
    m_result->hide();
}

QString StateSearchBar::expression() const
{
    return m_expression->text().trimmed();
}

bool StateSearchBar::isBusy() const
{
    return m_cancel->isVisible();
}

void StateSearchBar::request(bool fromPlayhead)
{
    if (expression().isEmpty())
        return;
    setBusy(true);
    showResult(tr("Searching…"));
    Q_EMIT findRequested(expression(), fromPlayhead);
}

void StateSearchBar::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_find->setEnabled(!busy);
    m_next->setEnabled(!busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void StateSearchBar::setProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
}

void StateSearchBar::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    // Errors in the palette's red-ish "negative" tone would need a theme lookup; bold is enough to tell.
    QFont font = m_result->font();
    font.setBold(error);
    m_result->setFont(font);
    m_result->setVisible(!text.isEmpty());
}

QString StateSearchBar::resultText() const
{
    return m_result->text();
}

void StateSearchBar::focusExpression()
{
    m_expression->setFocus(Qt::ShortcutFocusReason);
    m_expression->selectAll();
}

} // namespace Chronoscope
