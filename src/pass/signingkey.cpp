#include "signingkey.h"

#include <sodium.h>

#include <utility>

namespace mesi::pass {

namespace {
constexpr int KeyIdBytes = 8;
}

Result<void> ensureSodium()
{
    // sodium_init() returns 1 when an earlier call already initialised the library.
    if (sodium_init() < 0) {
        return makeError(ErrorCode::Server,
                         QStringLiteral("libsodium failed to initialise; the system may lack a "
                                        "source of randomness"));
    }
    return {};
}

QByteArray keyIdOf(const QByteArray &publicKey)
{
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(hash), KeyIdBytes);
}

SigningKey::SigningKey(SigningKey &&other) noexcept
    : m_secretKey(std::exchange(other.m_secretKey, nullptr)),
      m_publicKey(std::move(other.m_publicKey))
{
}

SigningKey &SigningKey::operator=(SigningKey &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_secretKey);
        m_secretKey = std::exchange(other.m_secretKey, nullptr);
        m_publicKey = std::move(other.m_publicKey);
    }
    return *this;
}

SigningKey::~SigningKey()
{
    sodium_free(m_secretKey); // Wipes the memory before releasing it; null is allowed.
}

Result<SigningKey> SigningKey::create(const QByteArray *seed)
{
    if (Result<void> ready = ensureSodium(); !ready)
        return ready.error();
    if (seed && seed->size() != crypto_sign_SEEDBYTES) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a signing key seed must have %1 bytes, got %2")
                             .arg(crypto_sign_SEEDBYTES)
                             .arg(seed->size()));
    }

    auto *secret = static_cast<unsigned char *>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!secret)
        return makeError(ErrorCode::Server, QStringLiteral("cannot allocate locked memory for a signing key"));

    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    if (seed)
        crypto_sign_seed_keypair(publicKey, secret, reinterpret_cast<const unsigned char *>(seed->constData()));
    else
        crypto_sign_keypair(publicKey, secret);

    SigningKey key;
    key.m_secretKey = secret;
    key.m_publicKey = QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey);
    return key;
}

Result<SigningKey> SigningKey::generate()
{
    return create(nullptr);
}

Result<SigningKey> SigningKey::fromSeed(const QByteArray &seed)
{
    return create(&seed);
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secretKey);
    return signature;
}

bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
           == 0;
}

} // namespace mesi::pass
