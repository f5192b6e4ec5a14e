#include "windowactivation.h"

#include "mainwindow.h"

#include "core/logging.h"

#include <QApplication>
#include <QDialog>
#include <QWidget>

namespace mesi::ui {

namespace {

QWidget *windowToActivate()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;

    QWidget *dialog = nullptr;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible() && !window->isMinimized())
            continue;
        if (qobject_cast<MainWindow *>(window))
            return window;
        if (!dialog && qobject_cast<QDialog *>(window))
            dialog = window;
    }
    return dialog;
}

} // namespace

void bringConsoleToFront()
{
    QWidget *window = windowToActivate();
    if (!window) {
        qCInfo(lcUi) << "asked to come forward, but no window is open yet";
        return;
    }
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}

} // namespace mesi::ui
