#pragma once

#include <QIcon>

namespace mesi::ui {

/// The application icon, drawn from the SVG in the resources at every size asked for.
QIcon appIcon();

/**
 * The application icon with count drawn on it in a badge, at the sizes a tray or a task
 * bar requests. A count of 0 returns appIcon(), and counts above 99 are drawn as "99+".
 */
QIcon appIconWithCount(int count);

} // namespace mesi::ui
