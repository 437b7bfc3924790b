// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace Chronoscope {

/// An inline bar above the views for failures and notes: the message, optional details
/// behind a button, and a close button. Never modal: the user keeps working.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Error,
        Warning,
        Information
    };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text, const QString& details = {});
    /// A button after the message that runs `triggered` and closes the bar (e.g. "Reconnect");
    /// call after showMessage(), which removes any previous one.
    void setAction(const QString& text, std::function<void()> triggered);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColors();

    QLabel* m_text;
    QLabel* m_details;
    QToolButton* m_detailsButton;
    QToolButton* m_actionButton;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
    bool m_updatingColors = false;
};

} // namespace Chronoscope
