#pragma once

#include "core/conflicts.h"
#include "core/meeting.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace mesi::ui {

/**
 * Lets the creator propose meeting terms, or counter the fan's: a start typed as the wall-clock
 * time of the meeting's IANA zone, a duration, and a place or an https link.
 *
 * OK converts the start to UTC and checks it. A time that a daylight-saving change skips is
 * rejected, and for a time that a change back repeats the dialog asks which of the two is meant.
 * Errors show inline and keep the dialog and everything typed. With a conflict check set, the
 * conflicts of the chosen time show as it changes, and the first Propose of conflicting terms only
 * points at the conflicts, so sending them takes a second Propose.
 */
class ProposalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProposalDialog(QWidget *parent = nullptr);

    /// Sets the source of the current UTC time used to reject a start in the past.
    void setClock(std::function<QDateTime()> nowUtc);
    /// Fills the fields from earlier terms, such as the proposal being countered.
    void setTerms(const MeetingTerms &terms);
    /// Shows "Counter to: summary" above the fields, for a counter proposal.
    void setCounterOf(const QString &summary);
    /// Sets the check of a chosen time against the creator's calendar.
    void setConflictCheck(std::function<QList<Conflict>(const MeetingTerms &)> check);
    /// The conflict warning shown for the chosen time, empty when there is none.
    QString conflictText() const;

    /// The checked terms, with start and end in UTC. Valid after the dialog was accepted.
    MeetingTerms terms() const { return m_terms; }
    /// The optional note to the fan, without surrounding white space.
    QString note() const;

    /// Checks the fields as OK does; accepts the dialog and returns true when they are valid.
    bool tryAccept();
    /// The inline error shown by the last failed check, empty when there is none.
    QString errorText() const;

private:
    void buildFields(QFormLayout *form);
    QString zoneId() const;
    QList<QDateTime> startCandidates() const;
    void updateSchedule();
    void updateLocationRows();
    void setRowShown(QWidget *field, bool shown);
    bool fail(QWidget *field, const QString &message);
    void clearError();
    // Conflicts, in proposaldialogconflicts.cpp.
    void updateConflicts(const QDateTime &start, const QDateTime &end);
    /// Whether terms may be sent: no conflicts, or the creator saw them and pressed Propose again.
    bool confirmConflicts(const MeetingTerms &terms);

    std::function<QDateTime()> m_nowUtc;
    std::function<QList<Conflict>(const MeetingTerms &)> m_conflictCheck;
    MeetingTerms m_terms;
    /// Start and end whose conflicts the creator was shown by the last Propose.
    std::pair<QDateTime, QDateTime> m_confirmedTime;

    QFormLayout *m_form = nullptr;
    QLabel *m_counterOf = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QTimeEdit *m_timeEdit = nullptr;
    QLabel *m_occurrenceHint = nullptr;
    QComboBox *m_occurrenceCombo = nullptr; ///< Shown only for a time that occurs twice.
    QSpinBox *m_durationSpin = nullptr;
    QLabel *m_endLabel = nullptr;
    QLabel *m_yourTimeLabel = nullptr; ///< Start and end in the system zone, when it differs.
    QRadioButton *m_inPersonRadio = nullptr;
    QRadioButton *m_onlineRadio = nullptr;
    QLineEdit *m_placeEdit = nullptr;
    QLineEdit *m_linkEdit = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_conflicts = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_proposeButton = nullptr;
};

} // namespace mesi::ui
