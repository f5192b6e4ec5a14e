#pragma once

#include "pass/meetingpass.h"
#include "pass/passverifier.h"

// The key and expectation that the pass fuzzer checks against and that the corpus generator
// signs with. They match tests/data/pass-v1.txt, so the seed corpus contains passes that verify.
namespace mesi::fuzz {

/// Key derived from 32 bytes of 0x11, the signer of tests/data/pass-v1.txt.
pass::SigningKey fixtureKey();
/// A verifier with fixtureKey() and one revoked key derived from 32 bytes of 0x33.
pass::PassVerifier fixtureVerifier();
/// Meeting, fan and time at which the golden pass is valid.
pass::PassExpectation fixtureExpectation();
/// The claims of the golden pass.
pass::PassClaims fixtureClaims();

} // namespace mesi::fuzz
