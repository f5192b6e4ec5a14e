#pragma once

#include "core/conflicts.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace mesi::ui {

/// Translated reasons why proposed meeting terms clash with the creator's calendar.
class ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::ui::ConflictText)

public:
    /// One reason as a sentence that names the window, date, meeting or busy time.
    static QString reason(const Conflict &conflict, const QLocale &locale = QLocale());
    /// A heading and one bulleted line per reason; empty when there is no conflict.
    static QString warning(const QList<Conflict> &conflicts, const QLocale &locale = QLocale());
};

} // namespace mesi::ui
