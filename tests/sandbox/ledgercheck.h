#pragma once

#include "sandboxtestclient.h"

#include <QJsonObject>
#include <QStringList>
#include <QTest>

/**
 * Checks the escrow invariant of a GET /v1/sandbox/ledger report and returns one message per
 * broken rule, each naming its bid or asset. The list is empty when every rule holds.
 *
 * Every bid has exactly one lock entry, written before any settlement, and at most one
 * settlement: a release or a refund, never both. Escrow "locked" has no settlement,
 * "released" has one release and "refunded" has one refund. Each entry carries the bid's
 * asset and amount, and locked[asset] is the exact sum of the bids whose escrow is locked.
 */
QStringList ledgerInvariantErrors(const QJsonObject &ledger);

/// Fetches the ledger from the sandbox and checks it. A failed request is reported as an error.
QStringList ledgerInvariantErrors(SandboxTestClient &client);

/// Joins the errors into one failure message that starts with the step they followed.
QString ledgerFailureMessage(const char *step, const QStringList &errors);

/// Fails the calling test with every broken ledger rule when the invariant does not hold after step.
#define VERIFY_LEDGER(client, step)                                                            \
    do {                                                                                       \
        const QStringList ledgerErrors_ = ledgerInvariantErrors(client);                       \
        QVERIFY2(ledgerErrors_.isEmpty(), qPrintable(ledgerFailureMessage(step, ledgerErrors_))); \
    } while (false)
