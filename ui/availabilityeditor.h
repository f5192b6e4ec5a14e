#pragma once

#include "core/availability.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace mesi::ui {

/**
 * Edits the creator's availability: the home time zone, a travel buffer, the meeting windows
 * of each weekday typed as ranges such as "10:00-13:00, 15:00-19:00", and blocked dates.
 */
class AvailabilityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityEditor(QWidget *parent = nullptr);

    /// Fills the fields; nothing leaves them empty with the computer's zone.
    void setAvailability(const std::optional<Availability> &availability);
    /// The availability given to setAvailability().
    const std::optional<Availability> &original() const { return m_original; }

    /**
     * Reads and checks the fields. On an error returns it with a message that names the day
     * and the typed text, and sets *fieldAtFault to the widget to focus.
     */
    Result<Availability> readAvailability(QWidget **fieldAtFault = nullptr) const;
    /// Whether the fields differ from original(); fields that do not parse count as changed.
    bool hasChanges() const;

    QComboBox *zoneCombo() const { return m_zoneCombo; }
    QSpinBox *bufferSpin() const { return m_bufferSpin; }
    QLineEdit *dayEdit(Qt::DayOfWeek day) const { return m_dayEdits.at(int(day) - 1); }
    QDateEdit *dateEdit() const { return m_dateEdit; }
    QPushButton *addDateButton() const { return m_addDate; }
    QPushButton *removeDateButton() const { return m_removeDate; }
    QListWidget *blockedList() const { return m_blockedList; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildWeek();
    QWidget *buildBlockedDates();
    void addBlockedDate(QDate date);
    void removeSelectedDates();
    void updateRemoveButton();
    /// Reads one weekday's field into windows, or returns the error.
    Result<QList<AvailabilityWindow>> readDay(Qt::DayOfWeek day) const;
    QString zoneId() const;

    std::optional<Availability> m_original;
    QComboBox *m_zoneCombo = nullptr;
    QSpinBox *m_bufferSpin = nullptr;
    QList<QLineEdit *> m_dayEdits; ///< Monday first.
    QDateEdit *m_dateEdit = nullptr;
    QPushButton *m_addDate = nullptr;
    QPushButton *m_removeDate = nullptr;
    QListWidget *m_blockedList = nullptr;
};

} // namespace mesi::ui
