#include "icsimport.h"

#include "core/logging.h"
#include "ical/icserror.h"
#include "ical/icsparser.h"
#include "store/localcache.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace mesi::ui {

IcsImport::IcsImport(store::LocalCache *cache, QWidget *window)
    : QObject(window), m_cache(cache), m_window(window)
{
}

void IcsImport::start()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Busy Times"), QString(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        (void)importFile(path);
}

Result<qsizetype> IcsImport::importFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    Result<qsizetype> stored = readAndStore(path);
    if (!stored) {
        const std::optional<int> line = ical::errorLine(stored.error());
        qCWarning(lcUi).noquote() << "calendar import of" << fileName << "failed at line"
                                  << line.value_or(0) << ":" << stored.error().message;
        showOutcome(true, failureText(fileName, stored.error()));
        return stored;
    }
    qCInfo(lcUi).noquote() << "imported" << stored.value() << "busy blocks from" << fileName;
    showOutcome(false, successText(stored.value(), fileName));
    Q_EMIT imported(fileName, stored.value());
    return stored;
}

QMessageBox *IcsImport::messageBox() const
{
    return m_box;
}

QString IcsImport::successText(qsizetype count, const QString &fileName)
{
    // The count comes last, so the English text reads right for every number.
    return tr("Busy blocks imported from %1: %n", nullptr, static_cast<int>(count)).arg(fileName);
}

QString IcsImport::failureText(const QString &fileName, const Error &error)
{
    const std::optional<int> line = ical::errorLine(error);
    const QString intro = tr("Nothing was imported from %1, and busy times imported from it "
                             "before are kept.")
                              .arg(fileName);
    // The reason comes from the parser and stays in English, like other technical details.
    const QString detail = line ? tr("Line %1: %2").arg(*line).arg(error.message) : error.message;
    return intro + QStringLiteral("\n\n") + detail;
}

Result<qsizetype> IcsImport::readAndStore(const QString &path)
{
    QFile file(path);
    if (file.size() > ical::MaxFileBytes) {
        // Checked before reading, so a huge file never fills the memory.
        return ical::lineError(0, tr("The file has %1 bytes, more than the %2 MB an import reads. "
                                     "Export a shorter range of the calendar.")
                                      .arg(file.size())
                                      .arg(ical::MaxFileBytes / (1024 * 1024)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Storage, tr("Cannot read %1: %2. Check that the file exists "
                                                "and that you may read it.")
                                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray data = file.read(ical::MaxFileBytes + 1);

    const QString source = QFileInfo(path).fileName();
    Result<BusyBlocks> blocks = ical::parseBusyBlocks(data, source);
    if (!blocks)
        return blocks.error();
    if (!m_cache) {
        return makeError(ErrorCode::Storage,
                         tr("No account is open, so there is no calendar to import into. Sign "
                            "in and import again."));
    }
    if (Result<void> stored = m_cache->replaceBusyBlocks(source, blocks.value()); !stored)
        return stored.error();
    return blocks->size();
}

void IcsImport::showOutcome(bool failed, const QString &text)
{
    if (m_box)
        m_box->close();
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information,
                                failed ? tr("Import Failed") : tr("Busy Times Imported"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(failed ? QStringLiteral("icsImportFailedBox")
                              : QStringLiteral("icsImportDoneBox"));
    box->setAccessibleName(failed ? tr("Import failed") : tr("Busy times imported"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_box = box;
    box->open();
}

} // namespace mesi::ui
