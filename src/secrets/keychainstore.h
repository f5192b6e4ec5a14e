#pragma once

#include "secretstore.h"

namespace mesi::secrets {

/**
 * Secrets in the OS secret store through QtKeychain: Keychain on macOS, Credential Manager
 * on Windows, Secret Service or KWallet on Linux. Entries of one profile share a service
 * name. QtKeychain's plaintext fallback stays off, so a system without a store fails with
 * an error that isNoBackend() recognises instead of writing secrets to a settings file.
 */
class KeychainStore : public SecretStore
{
    Q_OBJECT

public:
    /// profile separates the entries of console profiles, such as "default".
    explicit KeychainStore(const QString &profile, QObject *parent = nullptr);

    QString service() const { return m_service; }
    QString description() const override;

    /// Whether an error of this store means that the system has no secret store at all.
    static bool isNoBackend(const Error &error);
    /// Calls done with an error that isNoBackend() accepts when no secret store responds.
    void checkAvailable(QObject *context, WriteCallback done);

    void read(const QString &name, QObject *context, ReadCallback done) override;
    void write(const QString &name, const SecureBytes &value, QObject *context,
               WriteCallback done) override;
    void remove(const QString &name, QObject *context, WriteCallback done) override;

private:
    QString m_service;
};

} // namespace mesi::secrets
