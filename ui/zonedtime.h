#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace mesi::ui {

/**
 * Finds the UTC instants at which a wall-clock date and time occur in zone, earliest first.
 * The list is empty for a time that a daylight-saving change skips, and contains two instants
 * for a time that a change back to standard time repeats.
 */
QList<QDateTime> utcInstantsOfLocalTime(QDate date, QTime time, const QTimeZone &zone);

/// The locale's short time format without seconds, such as "HH:mm" or "h:mm AP".
QString shortTimeFormat(const QLocale &locale);

/// Formats an offset from UTC in seconds as "UTC+02:00" or "UTC−03:30".
QString utcOffsetText(int offsetSeconds);

} // namespace mesi::ui
