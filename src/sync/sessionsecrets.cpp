// CreatorSession's use of the secret store: keeping, resuming from and deleting the tokens.

#include "creatorsession.h"

#include "creatorlifecycle.h"
#include "passkeyfile.h"

#include "core/logging.h"
#include "secrets/secretstore.h"

namespace mesi::sync {

QString secretAccountName(const QUrl &baseUrl, const QString &handle)
{
    return handle + QLatin1Char('@') + baseUrl.toString(QUrl::StripTrailingSlash);
}

void CreatorSession::setSecretStore(secrets::SecretStore *store, const QString &account)
{
    m_secretStore = store;
    m_secretAccount = account;
    m_lifecycle->setSecretStore(store, account, legacyPassKeyPathFor(m_cache->path()));
}

void CreatorSession::storeTokens()
{
    if (!m_secretStore)
        return;
    QByteArray form = api::storedForm(m_client.sessionTokens());
    const secrets::SecureBytes value = secrets::SecureBytes::takeFrom(form);
    m_secretStore->write(secrets::entryName(m_secretAccount, secrets::SessionTokensEntry), value, this,
                         [this](const Result<void> &written) {
                             if (written)
                                 return;
                             qCWarning(lcSync).noquote() << "storing the session failed:"
                                                         << written.error().message;
                             Q_EMIT problem(tr("Could not keep the sign-in for the next start: %1")
                                                .arg(written.error().message));
                         });
}

void CreatorSession::deleteStoredTokens()
{
    if (!m_secretStore)
        return;
    m_secretStore->remove(secrets::entryName(m_secretAccount, secrets::SessionTokensEntry), this,
                          [this](const Result<void> &removed) {
                              if (removed)
                                  return;
                              qCWarning(lcSync).noquote() << "deleting the stored session failed:"
                                                          << removed.error().message;
                              Q_EMIT problem(tr("Could not delete the stored sign-in: %1")
                                                 .arg(removed.error().message));
                          });
}

void CreatorSession::resumeFromStore(const QString &handle)
{
    if (!m_secretStore) {
        Q_EMIT signInRequired(makeError(ErrorCode::Unauthorized,
                                        tr("No sign-in is kept on this computer; sign in with "
                                           "your password.")));
        return;
    }
    m_state = ConnectionState::Connecting;
    Q_EMIT connectionStateChanged(m_state);
    m_secretStore->read(
        secrets::entryName(m_secretAccount, secrets::SessionTokensEntry), this,
        [this, handle](secrets::SecretStore::ReadResult stored) {
            Error missing = makeError(ErrorCode::Unauthorized,
                                      tr("No sign-in is kept on this computer; sign in with your "
                                         "password."));
            if (!stored)
                missing = stored.error();
            if (!stored || !stored->has_value()) {
                updateState();
                Q_EMIT signInRequired(missing);
                return;
            }
            QByteArray form = stored->value()->view().toByteArray();
            Result<api::SessionTokens> tokens = api::sessionTokensFromStoredForm(form);
            secrets::wipe(form);
            if (!tokens) {
                updateState();
                Q_EMIT signInRequired(tokens.error());
                return;
            }
            resume(handle, tokens.value());
        });
}

void CreatorSession::signOut()
{
    const bool wasSignedIn = m_signedIn;
    const bool canTellServer = m_client.sessionTokens().canRefresh() || !m_client.bearerToken().isEmpty();
    qCInfo(lcSync) << "signing out" << m_profile.handle;
    const auto finish = [this] {
        endSessionLocally();
        Q_EMIT signedOut();
    };
    if (!wasSignedIn || !canTellServer) {
        finish();
        return;
    }
    // The server ends the session first; an unreachable server does not stop the sign-out.
    m_api.signOut(this, [this, finish](const Result<void> &ended) {
        if (!ended)
            qCInfo(lcSync).noquote() << "the server did not confirm the sign-out:" << ended.error().message;
        finish();
    });
}

} // namespace mesi::sync
