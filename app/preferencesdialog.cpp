// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "appsettings.h"
#include "translators.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Chronoscope {

namespace {

void choose(QComboBox* box, const QVariant& value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_time(new QComboBox(this))
    , m_budget(new QSpinBox(this))
    , m_timeLimit(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_time->addItem(tr("UTC"), false);
    // Name the zone "local" means, so nobody has to guess what the machine is set to.
    m_time->addItem(tr("Local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), true);
    m_time->setAccessibleName(tr("Show times in"));
    choose(m_time, settings.localTime());

    m_budget->setRange(16, 8192);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setValue(settings.checkpointBudgetMiB());
    m_budget->setAccessibleName(tr("Checkpoint memory"));
    m_budget->setToolTip(tr("Memory the replay keeps for checkpoints; more makes jumps in long streams faster"));

    m_timeLimit->setRange(100, 600000);
    m_timeLimit->setSingleStep(500);
    m_timeLimit->setSuffix(tr(" ms"));
    m_timeLimit->setValue(settings.projectionTimeLimitMs());
    m_timeLimit->setAccessibleName(tr("Projection time limit"));
    m_timeLimit->setToolTip(tr("A projection call running longer is stopped, so a script that loops never hangs"));

    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    m_theme->setAccessibleName(tr("Theme"));
    choose(m_theme, settings.theme());

    m_language->addItem(tr("System language"), QStringLiteral("system"));
    for (const auto& [key, name] : Translators::available())
        m_language->addItem(name, key);
    m_language->setAccessibleName(tr("Language"));

    // The lowest value stands for the system's size (stored as 0).
    m_fontSize->setRange(5, 32);
    m_fontSize->setSpecialValueText(tr("System"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.fontPointSize() > 0 ? settings.fontPointSize() : 5);
    m_fontSize->setAccessibleName(tr("Font size"));
    m_fontSize->setToolTip(tr("The size of all text in the window; the lowest value keeps the system's"));
    choose(m_language, settings.language());

    auto* form = new QFormLayout;
    form->addRow(tr("Show &times in:"), m_time);
    form->addRow(tr("&Checkpoint memory:"), m_budget);
    form->addRow(tr("Projection time &limit:"), m_timeLimit);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Font size:"), m_fontSize);
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("The language changes at the next start."), this);
    note->setEnabled(false);
    form->addRow(QString(), note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::save()
{
    m_settings.setLocalTime(m_time->currentData().toBool());
    m_settings.setCheckpointBudgetMiB(m_budget->value());
    m_settings.setProjectionTimeLimitMs(m_timeLimit->value());
    m_settings.setTheme(m_theme->currentData().toString());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setFontPointSize(m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value());
}

} // namespace Chronoscope
