// Fuzzes the meeting pass decoder: any text, as a QR scan or a paste would deliver it, goes
// through parsePass() and PassVerifier::verify(), and Base45 must round-trip what it accepts.

#include "fuzzsupport.h"
#include "passfixture.h"

#include "pass/base45.h"
#include "pass/meetingpass.h"
#include "pass/passverifier.h"

using namespace mesi;
using namespace mesi::pass;

namespace {

void checkParsed(const SignedPass &pass)
{
    if (pass.keyId.size() != 8 || pass.signature.size() != 64)
        fuzz::fail("parsed pass has a key id of 8 and a signature of 64 bytes",
                   QStringLiteral("%1 and %2").arg(pass.keyId.size()).arg(pass.signature.size()));
    if (pass.claims.meetingId.isEmpty() || pass.claims.fanId.isEmpty())
        fuzz::fail("parsed pass has a meeting id and a fan id", pass.claims.meetingId);
    if (!(pass.claims.validFrom < pass.claims.validUntil))
        fuzz::fail("parsed pass window starts before it ends",
                   pass.claims.validFrom.toString(Qt::ISODate));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const PassVerifier verifier = fuzz::fixtureVerifier();
    static const PassExpectation expectation = fuzz::fixtureExpectation();

    const QString text = QString::fromUtf8(fuzz::inputBytes(data, size));

    const Result<SignedPass> parsed = parsePass(text);
    if (parsed)
        checkParsed(parsed.value());

    const PassVerdict verdict = verifier.verify(text, expectation);
    if (verdict.isValid() && !parsed)
        fuzz::fail("verify() accepts only passes that parsePass() reads", verdict.message);
    if (!verdict.isValid() && verdict.message.isEmpty())
        fuzz::fail("every rejection has a message", toString(verdict.rejection));

    // Base45 decoding is strict, so every accepted text is the one encoding of its bytes.
    const QStringView payload = QStringView(text).mid(text.startsWith(passPrefix()) ? 4 : 0);
    const Result<QByteArray> bytes = fromBase45(payload);
    if (bytes && toBase45(bytes.value()) != payload)
        fuzz::fail("Base45 round-trips what it decodes", payload.toString());
    return 0;
}
