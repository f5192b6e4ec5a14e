#pragma once

#include <QLoggingCategory>

// "mesi.secrets": secret store and secrets file events; never the secrets themselves.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
