#pragma once

#include "api/lifecycleapi.h"
#include "core/bid.h"
#include "core/creatorsettings.h"
#include "pass/signingkey.h"
#include "store/outboxentry.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace mesi::secrets {
class SecretStore;
class SecureBytes;
} // namespace mesi::secrets

namespace mesi::sync {

class CreatorAvailability;
class CreatorSession;

/// Maximum length of a cancellation reason, in UTF-16 code units, as the server accepts it.
inline constexpr int MaxCancelReasonLength = 500;

/**
 * The creator's lifecycle actions beyond accept and reject, and what they need: the
 * account's settings (cached for offline display), the fan's KYF answers (held by the
 * caller in memory only), meeting proposals, cancellation, AI sessions and the device's
 * pass-signing key with its registration on the server.
 *
 * Proposals, proposal acceptances and cancellations go through the session's outbox, so they
 * also work offline and reach the server once. The other actions need the network. Bids and
 * messages the server returns are applied to the session at once.
 */
class CreatorLifecycle : public QObject
{
    Q_OBJECT

public:
    CreatorLifecycle(api::ApiClient &client, CreatorSession &session, QObject *parent = nullptr);
    ~CreatorLifecycle() override;

    /// Loads the settings and the availability last seen from the cache; called when the
    /// session opens.
    void loadCachedSettings();
    /// Settings last read from the server or the cache; nullopt before either.
    const std::optional<CreatorSettings> &settings() const { return m_settings; }
    /// Reads the settings and the availability from the server.
    void refreshSettings();
    void saveSettings(const CreatorSettings &settings);
    /// Applies settings from a settings.updated event.
    void applySettings(const CreatorSettings &settings);

    /// The availability, busy times and conflict check of proposals.
    CreatorAvailability *availability() const { return m_availability; }

    void fetchKyfAnswers(const QString &bidId);
    /// Queues a meeting proposal, which the chat shows as pending until the server has it.
    void propose(const QString &bidId, const MeetingTerms &terms, const QString &note);
    /// Queues the acceptance of the proposal in the chat message messageId.
    void acceptProposal(const QString &bidId, const QString &messageId);
    /// Queues a cancellation with a reason for the fan, of 1 to MaxCancelReasonLength characters.
    void cancel(const QString &bidId, const QString &reason);
    void endSession(const QString &bidId);

    /**
     * Keeps the device key's seed in store under account's name and loads it now. Without
     * a store the key lives in memory for this run only. legacyPath names the seed file of
     * an earlier version, which is moved into the store and then destroyed.
     */
    void setSecretStore(secrets::SecretStore *store, const QString &account,
                        const QString &legacyPath = {});
    /// Loads or creates the key, then registers it with the server unless it already is.
    void preparePassKey();
    /// Whether the key is loaded, so passes can be issued.
    bool hasPassKey() const { return m_key.has_value(); }
    /// Whether the server has the device key, as last confirmed (also offline).
    bool isPassKeyRegistered() const;
    /// Id of the device key in hex, as the server and passes name it; empty before it loads.
    QString passKeyId() const;
    /**
     * Revokes the device key on the server, then creates, stores and registers a new one.
     * Passes signed by the old key are rejected from then on. Needs the network.
     */
    void resetPassKey();
    /**
     * Signs the pass of a scheduled meeting for the rotation step that contains at: valid
     * from an hour before its start until an hour after its end, for the bid's fan, with
     * 30-second steps. Works offline once the key exists.
     */
    Result<QString> issuePassFor(const Bid &bid, const QDateTime &at = QDateTime::currentDateTimeUtc());
    /**
     * Sends the confirmation code scanned from the fan's phone for the bid's meeting. An
     * accepted code completes the bid, which is applied to the session before done runs.
     * done gets the server's reason for a rejected code, and an Error when the request failed.
     */
    void confirmByFanCode(const Bid &bid, const QString &code, QObject *context,
                          std::function<void(Result<api::PassRedemption>)> done);

Q_SIGNALS:
    void settingsChanged(const mesi::CreatorSettings &settings);
    void settingsSaveFailed(const mesi::Error &error);
    void kyfAnswersReady(const QString &bidId, const mesi::KyfAnswers &answers);
    void kyfAnswersFailed(const QString &bidId, const mesi::Error &error);
    /// A proposal, acceptance, cancellation or session end succeeded on the server.
    void actionDone(const QString &bidId);
    /// An action was invalid and not queued, or the server rejected it. A rejected one stays
    /// in the outbox, marked failed, until it is dismissed.
    void actionFailed(const QString &bidId, const mesi::Error &error);
    void passKeyChanged(bool registered);
    void passKeyProblem(const mesi::Error &error);
    /// The old key was revoked and a new one replaced it; passes shown so far no longer work.
    void passKeyReset();

private:
    // Key handling, in passkeystore.cpp.
    void loadPassKey();
    void createPassKey();
    void adoptSeed(const secrets::SecureBytes &seed, bool isNew);
    void registerPassKey();
    void finishKeyLoad(const std::optional<Error> &error);

    void finishAction(const QString &bidId, const Result<Bid> &bid);
    void queue(store::OutboxEntry::Kind kind, const QString &bidId, const QString &text);
    void connectOutbox();

    api::LifecycleApi m_api;
    CreatorSession &m_session;
    std::optional<CreatorSettings> m_settings;
    CreatorAvailability *m_availability = nullptr;
    std::optional<pass::SigningKey> m_key;
    QPointer<secrets::SecretStore> m_secretStore;
    QString m_secretAccount;
    QString m_legacyKeyPath;
    bool m_loadingKey = false;
    bool m_registerWhenLoaded = false;
    bool m_resetting = false;
    bool m_registering = false;
};

} // namespace mesi::sync
