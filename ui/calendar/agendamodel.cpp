#include "agendamodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace mesi::ui {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{
    setPalette(QGuiApplication::palette());
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const Row &row = m_rows.at(index.row());
    if (row.line < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.heading;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case DayRole:
            return row.day;
        case DayHeaderRole:
            return true;
        case BidIdRole:
        case MeetingIdRole:
        case ZoneWarningRole:
            return QString();
        default:
            return {};
        }
    }

    const MeetingLine &line = m_lines.at(row.line);
    switch (role) {
    case Qt::DisplayRole:
        return line.displayText;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return line.accessibleText;
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        return m_kindColors.value(int(entryKind(line.entry)));
    case BidIdRole:
        return line.entry.bidId;
    case MeetingIdRole:
        return line.entry.meetingId;
    case DayRole:
        return line.day;
    case StartRole:
        return line.entry.terms.start;
    case DayHeaderRole:
        return false;
    case StatusRole:
        return QVariant::fromValue(line.entry.status);
    case EscrowRole:
        return QVariant::fromValue(line.entry.escrow);
    case ZoneWarningRole:
        return line.zoneWarning;
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Headers stay enabled so a screen reader reads them, but they cannot be selected.
    if (m_rows.at(index.row()).line < 0)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BidIdRole, "bidId");
    names.insert(MeetingIdRole, "meetingId");
    names.insert(DayRole, "day");
    names.insert(StartRole, "start");
    names.insert(DayHeaderRole, "dayHeader");
    names.insert(StatusRole, "status");
    names.insert(EscrowRole, "escrow");
    names.insert(ZoneWarningRole, "zoneWarning");
    return names;
}

void AgendaModel::setEntries(const QList<CalendarEntry> &entries)
{
    setLines(MeetingText::prepare(entries));
}

void AgendaModel::setLines(const QList<MeetingLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    rebuildRows();
    endResetModel();
}

void AgendaModel::setDayRange(QDate first, QDate last)
{
    if (first == m_first && last == m_last)
        return;
    beginResetModel();
    m_first = first;
    m_last = last;
    rebuildRows();
    endResetModel();
}

void AgendaModel::setDayHeadersShown(bool shown)
{
    if (shown == m_headersShown)
        return;
    beginResetModel();
    m_headersShown = shown;
    rebuildRows();
    endResetModel();
}

void AgendaModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    beginResetModel();
    m_today = today;
    rebuildRows();
    endResetModel();
}

void AgendaModel::setPalette(const QPalette &palette)
{
    m_kindColors.clear();
    for (EntryKind kind : {EntryKind::Scheduled, EntryKind::Tentative, EntryKind::Completed, EntryKind::Cancelled})
        m_kindColors.append(MeetingText::kindColor(kind, palette));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::ForegroundRole, Qt::DecorationRole});
}

int AgendaModel::firstRowOnOrAfter(QDate day) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [day](const Row &row) { return row.day.isValid() && row.day >= day; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

int AgendaModel::rowOfBid(const QString &bidId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const qsizetype line = m_rows.at(row).line;
        if (line >= 0 && m_lines.at(line).entry.bidId == bidId)
            return int(row);
    }
    return -1;
}

void AgendaModel::rebuildRows()
{
    m_rows.clear();
    m_meetingCount = 0;

    // Lines are sorted by day with the undated ones first, so the range is one slice.
    const auto firstDated = std::partition_point(m_lines.cbegin(), m_lines.cend(),
                                                 [](const MeetingLine &line) { return !line.day.isValid(); });
    auto begin = firstDated;
    if (m_first.isValid()) {
        begin = std::lower_bound(firstDated, m_lines.cend(), m_first,
                                 [](const MeetingLine &line, QDate day) { return line.day < day; });
    }
    auto end = m_lines.cend();
    if (m_last.isValid()) {
        end = std::upper_bound(begin, m_lines.cend(), m_last,
                               [](QDate day, const MeetingLine &line) { return day < line.day; });
    }

    const QLocale locale;
    const auto append = [&](QList<MeetingLine>::const_iterator from, QList<MeetingLine>::const_iterator to) {
        for (auto line = from; line != to; ++line) {
            const bool dayStarts = m_rows.isEmpty() || m_rows.constLast().day != line->day;
            if (m_headersShown && dayStarts)
                m_rows.append(Row{-1, line->day, MeetingText::dayHeading(line->day, m_today, locale)});
            m_rows.append(Row{line - m_lines.cbegin(), line->day, {}});
            ++m_meetingCount;
        }
    };
    if (!m_last.isValid())
        append(m_lines.cbegin(), firstDated);
    append(begin, end);
}

} // namespace mesi::ui
