#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace mesi {

/// Broad class of a failure, so callers can react without parsing the message.
enum class ErrorCode {
    InvalidArgument,   ///< A value given by the caller or the user is malformed.
    InvalidTransition, ///< A state change that the bid lifecycle does not allow.
    NotFound,
    Conflict,          ///< The request clashes with the current state or an earlier request.
    Unauthorized,
    Forbidden,
    Network,           ///< The server could not be reached or the connection broke.
    Protocol,          ///< The server answered with something that breaks the contract.
    Server,            ///< The server reported an internal failure.
    Storage,           ///< A local database or file operation failed.
};

/// A failure with a message for people that names the value at fault and what to do.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString field; ///< Name of the offending input field, empty when no single field is at fault.
    QString serverCode; ///< The code of a server's error body, such as "already_used"; else empty.
    /// Further lines for people, such as a rejected certificate's subject, issuer, validity
    /// and fingerprint; the UI shows them in a details section. Empty for most errors.
    QString details;
};

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field), {}, {}};
}

/// Either a value or an Error; errors travel as values and never as exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    const T &operator*() const { return std::get<T>(m_state); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that produces nothing but may fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace mesi

Q_DECLARE_METATYPE(mesi::Error)
