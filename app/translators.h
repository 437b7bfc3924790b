// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <utility>
#include <vector>

namespace Chronoscope {

/// The translators of one language, installed on the application: Qt's own (qtbase_xx, so
/// standard dialogs and buttons speak it too), the English plural forms, then Chronoscope's.
/// Also makes that language's QLocale the default, so numbers and month names follow it.
/// GUI thread; keep the object alive while the translations are wanted (its destructor
/// removes them again).
class Translators
{
public:
    /// The languages Chronoscope is translated into: settings key ("en", "de", "es") and the
    /// language's own name ("Deutsch"), English first.
    static std::vector<std::pair<QString, QString>> available();
    /// The locale a language setting means: "system" is the system locale, anything else
    /// the language it names.
    static QLocale localeFor(const QString& setting);

    Translators();
    ~Translators();
    Translators(const Translators&) = delete;
    Translators& operator=(const Translators&) = delete;

    /// Installs the translations for `locale` (replacing any installed before). Returns
    /// false when Chronoscope has no translation for its language (English is shown then).
    bool install(const QLocale& locale);
    /// Removes the translators and restores the default locale of before install().
    void remove();

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_plurals;
    std::unique_ptr<QTranslator> m_app;
    QLocale m_previousDefault;
    bool m_installed = false;
};

} // namespace Chronoscope
