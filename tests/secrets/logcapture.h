#pragma once

#include <QByteArray>
#include <QStringList>

namespace mesi::testing {

/// Captures every Qt log message of the test process, so a test can check that no secret
/// was ever logged. Messages still reach the previous handler.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const;
    /// The first captured message that contains secret as text or as hex, or an empty string.
    QString messageContaining(const QByteArray &secret) const;
};

} // namespace mesi::testing
