#pragma once

#include "framesource.h"

#include <QCameraDevice>
#include <QElapsedTimer>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace mesi::ui {

/**
 * Frames of a camera through Qt Multimedia: QCamera into a QMediaCaptureSession whose
 * QVideoSink receives the frames. Frames that arrive less than minimumIntervalMs after the
 * last converted one are dropped before the QImage conversion, which is the costly step.
 */
class CameraFrameSource : public FrameSource
{
    Q_OBJECT

public:
    CameraFrameSource(const QCameraDevice &device, int minimumIntervalMs, QObject *parent = nullptr);
    ~CameraFrameSource() override;

    void start() override;
    void stop() override;
    QString description() const override;

private:
    void onFrame(const QVideoFrame &frame);

    QCameraDevice m_device;
    int m_minimumIntervalMs = 0;
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    QElapsedTimer m_sinceLastFrame;
};

} // namespace mesi::ui
