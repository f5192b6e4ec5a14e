#pragma once

#include "securebytes.h"

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace mesi::secrets {

/// Entry names, each prefixed with the account it belongs to (see entryName()).
inline constexpr char SessionTokensEntry[] = "session-tokens";
inline constexpr char PassKeySeedEntry[] = "pass-key-seed";

/// The name of an account's entry, such as "<account>/pass-key-seed".
QString entryName(const QString &account, const char *entry);

/**
 * The place the console keeps its secrets: the OS secret store (KeychainStore) or, where
 * there is none, a passphrase-sealed file (SealedFileStore).
 *
 * Every call finishes later in the event loop, never before it returns, and calls done
 * only while context lives. Secrets cross this interface in SecureBytes.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    /// nullopt when the entry does not exist.
    using ReadResult = Result<std::optional<std::shared_ptr<SecureBytes>>>;
    using ReadCallback = std::function<void(ReadResult)>;
    using WriteCallback = std::function<void(Result<void>)>;

    using QObject::QObject;

    /// The place the secrets live, for messages such as "saved in %1".
    virtual QString description() const = 0;
    virtual void read(const QString &name, QObject *context, ReadCallback done) = 0;
    /// Replaces the entry's value, or creates the entry.
    virtual void write(const QString &name, const SecureBytes &value, QObject *context,
                       WriteCallback done) = 0;
    /// Deletes the entry; deleting one that does not exist succeeds.
    virtual void remove(const QString &name, QObject *context, WriteCallback done) = 0;
};

} // namespace mesi::secrets
