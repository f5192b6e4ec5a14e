#pragma once

#include "core/availability.h"
#include "core/creatorsettings.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace mesi::ui {

class AiTierTable;
class AvailabilityEditor;

/**
 * The creator's bid settings, which the server stores: whether bidding is open, a minimum bid
 * per asset, Know Your Fan, and the session price table of an AI account. A second tab edits
 * the availability, which the server stores apart from the settings.
 *
 * Save checks the form and emits saveRequested() but leaves the dialog open. The owner sends
 * the settings, calls setBusy(true) while the request runs, then accept() when the server
 * confirms or showServerError() when it does not. Errors show inline and keep everything typed.
 */
class CreatorSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreatorSettingsDialog(QWidget *parent = nullptr);

    /// Fills the form. The account kind and persona name are shown and kept as they are.
    void setSettings(const CreatorSettings &settings);
    /// The settings given to setSettings(), or the form's as of the last successful tryAccept().
    CreatorSettings settings() const { return m_settings; }
    /// Fills the availability tab; nothing when the creator has not set any.
    void setAvailability(const std::optional<Availability> &availability);
    AvailabilityEditor *availabilityEditor() const { return m_availability; }
    QTabWidget *tabs() const { return m_tabs; }

    /**
     * Reads and checks the form as Save does. On success stores the settings, emits
     * saveRequested() and returns true. Otherwise shows the error, focuses the field at fault
     * and returns false.
     */
    bool tryAccept();
    /// Shows why the server did not save the settings and enables Save again.
    void showServerError(const QString &message);
    /// Disables Save while the owner's save request runs.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// The inline error shown, empty when there is none.
    QString errorText() const;

Q_SIGNALS:
    /// Emitted by Save with checked settings. The dialog stays open until the owner accepts it.
    void saveRequested(const mesi::CreatorSettings &settings);
    /// Emitted by Save before saveRequested() when the availability tab was changed.
    void availabilitySaveRequested(const mesi::Availability &availability);

private:
    QGroupBox *buildBidding();
    QGroupBox *buildMinimums();
    QGroupBox *buildKyf();
    QGroupBox *buildAiSessions();
    void updateKyfFields();
    /// Reads the minimum bids, or shows the error and returns nothing.
    std::optional<QList<Money>> readMinimums();
    bool fail(QWidget *field, const QString &message);
    void clearError();

    CreatorSettings m_settings;
    bool m_busy = false;

    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_scroll = nullptr;
    AvailabilityEditor *m_availability = nullptr;
    QCheckBox *m_acceptsBids = nullptr;
    QList<QLineEdit *> m_minimumEdits; ///< One per asset, in the order of Asset::all().
    QCheckBox *m_kyfRequired = nullptr;
    QList<QCheckBox *> m_kyfFieldBoxes; ///< One per field, in the order of allKyfFields().
    QGroupBox *m_aiSessions = nullptr;
    QLabel *m_persona = nullptr;
    AiTierTable *m_tierTable = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace mesi::ui
