#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mesi::secrets {

/**
 * A byte buffer for secrets in memory from sodium_malloc: locked against swapping where
 * the OS allows it, fenced by guard pages, and wiped when the buffer is freed or replaced.
 * Move-only, so a secret has one owner and is wiped exactly once.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    /// A zero-filled buffer of size bytes; fails only when libsodium cannot allocate it.
    explicit SecureBytes(qsizetype size);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    ~SecureBytes();

    /// Copies data into locked memory; the caller still wipes its own copy.
    static SecureBytes copyOf(QByteArrayView data);
    /// Copies data into locked memory, then overwrites data with zeros.
    static SecureBytes takeFrom(QByteArray &data);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// A view for reading; valid while this buffer lives and is not moved from.
    QByteArrayView view() const;
    /// Compares in time that depends on the size only, not on where the bytes differ.
    bool equals(const SecureBytes &other) const;
    /// Wipes and frees the buffer, leaving it empty.
    void clear();

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

/// Overwrites a QByteArray's bytes with zeros, then empties it.
void wipe(QByteArray &data);

} // namespace mesi::secrets
