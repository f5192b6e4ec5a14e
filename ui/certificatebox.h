#pragma once

#include "core/result.h"

class QMessageBox;
class QWidget;

namespace mesi::ui {

/**
 * Opens a window-modal warning for a connection that stopped because the server's
 * certificate failed verification: error.message as the text, error.details (subject,
 * issuer, validity, fingerprint) in the details section, and only a Close button. There is
 * deliberately no way to continue with the rejected certificate. The box deletes itself.
 */
QMessageBox *showCertificateError(QWidget *parent, const Error &error);

} // namespace mesi::ui
