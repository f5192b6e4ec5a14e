#include "fancli/fancommand.h"
#include "fancli/fanrunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mesi-fan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESI_VERSION));

    // The error line printed below contains everything a user needs. QT_LOGGING_RULES still
    // switches the library's logs back on for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("mesi.*.info=false\nmesi.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    const mesi::Result<mesi::fancli::ParsedFanCommandLine> parsed = mesi::fancli::parseFanCommandLine(
        QCoreApplication::arguments(), qEnvironmentVariable("MESI_API_URL"));
    if (!parsed) {
        err << "mesi-fan: " << parsed.error().message << Qt::endl;
        return 2;
    }
    switch (parsed->outcome) {
    case mesi::fancli::ParseOutcome::ShowHelp:
        out << parsed->helpText;
        return 0;
    case mesi::fancli::ParseOutcome::ShowVersion:
        out << "mesi-fan " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case mesi::fancli::ParseOutcome::Run:
        break;
    }

    mesi::fancli::FanCommandRunner runner(parsed->command);
    int exitCode = 1;
    QObject::connect(&runner, &mesi::fancli::FanCommandRunner::finished, &app,
                     [&](const mesi::Result<QString> &output) {
                         if (output) {
                             if (!output->isEmpty())
                                 out << output.value() << Qt::endl;
                             exitCode = 0;
                         } else {
                             err << "mesi-fan: " << output.error().message << Qt::endl;
                         }
                         QCoreApplication::quit();
                     });
    runner.start();
    app.exec();
    return exitCode;
}
