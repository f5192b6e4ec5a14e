#include "proposaldialog.h"

#include "conflicttext.h"

#include <QLabel>
#include <QPushButton>

// ProposalDialog's check of the chosen time against the creator's calendar.
namespace mesi::ui {

void ProposalDialog::setConflictCheck(std::function<QList<Conflict>(const MeetingTerms &)> check)
{
    m_conflictCheck = std::move(check);
    updateSchedule();
}

QString ProposalDialog::conflictText() const
{
    return m_conflicts->isHidden() ? QString() : m_conflicts->text();
}

void ProposalDialog::updateConflicts(const QDateTime &start, const QDateTime &end)
{
    QList<Conflict> conflicts;
    if (m_conflictCheck && start.isValid()) {
        MeetingTerms terms;
        terms.start = start;
        terms.end = end;
        terms.timeZone = zoneId();
        conflicts = m_conflictCheck(terms);
    }
    const bool shown = !conflicts.isEmpty();
    m_conflicts->setText(ConflictText::warning(conflicts, locale()));
    const bool confirmed = shown && m_confirmedTime == std::make_pair(start, end);
    m_proposeButton->setText(confirmed ? tr("Propose &Anyway") : tr("&Propose"));
    if (m_conflicts->isHidden() == shown) {
        m_conflicts->setVisible(shown);
        if (isVisible())
            adjustSize();
    }
}

bool ProposalDialog::confirmConflicts(const MeetingTerms &terms)
{
    if (!m_conflictCheck || m_conflictCheck(terms).isEmpty())
        return true;
    const std::pair<QDateTime, QDateTime> time{terms.start, terms.end};
    if (m_confirmedTime == time)
        return true;

    // The first Propose only points at the conflicts; a second one sends the terms anyway.
    m_confirmedTime = time;
    updateConflicts(terms.start, terms.end);
    m_proposeButton->setFocus();
    return false;
}

} // namespace mesi::ui
