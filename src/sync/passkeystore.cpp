// The device's pass-signing key: loading it from the secret store, creating, registering
// and resetting it.

#include "creatorlifecycle.h"

#include "creatorsession.h"
#include "passkeyfile.h"

#include "core/logging.h"
#include "secrets/secretstore.h"

#include <QSysInfo>

#include <sodium.h>

namespace mesi::sync {

namespace {

const QString RegisteredKeyStateName = QStringLiteral("registered_pass_key");

} // namespace

void CreatorLifecycle::setSecretStore(secrets::SecretStore *store, const QString &account,
                                      const QString &legacyPath)
{
    m_secretStore = store;
    m_secretAccount = account;
    m_legacyKeyPath = legacyPath;
    m_key.reset();
    loadPassKey();
}

QString CreatorLifecycle::passKeyId() const
{
    return m_key ? QString::fromLatin1(m_key->keyId().toHex()) : QString();
}

bool CreatorLifecycle::isPassKeyRegistered() const
{
    if (!m_key)
        return false;
    Result<QString> registered = m_session.cache()->stateValue(RegisteredKeyStateName);
    return registered && registered.value() == passKeyId();
}

void CreatorLifecycle::preparePassKey()
{
    if (!m_key) {
        m_registerWhenLoaded = true;
        loadPassKey();
        return;
    }
    registerPassKey();
}

void CreatorLifecycle::loadPassKey()
{
    if (m_loadingKey)
        return;
    if (!m_secretStore) {
        createPassKey();
        return;
    }

    m_loadingKey = true;
    const QString name = secrets::entryName(m_secretAccount, secrets::PassKeySeedEntry);
    m_secretStore->read(name, this, [this](secrets::SecretStore::ReadResult stored) {
        if (!stored) {
            finishKeyLoad(stored.error());
            return;
        }
        if (stored->has_value()) {
            adoptSeed(*stored->value(), false);
            finishKeyLoad(std::nullopt);
            return;
        }

        Result<std::optional<secrets::SecureBytes>> legacy = readLegacyPassKey(m_legacyKeyPath);
        if (!legacy) {
            finishKeyLoad(legacy.error());
            return;
        }
        if (!legacy->has_value()) {
            m_loadingKey = false;
            createPassKey();
            return;
        }

        // An earlier version kept the seed in a plain file; it moves into the store once.
        auto seed = std::make_shared<secrets::SecureBytes>(std::move(legacy).value().value());
        const QString entry = secrets::entryName(m_secretAccount, secrets::PassKeySeedEntry);
        m_secretStore->write(entry, *seed, this, [this, seed](Result<void> written) {
            if (!written) {
                finishKeyLoad(written.error());
                return;
            }
            adoptSeed(*seed, false);
            if (Result<void> destroyed = destroyLegacyPassKey(m_legacyKeyPath); !destroyed)
                Q_EMIT passKeyProblem(destroyed.error());
            else
                qCInfo(lcSync).noquote() << "moved pass key" << passKeyId() << "into the secret store";
            finishKeyLoad(std::nullopt);
        });
    });
}

void CreatorLifecycle::createPassKey()
{
    auto seed = std::make_shared<secrets::SecureBytes>(PassKeySeedBytes);
    randombytes_buf(seed->data(), size_t(seed->size()));
    if (!m_secretStore) {
        adoptSeed(*seed, false);
        finishKeyLoad(std::nullopt);
        return;
    }

    // The key is used only once it is stored, so a pass shown today still verifies after a restart.
    m_loadingKey = true;
    const QString entry = secrets::entryName(m_secretAccount, secrets::PassKeySeedEntry);
    m_secretStore->write(entry, *seed, this, [this, seed](Result<void> written) {
        if (!written) {
            finishKeyLoad(written.error());
            return;
        }
        adoptSeed(*seed, true);
        finishKeyLoad(std::nullopt);
    });
}

void CreatorLifecycle::adoptSeed(const secrets::SecureBytes &seed, bool isNew)
{
    // fromRawData makes no copy, so the seed stays in locked memory only.
    Result<pass::SigningKey> key = pass::SigningKey::fromSeed(
        QByteArray::fromRawData(reinterpret_cast<const char *>(seed.data()), seed.size()));
    if (!key) {
        Q_EMIT passKeyProblem(key.error());
        return;
    }
    m_key.emplace(std::move(key).value());
    if (isNew)
        qCInfo(lcSync).noquote() << "created a new pass-signing key with id" << passKeyId();
}

void CreatorLifecycle::finishKeyLoad(const std::optional<Error> &error)
{
    m_loadingKey = false;
    if (error) {
        qCWarning(lcSync).noquote() << "loading the pass-signing key failed:" << error->message;
        m_registerWhenLoaded = false;
        m_resetting = false;
        Q_EMIT passKeyProblem(*error);
        return;
    }
    if (m_registerWhenLoaded) {
        m_registerWhenLoaded = false;
        registerPassKey();
        return;
    }
    Q_EMIT passKeyChanged(isPassKeyRegistered());
}

void CreatorLifecycle::registerPassKey()
{
    if (!m_key)
        return;
    if (isPassKeyRegistered() || m_registering) {
        Q_EMIT passKeyChanged(isPassKeyRegistered());
        return;
    }

    m_registering = true;
    const QString label = tr("Creator Console on %1").arg(QSysInfo::machineHostName());
    m_api.registerKey(m_key->publicKey(), label, api::newIdempotencyKey(), this,
                      [this](Result<api::RegisteredKey> key) {
                          m_registering = false;
                          const bool announceReset = std::exchange(m_resetting, false);
                          if (!key) {
                              Q_EMIT passKeyProblem(key.error());
                              return;
                          }
                          const QString keyId = passKeyId();
                          if (Result<void> saved = m_session.cache()->setStateValue(RegisteredKeyStateName, keyId);
                              !saved) {
                              Q_EMIT passKeyProblem(saved.error());
                              return;
                          }
                          qCInfo(lcSync).noquote() << "registered pass-signing key" << keyId;
                          Q_EMIT passKeyChanged(true);
                          if (announceReset)
                              Q_EMIT passKeyReset();
                      });
}

void CreatorLifecycle::resetPassKey()
{
    if (m_resetting || m_loadingKey || m_registering) {
        Q_EMIT passKeyProblem(makeError(ErrorCode::Conflict,
                                        tr("the pass key is being loaded, registered or reset "
                                           "already; try again in a moment")));
        return;
    }
    if (!m_session.isSignedIn() || !m_key) {
        Q_EMIT passKeyProblem(makeError(ErrorCode::Conflict,
                                        tr("resetting the signing key needs the server; sign in "
                                           "and try again")));
        return;
    }

    m_resetting = true;
    const QByteArray publicKey = m_key->publicKey();
    // The server names keys by its own id, so the old key is found by its public half.
    m_api.listKeys(this, [this, publicKey](Result<QList<api::RegisteredKey>> keys) {
        if (!keys) {
            m_resetting = false;
            Q_EMIT passKeyProblem(keys.error());
            return;
        }
        QString serverId;
        for (const api::RegisteredKey &key : keys.value()) {
            if (key.publicKey == publicKey && !key.revokedAt.isValid())
                serverId = key.id;
        }

        const auto replace = [this] {
            const QString oldId = passKeyId();
            if (Result<void> cleared = m_session.cache()->setStateValue(RegisteredKeyStateName, QString());
                !cleared) {
                qCWarning(lcSync).noquote() << "clearing the registered key failed:"
                                            << cleared.error().message;
            }
            qCInfo(lcSync).noquote() << "revoked pass-signing key" << oldId << "; creating a new one";
            m_key.reset();
            m_registerWhenLoaded = true;
            createPassKey();
        };
        if (serverId.isEmpty()) {
            replace();
            return;
        }
        m_api.revokeKey(serverId, api::newIdempotencyKey(), this,
                        [this, replace](Result<api::RegisteredKey> revoked) {
                            if (!revoked) {
                                m_resetting = false;
                                Q_EMIT passKeyProblem(revoked.error());
                                return;
                            }
                            replace();
                        });
    });
}

} // namespace mesi::sync
