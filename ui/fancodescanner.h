#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QThread>

namespace mesi::ui {

/// Decodes one image at a time on the scanner's worker thread.
class QrDecodeWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void decode(const QImage &frame);

Q_SIGNALS:
    /// The text of the QR code in the frame, or an empty string when there was none.
    void decoded(const QString &text);
};

/**
 * Looks for a fan confirmation code in frames. Decoding runs on a worker thread so the
 * dialog stays responsive. Frames that arrive while a decode runs, or less than
 * minimumIntervalMs after the last frame taken, are dropped, so a fast camera queues no work.
 */
class FanCodeScanner : public QObject
{
    Q_OBJECT

public:
    explicit FanCodeScanner(int minimumIntervalMs, QObject *parent = nullptr);
    ~FanCodeScanner() override;

    /// Offers a frame; it is decoded unless a decode is running or the last one is too recent.
    void offerFrame(const QImage &frame);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A well-formed fan confirmation code was read; its signature is not checked yet.
    void codeFound(const QString &code);
    /// A QR code was read that is not a fan confirmation code, such as the creator's own pass.
    void otherCodeFound(const QString &message);
    /// Internal: hands a frame to the worker thread.
    void decodeRequested(const QImage &frame);

private:
    void onDecoded(const QString &text);

    int m_minimumIntervalMs = 0;
    bool m_busy = false;
    QElapsedTimer m_sinceLastFrame;
    QThread m_thread;
};

} // namespace mesi::ui
