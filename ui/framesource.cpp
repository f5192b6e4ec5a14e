#include "framesource.h"

#include <QImageReader>
#include <QTimer>

namespace mesi::ui {

RecordedFrameSource::RecordedFrameSource(QList<QImage> frames, int intervalMs, QObject *parent)
    : FrameSource(parent), m_frames(std::move(frames)), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &RecordedFrameSource::playNext);
}

QList<QImage> RecordedFrameSource::loadFrames(const QStringList &paths)
{
    QList<QImage> frames;
    for (const QString &path : paths) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        frames.append(reader.read());
    }
    return frames;
}

void RecordedFrameSource::start()
{
    m_next = 0;
    m_played = 0;
    m_timer->start();
}

void RecordedFrameSource::stop()
{
    m_timer->stop();
}

QString RecordedFrameSource::description() const
{
    return tr("Recorded frames");
}

void RecordedFrameSource::playNext()
{
    if (m_frames.isEmpty())
        return;
    const QImage frame = m_frames.at(m_next);
    m_next = (m_next + 1) % m_frames.size();
    if (frame.isNull())
        return;
    ++m_played;
    Q_EMIT frameReady(frame);
}

} // namespace mesi::ui
