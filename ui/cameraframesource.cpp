#include "cameraframesource.h"

#include "core/logging.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QVideoFrame>
#include <QVideoSink>

namespace mesi::ui {

CameraFrameSource::CameraFrameSource(const QCameraDevice &device, int minimumIntervalMs, QObject *parent)
    : FrameSource(parent),
      m_device(device),
      m_minimumIntervalMs(minimumIntervalMs),
      m_camera(new QCamera(device, this)),
      m_session(new QMediaCaptureSession(this)),
      m_sink(new QVideoSink(this))
{
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraFrameSource::onFrame);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        qCWarning(lcUi).noquote() << "camera" << m_device.description() << "failed:" << message;
        Q_EMIT failed(message);
    });
}

CameraFrameSource::~CameraFrameSource()
{
    m_camera->stop();
}

void CameraFrameSource::start()
{
    m_sinceLastFrame.invalidate();
    m_camera->start();
}

void CameraFrameSource::stop()
{
    m_camera->stop();
}

QString CameraFrameSource::description() const
{
    return m_device.description();
}

// NOTE: tests feed RecordedFrameSource, so this camera path has not run against a real camera
// in the test suite; the development machine had none.
void CameraFrameSource::onFrame(const QVideoFrame &frame)
{
    if (m_sinceLastFrame.isValid() && m_sinceLastFrame.elapsed() < m_minimumIntervalMs)
        return;
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_sinceLastFrame.start();
    Q_EMIT frameReady(image);
}

} // namespace mesi::ui
