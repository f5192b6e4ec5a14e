#include "secretstore.h"

namespace mesi::secrets {

QString entryName(const QString &account, const char *entry)
{
    return account + QLatin1Char('/') + QLatin1String(entry);
}

} // namespace mesi::secrets
