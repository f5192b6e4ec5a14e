#include "secretslog.h"

Q_LOGGING_CATEGORY(lcSecrets, "mesi.secrets", QtInfoMsg)
