// SPDX-License-Identifier: MIT
#include "projectioneditor.h"

#include "jshighlighter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QStringDecoder>
#include <QStyle>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

namespace Chronoscope {

namespace {

constexpr int SeverityRole = Qt::UserRole;

QColor severityColor(Diagnostic::Severity severity, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    if (severity == Diagnostic::Severity::Warning)
        return dark ? QColor(0xe0, 0xb0, 0x30) : QColor(0xb8, 0x80, 0x00);
    return dark ? QColor(0xf1, 0x4c, 0x4c) : QColor(0xd7, 0x1a, 0x1a);
}

QIcon severityIcon(Diagnostic::Severity severity, const QPalette& palette)
{
    const QColor color = severityColor(severity, palette);
    // Drawn at twice the size so it stays crisp on HiDPI screens.
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    if (severity == Diagnostic::Severity::Error) {
        painter.drawEllipse(QRectF(3, 3, 10, 10));
    } else {
        const QPointF triangle[] = { { 8, 2.5 }, { 14, 13 }, { 2, 13 } };
        painter.drawPolygon(triangle, 3);
    }
    return QIcon(pixmap);
}

// The style's "play" icon is a dark glyph that disappears on dark toolbars; this one is a
// green that reads on both.
QIcon applyIcon(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(dark ? QColor(0x57, 0xab, 0x5a) : QColor(0x1a, 0x7f, 0x37));
    const QPointF triangle[] = { { 4, 2.5 }, { 13.5, 8 }, { 4, 13.5 } };
    painter.drawPolygon(triangle, 3);
    return QIcon(pixmap);
}

} // namespace

ProjectionEditor::ProjectionEditor(QWidget* parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_fileLabel(new QLabel(this))
    , m_editor(new CodeEditor(this))
    , m_highlighter(new JsHighlighter(m_editor->document()))
    , m_message(new QLabel(this))
    , m_problemsLine(new QFrame(this))
    , m_problems(new QListWidget(this))
{
    setAccessibleName(tr("Projection editor"));
    m_highlighter->followPalette(m_editor);

    m_apply = new QAction(tr("Apply"), this);
    m_apply->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_apply->setToolTip(tr("Replay with the edited projection without saving it (%1)")
                            .arg(m_apply->shortcut().toString(QKeySequence::NativeText)));
    m_save = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Write the projection to its file (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    m_revert = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Revert"), this);
    m_revert->setToolTip(tr("Discard the edits since the file was opened or saved"));
    for (QAction* action : { m_apply, m_save, m_revert }) {
        // Shortcuts work wherever focus is inside the editor, also when it sits in a dock.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_toolBar->setAccessibleName(tr("Projection editor toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addActions({ m_apply, m_save, m_revert });
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_fileLabel->setAccessibleName(tr("File name"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setContentsMargins(0, 0, 6, 0);
    m_toolBar->addWidget(m_fileLabel);

    m_message->setAccessibleName(tr("Save error"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(6, 3, 6, 3);
    m_message->hide();

    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setUniformItemSizes(true);
    m_problems->setFrameShape(QFrame::NoFrame);
    m_problems->hide();
    // Frameless parts, one hairline between them: reads as one editor rather than three boxes.
    m_editor->setFrameShape(QFrame::NoFrame);
    m_problemsLine->setFrameShape(QFrame::HLine);
    m_problemsLine->setFrameShadow(QFrame::Plain);
    m_problemsLine->setAccessibleName(tr("Separator"));
    m_problemsLine->hide();
    setFocusProxy(m_editor);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problemsLine);
    layout->addWidget(m_problems);

    connect(m_apply, &QAction::triggered, this, [this] { Q_EMIT applyRequested(source()); });
    connect(m_save, &QAction::triggered, this, &ProjectionEditor::saveFromAction);
    connect(m_revert, &QAction::triggered, this, &ProjectionEditor::revert);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        updateState();
        Q_EMIT modificationChanged(modified);
    });
    auto jump = [this](QListWidgetItem* item) {
        m_editor->goToDiagnostic(m_problems->row(item));
        m_editor->setFocus(Qt::OtherFocusReason);
    };
    connect(m_problems, &QListWidget::itemClicked, this, jump);
    connect(m_problems, &QListWidget::itemActivated, this, jump);
    updateState();
    updateColors();
}

ProjectionEditor::~ProjectionEditor() = default;

void ProjectionEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void ProjectionEditor::updateColors()
{
    QPalette messagePalette = palette();
    const QColor error = severityColor(Diagnostic::Severity::Error, messagePalette);
    const QColor base = messagePalette.color(QPalette::Base);
    messagePalette.setColor(QPalette::WindowText, messagePalette.color(QPalette::Text));
    messagePalette.setColor(QPalette::Window,
        QColor::fromRgbF(static_cast<float>(base.redF() * 0.8 + error.redF() * 0.2),
            static_cast<float>(base.greenF() * 0.8 + error.greenF() * 0.2),
            static_cast<float>(base.blueF() * 0.8 + error.blueF() * 0.2)));
    m_message->setPalette(messagePalette);
    m_apply->setIcon(applyIcon(palette()));
    QPalette linePalette = palette();
    linePalette.setColor(QPalette::WindowText, palette().color(QPalette::Mid));
    m_problemsLine->setPalette(linePalette);
    m_message->setAutoFillBackground(true);
    for (int row = 0; row < m_problems->count(); ++row) {
        QListWidgetItem* item = m_problems->item(row);
        item->setIcon(severityIcon(static_cast<Diagnostic::Severity>(item->data(SeverityRole).toInt()), palette()));
    }
}

bool ProjectionEditor::openFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Cannot open %1: %2.").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!info.exists())
        return fail(tr("the file does not exist"));
    if (info.isDir())
        return fail(tr("it is a folder, not a file"));
    if (info.size() > MaxFileSize)
        return fail(tr("it is %1 MiB, too large for a projection").arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return fail(tr("it is not UTF-8 text"));

    m_crlf = text.contains(QLatin1String("\r\n"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_path = info.absoluteFilePath();
    m_savedText = text;
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_message->hide();
    setDiagnostics({});
    updateState();
    return true;
}

QString ProjectionEditor::source() const
{
    // toPlainText() would turn non-breaking spaces into spaces; keep the text as typed.
    QString text = m_editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

bool ProjectionEditor::isModified() const
{
    return m_editor->document()->isModified();
}

bool ProjectionEditor::save(QString* error)
{
    const QString name = QDir::toNativeSeparators(m_path);
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        Q_EMIT saveFailed(message);
        return false;
    };
    if (m_path.isEmpty())
        return fail(tr("Cannot save: no file is open."));

    const QString text = source();
    QString onDisk = text;
    if (m_crlf)
        onDisk.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    const QByteArray bytes = onDisk.toUtf8();
    // QSaveFile writes a temporary file next to the target and renames it over the target on
    // commit(), so a failure at any point leaves the old file as it was.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot save %1: %2.").arg(name, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot save %1: %2.").arg(name, file.errorString()));

    m_savedText = text;
    m_editor->document()->setModified(false);
    m_message->hide();
    Q_EMIT saved(m_path);
    return true;
}

void ProjectionEditor::saveFromAction()
{
    QString error;
    if (!save(&error)) {
        m_message->setText(error);
        m_message->show();
    }
}

void ProjectionEditor::revert()
{
    // Replace through a cursor, not setPlainText(), so the revert itself can be undone; keep
    // the caret line and the scroll position so the user does not lose their place.
    const QTextCursor caret = m_editor->textCursor();
    const int line = caret.blockNumber() + 1;
    const int column = caret.positionInBlock() + 1;
    const int scroll = m_editor->verticalScrollBar()->value();

    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_savedText);
    cursor.endEditBlock();
    m_editor->document()->setModified(false);
    setDiagnostics({});

    const QTextBlock block = m_editor->document()->findBlockByNumber(std::min(line, m_editor->blockCount()) - 1);
    QTextCursor restored(block);
    restored.setPosition(block.position() + std::min(column - 1, block.length() - 1));
    m_editor->setTextCursor(restored);
    m_editor->verticalScrollBar()->setValue(scroll);
}

void ProjectionEditor::setDiagnostics(const QList<Diagnostic>& diagnostics)
{
    m_editor->setDiagnostics(diagnostics);
    m_problems->clear();
    for (const Diagnostic& diagnostic : diagnostics) {
        const QString location = diagnostic.column > 0
            ? tr("Line %1, column %2").arg(diagnostic.line).arg(diagnostic.column)
            : tr("Line %1").arg(diagnostic.line);
        auto* item = new QListWidgetItem(
            severityIcon(diagnostic.severity, palette()), tr("%1: %2").arg(location, diagnostic.message), m_problems);
        item->setToolTip(diagnostic.message);
        item->setData(SeverityRole, static_cast<int>(diagnostic.severity));
    }
    // Room for up to four problems; more scroll.
    const int rows = std::min(static_cast<int>(diagnostics.size()), 4);
    const int rowHeight = m_problems->sizeHintForRow(0);
    m_problems->setFixedHeight(rows * rowHeight + 2 * m_problems->frameWidth() + 4);
    m_problems->setVisible(!diagnostics.isEmpty());
    m_problemsLine->setVisible(!diagnostics.isEmpty());
}

void ProjectionEditor::clearDiagnostics()
{
    setDiagnostics({});
}

void ProjectionEditor::updateState()
{
    const bool modified = isModified();
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    m_fileLabel->setText(modified ? tr("%1 (modified)").arg(name) : name);
    m_fileLabel->setToolTip(QDir::toNativeSeparators(m_path));
    m_save->setEnabled(modified && !m_path.isEmpty());
    m_revert->setEnabled(modified);
}

} // namespace Chronoscope
