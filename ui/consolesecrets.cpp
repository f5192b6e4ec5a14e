// ConsoleStartup's choice of secret store: the OS secret store where one responds, else a
// passphrase-sealed file, else memory only for this run.

#include "consolestartup.h"

#include "passphrasedialog.h"

#include "core/logging.h"
#include "desktop/consolesettings.h"
#include "secrets/keychainstore.h"
#include "secrets/sealedfilestore.h"

#include <QMessageBox>

namespace mesi::ui {

void ConsoleStartup::chooseSecretStore(const std::function<void()> &then)
{
    if (m_options.secretStore) {
        m_secretStore = m_options.secretStore;
        then();
        return;
    }
    if (m_options.profileName.isEmpty()) {
        then();
        return;
    }
    // A secrets file exists only where the store was missing before, so it stays the choice.
    // The demo sandbox signs in with its own password, so it never prompts for a passphrase.
    if (!m_options.sandbox && !m_options.secretsFile.isEmpty()
        && secrets::SealedFileStore(m_options.secretsFile).exists()) {
        useSealedFile(then);
        return;
    }

    auto keychain = std::make_unique<secrets::KeychainStore>(m_options.profileName);
    secrets::KeychainStore *probe = keychain.get();
    m_ownedStore = std::move(keychain);
    probe->checkAvailable(this, [this, then](const Result<void> &available) {
        if (available) {
            m_secretStore = m_ownedStore.get();
            qCInfo(lcApp) << "keeping secrets in the OS secret store";
            then();
            return;
        }
        m_ownedStore.reset();
        qCWarning(lcApp).noquote() << available.error().message;
        if (!secrets::KeychainStore::isNoBackend(available.error())) {
            QMessageBox::warning(nullptr, tr("Secret Store Unavailable"),
                                 tr("The console cannot use the system's secret store: %1\n\nYou "
                                    "will sign in at every start until this is solved.")
                                     .arg(available.error().message));
            then();
            return;
        }
        if (m_options.sandbox) {
            qCInfo(lcApp) << "no secret store; the demo sandbox keeps its pass key in memory";
            then();
            return;
        }
        if (m_options.settings && m_options.settings->secretStoreNoticeShown()) {
            qCInfo(lcApp) << "no secret store and no secrets file; secrets stay in memory";
            then();
            return;
        }
        if (m_options.settings)
            m_options.settings->setSecretStoreNoticeShown(true);
        QMessageBox::information(
            nullptr, tr("No Secret Store"),
            tr("This system has no secret store (such as GNOME Keyring, KWallet, the macOS "
               "Keychain or the Windows Credential Manager) that the console can reach.\n\nThe "
               "console can keep your sign-in and the key that signs meeting passes in a file "
               "sealed with a passphrase instead. Without it you sign in at every start, and "
               "passes shown before a restart stop working.\n\nThis message is shown once."));
        useSealedFile(then);
    });
}

void ConsoleStartup::useSealedFile(const std::function<void()> &then)
{
    auto sealed = std::make_unique<secrets::SealedFileStore>(m_options.secretsFile);
    PassphraseDialog dialog(sealed.get());
    if (dialog.exec() == QDialog::Accepted) {
        m_ownedStore = std::move(sealed);
        m_secretStore = m_ownedStore.get();
        qCInfo(lcApp).noquote() << "keeping secrets in the sealed file" << m_options.secretsFile;
    } else {
        qCInfo(lcApp) << "the secrets file stays locked; secrets stay in memory for this run";
    }
    then();
}

} // namespace mesi::ui
