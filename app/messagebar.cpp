// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Chronoscope {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_actionButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);
    m_actionButton->hide();
    connect(m_actionButton, &QToolButton::clicked, this, [this] {
        const std::function<void()> action = m_action; // hide() below may be followed by a new message
        hide();
        if (action)
            action();
    });
    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, &MessageBar::hide);

    auto* row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_actionButton);
    row->addWidget(m_detailsButton);
    row->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_details);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text, const QString& details)
{
    m_kind = kind;
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_action = {};
    m_actionButton->hide();
    updateColors();
    show();
}

void MessageBar::setAction(const QString& text, std::function<void()> triggered)
{
    m_action = std::move(triggered);
    m_actionButton->setText(text);
    m_actionButton->setAccessibleName(text);
    m_actionButton->show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_updatingColors)
        updateColors();
    QFrame::changeEvent(event);
}

void MessageBar::updateColors()
{
    // A tint of the palette's own window colour: readable in light and dark themes alike.
    const QColor accent = m_kind == Kind::Error ? QColor(0xd0, 0x30, 0x30)
        : m_kind == Kind::Warning               ? QColor(0xd0, 0x90, 0x10)
                                                : QColor(0x30, 0x70, 0xd0);
    QPalette palette = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor base = palette.color(QPalette::Window);
    const auto mix = [&](int a, int b) { return (a * 3 + b) / 4; };
    palette.setColor(QPalette::Window,
        QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue())));
    m_updatingColors = true; // setPalette() sends a PaletteChange of its own
    setPalette(palette);
    m_updatingColors = false;
}

} // namespace Chronoscope
