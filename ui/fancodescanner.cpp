#include "fancodescanner.h"

#include "pass/fanconfirmation.h"
#include "pass/meetingpass.h"
#include "pass/passimage.h"

namespace mesi::ui {

void QrDecodeWorker::decode(const QImage &frame)
{
    const Result<QString> text = pass::decodeQrImage(frame);
    Q_EMIT decoded(text ? text.value() : QString());
}

FanCodeScanner::FanCodeScanner(int minimumIntervalMs, QObject *parent)
    : QObject(parent), m_minimumIntervalMs(minimumIntervalMs)
{
    auto *worker = new QrDecodeWorker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &FanCodeScanner::decodeRequested, worker, &QrDecodeWorker::decode);
    connect(worker, &QrDecodeWorker::decoded, this, &FanCodeScanner::onDecoded);
    m_thread.setObjectName(QStringLiteral("fan code decoder"));
    m_thread.start();
}

FanCodeScanner::~FanCodeScanner()
{
    m_thread.quit();
    m_thread.wait();
}

void FanCodeScanner::offerFrame(const QImage &frame)
{
    if (m_busy || frame.isNull())
        return;
    if (m_sinceLastFrame.isValid() && m_sinceLastFrame.elapsed() < m_minimumIntervalMs)
        return;
    m_busy = true;
    m_sinceLastFrame.start();
    Q_EMIT decodeRequested(frame);
}

void FanCodeScanner::onDecoded(const QString &text)
{
    m_busy = false;
    if (text.isEmpty())
        return;
    if (text.startsWith(pass::passPrefix())) {
        Q_EMIT otherCodeFound(tr("This is the meeting pass on your own screen. Point the camera at "
                                 "the code on the fan's phone."));
        return;
    }
    const Result<pass::SignedFanConfirmation> parsed = pass::parseFanConfirmation(text);
    if (!parsed) {
        Q_EMIT otherCodeFound(tr("This QR code is not a Mesi fan confirmation code. Ask the fan to "
                                 "open the confirmation code of this meeting."));
        return;
    }
    Q_EMIT codeFound(text);
}

} // namespace mesi::ui
