#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace mesi {

/// A currency or token that bids can be made in, with the number of decimals of its minor unit.
class Asset
{
public:
    Asset() = default;

    QString code() const { return m_code; }
    int decimals() const { return m_decimals; }
    bool isValid() const { return !m_code.isEmpty(); }

    /// Looks an asset up by its code (case-sensitive, as on the wire: "USD", "MESI").
    static Result<Asset> fromCode(const QString &code);
    /// Every asset the platform supports, in a stable order.
    static const QList<Asset> &all();

    friend bool operator==(const Asset &a, const Asset &b) { return a.m_code == b.m_code; }

private:
    Asset(QString code, int decimals) : m_code(std::move(code)), m_decimals(decimals) {}

    QString m_code;
    int m_decimals = 0;
};

} // namespace mesi
