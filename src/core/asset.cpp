#include "asset.h"

#include <QStringList>

namespace mesi {

const QList<Asset> &Asset::all()
{
    // Fiat uses cents; USDC has 6 decimals and the MESI token 18, as their ledgers define them.
    static const QList<Asset> assets{
        Asset(QStringLiteral("USD"), 2),
        Asset(QStringLiteral("EUR"), 2),
        Asset(QStringLiteral("USDC"), 6),
        Asset(QStringLiteral("MESI"), 18),
    };
    return assets;
}

Result<Asset> Asset::fromCode(const QString &code)
{
    for (const Asset &asset : all()) {
        if (asset.code() == code)
            return asset;
    }

    QStringList known;
    for (const Asset &asset : all())
        known.append(asset.code());
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown asset '%1'; use one of %2")
                         .arg(code, known.join(QStringLiteral(", "))),
                     QStringLiteral("asset"));
}

} // namespace mesi
