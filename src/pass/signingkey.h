#pragma once

#include "core/result.h"

#include <QByteArray>

namespace mesi::pass {

/// Makes sure libsodium is initialised; safe to call from any thread, any number of times.
Result<void> ensureSodium();

/// Short id of an Ed25519 public key: the first 8 bytes of its BLAKE2b-256 hash.
QByteArray keyIdOf(const QByteArray &publicKey);

/**
 * An Ed25519 signing key whose secret half lives in memory from sodium_malloc: locked
 * against swapping, guarded by canary pages and wiped when the key is destroyed.
 */
class SigningKey
{
public:
    SigningKey(SigningKey &&other) noexcept;
    SigningKey &operator=(SigningKey &&other) noexcept;
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;
    ~SigningKey();

    /// Creates a new random key.
    static Result<SigningKey> generate();
    /// Derives the key from a 32-byte seed; the same seed always gives the same key.
    static Result<SigningKey> fromSeed(const QByteArray &seed);

    QByteArray publicKey() const { return m_publicKey; }
    QByteArray keyId() const { return keyIdOf(m_publicKey); }
    /// Returns the 64-byte detached signature of message.
    QByteArray sign(const QByteArray &message) const;

private:
    SigningKey() = default;
    static Result<SigningKey> create(const QByteArray *seed);

    unsigned char *m_secretKey = nullptr; ///< crypto_sign_SECRETKEYBYTES bytes from sodium_malloc.
    QByteArray m_publicKey;
};

/// Checks a detached Ed25519 signature.
bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace mesi::pass
