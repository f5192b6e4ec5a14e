#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;
class QWidget;

namespace mesi::store {
class LocalCache;
}

namespace mesi::ui {

/**
 * Imports the creator's other calendars from .ics files as read-only busy blocks in the local
 * cache. The blocks of a file are stored under its file name and replace those of an earlier
 * import of a file with that name. A file with any error imports nothing and keeps the
 * earlier blocks; a message box names the file, the line and the reason.
 */
class IcsImport : public QObject
{
    Q_OBJECT

public:
    /// cache must outlive this object; message boxes are children of window.
    IcsImport(store::LocalCache *cache, QWidget *window);

    /// Asks for a file with a file dialog and imports it; does nothing when the dialog is cancelled.
    void start();

    /**
     * Reads, checks and stores the file at path, then shows the outcome in a message box that
     * the call does not wait for. Returns the number of busy blocks stored.
     */
    Result<qsizetype> importFile(const QString &path);

    /// The box of the last outcome, or nullptr once it is closed.
    QMessageBox *messageBox() const;

    /// "Busy blocks imported from work.ics: 3"
    static QString successText(qsizetype count, const QString &fileName);
    /// The failure message for fileName, with the line when the error has one.
    static QString failureText(const QString &fileName, const Error &error);

Q_SIGNALS:
    /// Busy blocks of source were stored; the calendar reloads them.
    void imported(const QString &source, qsizetype count);

private:
    Result<qsizetype> readAndStore(const QString &path);
    void showOutcome(bool failed, const QString &text);

    store::LocalCache *m_cache = nullptr;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_box;
};

} // namespace mesi::ui
