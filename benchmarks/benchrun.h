#pragma once

#include "accountfill.h"

#include <QString>

namespace mesi::bench {

/// Data sizes and programs of one benchmark run.
struct BenchOptions
{
    AccountSize account;
    int burstEvents = 20000;  ///< bid.created events replayed to the live session.
    int firstRowsRuns = 3;    ///< Start-up runs; the median is the figure.
    QString benchProgram;     ///< This executable, started again in its child modes.
    QString sandboxProgram;   ///< mesi-sandbox.
};

/**
 * Fills a sandbox in a temporary folder, runs every measurement, prints the figures and
 * removes the folder and the child processes. Returns 0 when all ran, whether or not the
 * targets were met, and 1 when a step failed.
 */
int runBenchmark(const BenchOptions &options);

} // namespace mesi::bench
