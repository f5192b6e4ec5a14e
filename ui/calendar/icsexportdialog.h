#pragma once

#include "core/bid.h"
#include "core/result.h"
#include "ical/icswriter.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;

namespace mesi::ui {

/// The calendar events of every bid that has a meeting, for IcsExportDialog.
QList<ical::CalendarEvent> calendarEventsOf(const QList<Bid> &bids);

/**
 * Exports meetings to an .ics file: the selected meeting, or every meeting that touches a range
 * of days in the computer's zone. Export opens a save dialog and writes the file there. A failed
 * write shows a message and keeps the dialog open.
 */
class IcsExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Meeting, DateRange };
    Q_ENUM(Scope)

    /**
     * events are the meetings that may be exported; currentUid is the UID of the selected
     * meeting (see ical::meetingUid()), or empty when none is selected.
     */
    IcsExportDialog(const QList<ical::CalendarEvent> &events, const QString &currentUid,
                    QWidget *parent = nullptr);

    /// Replaces the save dialog, so tests can choose a path; an empty path cancels.
    void setFileChooser(std::function<QString(QWidget *parent, const QString &suggestedName)> chooser);

    Scope scope() const;
    /// Sets the range of days, first and last included, in the computer's zone.
    void setDateRange(QDate first, QDate last);
    /// The events the file receives for the current choice.
    QList<ical::CalendarEvent> selectedEvents() const;
    /// The file's content for the current choice.
    QByteArray calendarData() const;
    /// Writes calendarData() to path, replacing the file.
    Result<void> saveTo(const QString &path) const;
    /// Path of the last file written, empty before that.
    QString savedPath() const { return m_savedPath; }

    QRadioButton *meetingButton() const { return m_meetingButton; }
    QRadioButton *rangeButton() const { return m_rangeButton; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }
    QLabel *countLabel() const { return m_countLabel; }
    QPushButton *exportButton() const { return m_exportButton; }

private:
    void updateSelection();
    void chooseFileAndSave();

    QList<ical::CalendarEvent> m_events;
    QString m_currentUid;
    QString m_savedPath;
    std::function<QString(QWidget *, const QString &)> m_chooser;

    QRadioButton *m_meetingButton = nullptr;
    QRadioButton *m_rangeButton = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace mesi::ui
