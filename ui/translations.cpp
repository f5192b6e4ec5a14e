#include "translations.h"

#include "core/logging.h"
#include "desktop/consolesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mesi::ui {

namespace {

const QString ConsolePrefix = QStringLiteral("mesi");
const QString QtPrefix = QStringLiteral("qtbase");

} // namespace

Translations::Translations(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
}

Translations::~Translations()
{
    removeTranslators();
}

QString Translations::setLanguage(const QString &language)
{
    removeTranslators();

    const bool followSystem = language.isEmpty();
    const QLocale locale = followSystem ? QLocale::system() : QLocale(language);
    if (!followSystem && locale.language() == QLocale::C) {
        qCWarning(lcUi) << "unknown language" << language << "; showing English";
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_current = QStringLiteral("en");
        return m_current;
    }

    // Dates, times and amounts follow the chosen language even where no translation exists.
    QLocale::setDefault(locale);

    const bool english = locale.language() == QLocale::English;
    if (english || !loadConsoleTranslation(locale)) {
        if (!english && !followSystem)
            qCWarning(lcUi) << "no readable translation for" << language << "in" << m_directory
                            << "; showing English";
        else if (!english)
            qCInfo(lcUi) << "no translation for the system language" << locale.name()
                         << "; showing English";
        m_current = QStringLiteral("en");
    } else {
        loadQtTranslation(locale);
        // The file name shows which language matched, for example "pt_BR" for pt_BR or "de" for de_AT.
        m_current = QFileInfo(m_console->filePath()).completeBaseName().mid(ConsolePrefix.size() + 1);
    }

    // Installing a translator posts LanguageChange events. They are delivered now, so every open
    // window is relabelled before this call returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    qCInfo(lcUi) << "interface language is now" << m_current;
    return m_current;
}

void Translations::follow(desktop::ConsoleSettings *settings)
{
    setLanguage(settings->language());
    connect(settings, &desktop::ConsoleSettings::languageChanged, this, &Translations::setLanguage);
}

QStringList Translations::availableLanguages() const
{
    QStringList languages;
    const QDir directory(m_directory);
    const QStringList files = directory.entryList({ConsolePrefix + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(QFileInfo(file).completeBaseName().mid(ConsolePrefix.size() + 1));
    return languages;
}

void Translations::removeTranslators()
{
    if (m_console) {
        QCoreApplication::removeTranslator(m_console.get());
        m_console.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

bool Translations::loadConsoleTranslation(const QLocale &locale)
{
    auto translator = std::make_unique<QTranslator>();
    // QTranslator tries each of the locale's UI languages, then shorter names: pt_BR, then pt.
    if (!translator->load(locale, ConsolePrefix, QStringLiteral("_"), m_directory))
        return false;
    if (!QCoreApplication::installTranslator(translator.get())) {
        qCWarning(lcUi) << "could not install the translation" << translator->filePath();
        return false;
    }
    m_console = std::move(translator);
    return true;
}

void Translations::loadQtTranslation(const QLocale &locale)
{
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QtPrefix, QStringLiteral("_"), directory)) {
        // Debian ships these files in qt6-translations-l10n. Without it, standard buttons stay English.
        qCInfo(lcUi) << "no Qt translation for" << locale.name() << "in" << directory;
        return;
    }
    QCoreApplication::installTranslator(translator.get());
    m_qt = std::move(translator);
}

} // namespace mesi::ui
