// rapport: the desktop program. Everything but start-up lives in rapport-ui.
#include "MainWindow.h"
#include "Startup.h"
#include "storage/Database.h"

#include <QApplication>
#include <cstdio>

int main(int argc, char** argv) {
    if (!rapport::hasDisplay()) {
        std::fputs(
            "rapport: there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set).\nUse rapport-cli to work with a Rapport database without a display.\n",
            stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    const rapport::StartupOptions options = rapport::parseArguments(app);
    rapport::installTranslations(app, options.language);

    // The window's connections (lists, anchor scans, rules, alerts, dashboards) share 32 MiB of page cache:
    // with a million customers open the program stays near 130 MB instead of 170 MB.
    rapport::Database::limitCacheMemory(qint64{32} * 1024 * 1024);
    rapport::MainWindow window;
    window.openDatabase(options.databasePath.isEmpty() ? rapport::Database::defaultPath()
                                                       : options.databasePath);
    window.show();
    if (!options.screenshotPath.isEmpty())
        rapport::scheduleScreenshot(window, options.screenshotPath, options.screenshotView);
    return QApplication::exec();
}
