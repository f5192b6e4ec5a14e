#pragma once

#include <QImage>
#include <QList>
#include <QObject>

class QTimer;

namespace mesi::ui {

/**
 * A stream of still images to look for a QR code in: a camera, or recorded frames in tests.
 * Frames arrive on the thread that owns the source.
 */
class FrameSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    /// Name of the source for the status line, such as a camera's name.
    virtual QString description() const = 0;

Q_SIGNALS:
    void frameReady(const QImage &frame);
    /// The source cannot deliver frames, such as a camera in use by another program.
    void failed(const QString &message);
};

/**
 * Plays back recorded frames at a fixed interval, from the first to the last and then from the
 * first again, as a camera keeps showing what is in front of it. Frames that are null images
 * are skipped.
 */
class RecordedFrameSource : public FrameSource
{
    Q_OBJECT

public:
    RecordedFrameSource(QList<QImage> frames, int intervalMs, QObject *parent = nullptr);
    /// Loads each file with QImageReader; a file that cannot be read becomes a skipped frame.
    static QList<QImage> loadFrames(const QStringList &paths);

    void start() override;
    void stop() override;
    QString description() const override;

    /// How many frames were emitted since start().
    int framesPlayed() const { return m_played; }

private:
    void playNext();

    QList<QImage> m_frames;
    QTimer *m_timer = nullptr;
    qsizetype m_next = 0;
    int m_played = 0;
};

} // namespace mesi::ui
