#include "logging.h"

Q_LOGGING_CATEGORY(lcApiHttp, "mesi.api.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiEvents, "mesi.api.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "mesi.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "mesi.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStoreCache, "mesi.store.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncOutbox, "mesi.sync.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "mesi.sandbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxEvents, "mesi.sandbox.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxDemo, "mesi.sandbox.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mesi.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "mesi.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDesktop, "mesi.desktop", QtInfoMsg)
