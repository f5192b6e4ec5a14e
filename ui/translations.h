#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace mesi::desktop {
class ConsoleSettings;
}

namespace mesi::ui {

/**
 * The console's translators: its own messages (mesi_<language>.qm, embedded under :/i18n)
 * and Qt's (qtbase_<language>.qm from QLibraryInfo::TranslationsPath, for standard buttons).
 *
 * Installing a translator makes Qt post QEvent::LanguageChange to every widget, and the
 * widgets relabel themselves in changeEvent(). The default QLocale follows the language too,
 * so dates, times and amounts change with it. English is the source language and needs no file.
 */
class Translations : public QObject
{
    Q_OBJECT

public:
    /// Reads mesi_*.qm files from directory, by default the files embedded in mesi::ui.
    explicit Translations(const QString &directory = QStringLiteral(":/i18n"),
                          QObject *parent = nullptr);
    ~Translations() override;

    /**
     * Installs the translators for language, a locale name such as "de" or "pt_BR", or the
     * system's languages when it is empty. A language without a readable file falls back to
     * English with a logged warning. Returns the language now shown ("en" for English).
     */
    QString setLanguage(const QString &language);
    /// The language now shown: "de", "es", "fr", "pt_BR" or "en".
    QString currentLanguage() const { return m_current; }

    /// Applies settings' language now and whenever it changes; settings must outlive this object.
    void follow(desktop::ConsoleSettings *settings);

    /// Locale names of the translations in directory, such as "de" and "pt_BR", sorted.
    QStringList availableLanguages() const;

private:
    void removeTranslators();
    bool loadConsoleTranslation(const QLocale &locale);
    void loadQtTranslation(const QLocale &locale);

    QString m_directory;
    QString m_current = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_console;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace mesi::ui
