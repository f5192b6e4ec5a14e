#pragma once

#include "icstext.h"

#include "core/result.h"

#include <QList>
#include <QString>

namespace mesi::ical {

/// Components nested deeper than this (VCALENDAR > VEVENT > VALARM is 3) make a file malformed.
inline constexpr int MaxComponentDepth = 10;

/// A BEGIN:NAME ... END:NAME block with its properties and nested components.
struct Component
{
    QString name; ///< Upper case, such as VEVENT.
    int line = 0; ///< Line of its BEGIN.
    QList<ContentLine> properties;
    QList<Component> children;

    /// The first property called name, or nullptr.
    const ContentLine *property(const QString &propertyName) const;
    QList<const ContentLine *> propertiesNamed(const QString &propertyName) const;
};

/**
 * Builds the VCALENDAR components of lines. Fails on a property or component outside a
 * VCALENDAR, an END that does not match its BEGIN, a BEGIN without END, nesting deeper than
 * MaxComponentDepth and a file without any VCALENDAR.
 */
Result<QList<Component>> buildCalendars(QList<ContentLine> lines);

} // namespace mesi::ical
