#pragma once

#include "secretstore.h"

#include <QMap>

namespace mesi::secrets {

/// Argon2id cost limits of crypto_pwhash.
struct KdfLimits
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    /// libsodium's SENSITIVE limits (4 passes, 1 GiB in libsodium 1.0.18), used for every new file.
    static KdfLimits sensitive();
};

/**
 * Secrets of one profile in a single file sealed with a passphrase, for systems without
 * an OS secret store. The key comes from crypto_pwhash (Argon2id) and seals the entries
 * with crypto_secretbox; the file is written atomically with mode 0600.
 *
 * Layout, integers little-endian: "MESISECR", version 1, algorithm id, opslimit (u64),
 * memlimit (u64), salt, nonce, then the secretbox of the entries. A new nonce is drawn
 * for every write. The derived key and the entries stay in sodium_malloc memory while the
 * store is unlocked.
 */
class SealedFileStore : public SecretStore
{
    Q_OBJECT

public:
    explicit SealedFileStore(QString path, QObject *parent = nullptr);
    /**
     * For tests only: creates new files with cheaper limits than SENSITIVE, which needs a
     * GiB of memory and seconds per unlock. An existing file is always opened with the
     * limits recorded in it.
     */
    SealedFileStore(QString path, KdfLimits testLimits, QObject *parent = nullptr);
    ~SealedFileStore() override;

    QString path() const { return m_path; }
    bool exists() const;
    bool isUnlocked() const { return !m_key.isEmpty(); }
    QString description() const override;

    /**
     * Derives the key from passphrase and opens the file, or creates it when there is none.
     * A wrong passphrase or a damaged file is an error that leaves the file untouched. This
     * blocks for seconds with the SENSITIVE limits; the GUI calls unlockInBackground().
     */
    Result<void> unlock(const SecureBytes &passphrase);
    /// Runs unlock() in a worker thread and calls done in this object's thread.
    void unlockInBackground(std::shared_ptr<SecureBytes> passphrase, QObject *context,
                            WriteCallback done);
    /// Wipes the key and the entries from memory; the file stays.
    void lock();

    void read(const QString &name, QObject *context, ReadCallback done) override;
    void write(const QString &name, const SecureBytes &value, QObject *context,
               WriteCallback done) override;
    void remove(const QString &name, QObject *context, WriteCallback done) override;

private:
    using Entries = QMap<QString, std::shared_ptr<SecureBytes>>;

    struct Opened
    {
        SecureBytes key;
        QByteArray salt;
        KdfLimits limits;
        Entries entries;
    };
    Result<Opened> open(const SecureBytes &passphrase) const;
    Result<Opened> create(const SecureBytes &passphrase) const;
    void adopt(Opened opened);
    Result<void> save(const Entries &entries);
    Error notUnlocked() const;

    QString m_path;
    KdfLimits m_newFileLimits;
    SecureBytes m_key;
    QByteArray m_salt;
    KdfLimits m_limits;
    Entries m_entries;
};

} // namespace mesi::secrets
