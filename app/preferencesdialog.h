// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Chronoscope {

class AppSettings;

/// File > Preferences: time display, replay memory and time limit, theme, font size and language,
/// read from and written to AppSettings (typed; the model never reads settings).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    /// Writes the choices to the settings (what OK does).
    void save();

    QComboBox* timeBox() const { return m_time; }
    QSpinBox* budgetBox() const { return m_budget; }
    QSpinBox* timeLimitBox() const { return m_timeLimit; }
    QComboBox* themeBox() const { return m_theme; }
    QComboBox* languageBox() const { return m_language; }
    QSpinBox* fontSizeBox() const { return m_fontSize; }

private:
    AppSettings& m_settings;
    QComboBox* m_time;
    QSpinBox* m_budget;
    QSpinBox* m_timeLimit;
    QComboBox* m_theme;
    QComboBox* m_language;
    QSpinBox* m_fontSize;
};

} // namespace Chronoscope
