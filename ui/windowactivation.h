#pragma once

namespace mesi::ui {

/**
 * Brings the console's window forward: a modal dialog when one is open, otherwise the main
 * window or, before sign-in, the sign-in dialog. Restores a minimised window first.
 */
void bringConsoleToFront();

} // namespace mesi::ui
