#include "securebytes.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace mesi::secrets {

SecureBytes::SecureBytes(qsizetype size)
{
    if (size <= 0)
        return;
    // sodium_malloc needs sodium_init; a failed init leaves nothing safe to fall back to.
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise, so no secret can be kept in locked memory");
    m_data = static_cast<unsigned char *>(sodium_malloc(static_cast<size_t>(size)));
    if (!m_data)
        qFatal("sodium_malloc could not allocate %lld bytes for a secret", static_cast<long long>(size));
    sodium_memzero(m_data, static_cast<size_t>(size));
    m_size = size;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes SecureBytes::copyOf(QByteArrayView data)
{
    SecureBytes bytes(data.size());
    if (!data.isEmpty())
        std::memcpy(bytes.m_data, data.data(), static_cast<size_t>(data.size()));
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray &data)
{
    SecureBytes bytes = copyOf(data);
    wipe(data);
    return bytes;
}

QByteArrayView SecureBytes::view() const
{
    return QByteArrayView(reinterpret_cast<const char *>(m_data), m_size);
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

void SecureBytes::clear()
{
    // sodium_free overwrites the buffer with zeros before it unlocks and frees the pages.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray &data)
{
    if (!data.isEmpty())
        sodium_memzero(data.data(), static_cast<size_t>(data.size()));
    data.clear();
}

} // namespace mesi::secrets
