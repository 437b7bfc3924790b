// SPDX-License-Identifier: MIT
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace Chronoscope {

std::vector<std::pair<QString, QString>> Translators::available()
{
    // Native names are not translated: a user looks for their own language's name.
    return { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") } };
}

QLocale Translators::localeFor(const QString& setting)
{
    return setting.isEmpty() || setting == u"system" ? QLocale::system() : QLocale(setting);
}

Translators::Translators() = default;

Translators::~Translators()
{
    remove();
}

bool Translators::install(const QLocale& locale)
{
    remove();
    m_previousDefault = QLocale();
    m_installed = true;
    QLocale::setDefault(locale);
    // The translator installed last is asked first: Chronoscope's own, then the English
    // plural forms ("1 event", "2 events") for anything it lacks, then Qt's.
    m_qt = std::make_unique<QTranslator>();
    if (locale.language() != QLocale::English
        && m_qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_plurals = std::make_unique<QTranslator>();
    if (m_plurals->load(QStringLiteral(":/i18n/chronoscope_en.qm")))
        QCoreApplication::installTranslator(m_plurals.get());
    if (locale.language() == QLocale::English)
        return true;
    m_app = std::make_unique<QTranslator>();
    if (!m_app->load(locale, QStringLiteral("chronoscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(m_app.get());
    return true;
}

void Translators::remove()
{
    if (!m_installed)
        return;
    for (auto* translator : { m_app.get(), m_plurals.get(), m_qt.get() }) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_app.reset();
    m_plurals.reset();
    m_qt.reset();
    QLocale::setDefault(m_previousDefault);
    m_installed = false;
}

} // namespace Chronoscope
