#include "keychainstore.h"

#include "secretslog.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace mesi::secrets {

namespace {

/// Marks errors that mean "no secret store on this system" (Error::field).
const QString NoBackendField = QStringLiteral("secret-store-unavailable");
/// An entry that is never written. Reading it shows whether the store responds at all.
const QString ProbeEntry = QStringLiteral("availability-check");

Error jobError(const QKeychain::Job &job, const QString &action, const QString &name)
{
    const QString reason = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::Storage,
                         QStringLiteral("no OS secret store is available (%1); use a "
                                        "passphrase-protected secrets file instead")
                             .arg(reason),
                         NoBackendField);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("the OS secret store denied access to %1 (%2); allow the "
                                        "console access and try again")
                             .arg(name, reason));
    default:
        return makeError(ErrorCode::Storage,
                         QStringLiteral("%1 %2 in the OS secret store failed: %3")
                             .arg(action, name, reason));
    }
}

template<typename Job>
Job *newJob(const QString &service, const QString &name)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    // The fallback writes secrets as plain text into a settings file, so it stays off.
    job->setInsecureFallback(false);
    job->setKey(name);
    return job;
}

} // namespace

KeychainStore::KeychainStore(const QString &profile, QObject *parent)
    : SecretStore(parent), m_service(QStringLiteral("Mesi Creator Console (%1)").arg(profile))
{
}

QString KeychainStore::description() const
{
    return tr("the system's secret store");
}

bool KeychainStore::isNoBackend(const Error &error)
{
    return error.field == NoBackendField;
}

void KeychainStore::checkAvailable(QObject *context, WriteCallback done)
{
    read(ProbeEntry, context, [done](ReadResult result) {
        if (result) {
            done({});
            return;
        }
        // Without a D-Bus session, libsecret fails with OtherError ("Cannot autolaunch D-Bus")
        // rather than NoBackendAvailable, so any failure except denied access counts as no store.
        Error error = result.error();
        if (error.code != ErrorCode::Forbidden && error.field != NoBackendField) {
            error = makeError(ErrorCode::Storage,
                              QStringLiteral("the OS secret store does not respond (%1); use a "
                                             "passphrase-protected secrets file instead")
                                  .arg(error.message),
                              NoBackendField);
        }
        done(error);
    });
}

void KeychainStore::read(const QString &name, QObject *context, ReadCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done, name](QKeychain::Job *finished) {
        if (!guard)
            return;
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::EntryNotFound) {
            done(std::optional<std::shared_ptr<SecureBytes>>());
            return;
        }
        if (reader->error() != QKeychain::NoError) {
            Error error = jobError(*reader, QStringLiteral("reading"), name);
            qCInfo(lcSecrets).noquote() << error.message;
            done(error);
            return;
        }
        // NOTE: QtKeychain hands the secret over in a QByteArray. This copy is wiped, but the
        // copies inside QtKeychain and libsecret may be freed without wiping.
        QByteArray data = reader->binaryData();
        done(std::optional<std::shared_ptr<SecureBytes>>(
            std::make_shared<SecureBytes>(SecureBytes::takeFrom(data))));
    });
    job->start();
}

void KeychainStore::write(const QString &name, const SecureBytes &value, QObject *context,
                          WriteCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, name);
    job->setBinaryData(value.view().toByteArray());
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done, name](QKeychain::Job *finished) {
        if (!guard)
            return;
        if (finished->error() != QKeychain::NoError) {
            Error error = jobError(*finished, QStringLiteral("writing"), name);
            qCWarning(lcSecrets).noquote() << error.message;
            done(error);
            return;
        }
        done({});
    });
    job->start();
}

void KeychainStore::remove(const QString &name, QObject *context, WriteCallback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done, name](QKeychain::Job *finished) {
        if (!guard)
            return;
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            Error error = jobError(*finished, QStringLiteral("deleting"), name);
            qCWarning(lcSecrets).noquote() << error.message;
            done(error);
            return;
        }
        done({});
    });
    job->start();
}

} // namespace mesi::secrets
