#include "fuzzsupport.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace mesi::fuzz {

void fail(const char *property, const QString &detail)
{
    std::fprintf(stderr, "fuzz property failed: %s: %s\n", property, qUtf8Printable(detail));
    std::abort();
}

} // namespace mesi::fuzz

namespace {

// The readers log every malformed input they skip. Printing millions of those lines would
// take most of the run, so only critical and fatal messages get through unless
// MESI_FUZZ_VERBOSE is set.
void dropRoutineMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

} // namespace

// None of the code under test needs a QCoreApplication: JSON, QDateTime, QString and libsodium
// work without one, and running the corpus with MESI_FUZZ_VERBOSE=1 prints no Qt warning.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (qEnvironmentVariableIsEmpty("MESI_FUZZ_VERBOSE"))
        qInstallMessageHandler(dropRoutineMessages);
    return 0;
}
