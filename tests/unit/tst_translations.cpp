#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// One message of a .ts file: where it belongs, its source text and its translations.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; ///< One entry, or one per plural form for %n messages.
    bool finished = false;
    bool numerus = false;

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }

    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{};
            current.context = context;
            current.numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            current.finished = type.isEmpty();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 is not valid XML: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

QStringList shippedTsFiles()
{
    const QDir directory(QStringLiteral(MESI_TRANSLATIONS_DIR));
    QStringList files;
    for (const QString &name : directory.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        files.append(directory.filePath(name));
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedLanguages();
    void everyStringTranslated_data();
    void everyStringTranslated();
    void placeholdersKept_data();
    void placeholdersKept();

private:
    QList<TsMessage> m_current; ///< What lupdate extracts from the sources now.
};

void TestTranslations::initTestCase()
{
    // Extract the strings of today's sources, so a new tr() without a translation fails here.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString output = scratch.filePath(QStringLiteral("current.ts"));

    QStringList arguments;
    // The build joins the folders with '|', because a compile definition cannot contain ';'.
    for (const QString &folder : QStringLiteral(MESI_TRANSLATED_SOURCES).split(QLatin1Char('|')))
        arguments.append(folder);
    arguments << QStringLiteral("-extensions") << QStringLiteral("cpp,h") << QStringLiteral("-locations")
              << QStringLiteral("none") << QStringLiteral("-silent") << QStringLiteral("-ts") << output;

    QProcess lupdate;
    lupdate.start(QStringLiteral(MESI_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    m_current = readTs(output, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_current.size() > 50, qPrintable(QStringLiteral("lupdate found only %1 strings").arg(m_current.size())));
}

void TestTranslations::shippedLanguages()
{
    QStringList names;
    for (const QString &path : shippedTsFiles())
        names.append(QFileInfo(path).fileName());
    QCOMPARE(names, (QStringList{QStringLiteral("mesi_de.ts"), QStringLiteral("mesi_es.ts"),
                                 QStringLiteral("mesi_fr.ts"), QStringLiteral("mesi_pt_BR.ts")}));
}

void TestTranslations::everyStringTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : shippedTsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslations::everyStringTranslated()
{
    QFETCH(QString, path);

    QString error;
    const QList<TsMessage> shipped = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QHash<QString, TsMessage> byKey;
    for (const TsMessage &message : shipped)
        byKey.insert(message.key(), message);

    QStringList missing;
    for (const TsMessage &message : m_current) {
        const auto it = byKey.constFind(message.key());
        const bool translated = it != byKey.constEnd() && it->finished && !it->translations.isEmpty()
                                && std::none_of(it->translations.cbegin(), it->translations.cend(),
                                                [](const QString &text) { return text.isEmpty(); });
        if (!translated)
            missing.append(QStringLiteral("[%1] %2").arg(message.context, message.source));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 has %2 strings without a finished translation; run the "
                                       "update_translations target and translate them:\n%3")
                            .arg(QFileInfo(path).fileName())
                            .arg(missing.size())
                            .arg(missing.join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersKept_data()
{
    everyStringTranslated_data();
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, path);

    QString error;
    const QList<TsMessage> shipped = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList broken;
    for (const TsMessage &message : shipped) {
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            // A plural form may leave out %n ("one bid" for "%n bid"), but nothing else.
            QSet<QString> found = placeholders(translation);
            if (message.numerus)
                found.insert(QStringLiteral("n"));
            if (found != expected)
                broken.append(QStringLiteral("[%1] '%2' -> '%3'").arg(message.context, message.source, translation));
        }
    }
    QVERIFY2(broken.isEmpty(),
             qPrintable(QStringLiteral("%1 changes placeholders in:\n%2")
                            .arg(QFileInfo(path).fileName(), broken.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
