#pragma once

#include "meetingtext.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QList>

class QPalette;

namespace mesi::ui {

/**
 * Meetings as a list sorted by start, limited to a range of local days, with an optional
 * header row before each day.
 *
 * Every text is prepared by MeetingText::prepare when the entries change, so data() only
 * reads stored rows. Changing the range costs a binary search plus one pass over the rows in it.
 */
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        BidIdRole = Qt::UserRole + 1, ///< QString: the bid of a meeting row, empty for a day header.
        MeetingIdRole,                ///< QString: the meeting's id, empty for a day header.
        DayRole,                      ///< QDate: the local day the row belongs to, null when unknown.
        StartRole,                    ///< QDateTime in UTC: the meeting's start, invalid for a day header.
        DayHeaderRole,                ///< bool: the row is the header of a day, not a meeting.
        StatusRole,                   ///< mesi::BidStatus of a meeting row.
        EscrowRole,                   ///< mesi::EscrowState of a meeting row.
        ZoneWarningRole,              ///< QString: why the row shows UTC times, or empty.
    };
    Q_ENUM(Role)

    explicit AgendaModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows entries, prepared with MeetingText::prepare in the default QLocale.
    void setEntries(const QList<CalendarEntry> &entries);
    /// Shows lines that are already prepared and in MeetingText::prepare order.
    void setLines(const QList<MeetingLine> &lines);

    /**
     * Keeps only meetings whose local day lies from first to last, both included. A null date
     * leaves that side open. Meetings without a valid start are kept only when last is null.
     */
    void setDayRange(QDate first, QDate last);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    /// Shows a header row before the meetings of each day.
    void setDayHeadersShown(bool shown);
    /// Sets the day whose header reads "Today".
    void setToday(QDate today);
    /// Picks the colours of the entry kinds for palette with MeetingText::kindColor.
    void setPalette(const QPalette &palette);

    /// Number of meeting rows, not counting day headers.
    int meetingCount() const { return m_meetingCount; }
    /// Row of the first header or meeting on or after day, or -1 when the list ends before it.
    int firstRowOnOrAfter(QDate day) const;
    /// Row of the meeting of this bid, or -1 when no visible row has it.
    int rowOfBid(const QString &bidId) const;

private:
    struct Row
    {
        qsizetype line = -1; ///< Index into m_lines, or -1 for a day header.
        QDate day;
        QString heading;     ///< Text of a day header.
    };

    void rebuildRows();

    QList<MeetingLine> m_lines;
    QList<Row> m_rows;
    int m_meetingCount = 0;
    QDate m_first;
    QDate m_last;
    QDate m_today;
    bool m_headersShown = false;
    QList<QColor> m_kindColors; ///< Indexed by int(EntryKind).
};

} // namespace mesi::ui
