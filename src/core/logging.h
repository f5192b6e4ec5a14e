#pragma once

#include <QLoggingCategory>

// Every logging category of the product, named mesi.<layer>.<area>, so one
// QT_LOGGING_RULES line such as "mesi.api.*=true" can switch a layer on.
Q_DECLARE_LOGGING_CATEGORY(lcApiHttp)
Q_DECLARE_LOGGING_CATEGORY(lcApiEvents)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcStoreCache)
Q_DECLARE_LOGGING_CATEGORY(lcSyncOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxEvents)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxDemo)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
