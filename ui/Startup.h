#pragma once

#include <QString>

class QApplication;

namespace rapport {

class MainWindow;

// What the command line asked for.
struct StartupOptions {
    QString language;       // --lang xx: el, ru, es, pl, fa (empty: the system locale)
    QString databasePath;   // the optional positional argument (empty: Database::defaultPath())
    QString screenshotPath; // --screenshot FILE: grab the window once shown, save a PNG and quit
    QString screenshotView; // --screenshot-view customers|customer360|contacts|activities|welcome
};

// True when a GUI can be shown: a DISPLAY or WAYLAND_DISPLAY, or an explicit QT_QPA_PLATFORM.
// Checked before QApplication exists, so it uses no Qt GUI code.
bool hasDisplay();

// Parses the arguments (also handles --help and --version, which exit).
StartupOptions parseArguments(QApplication& app);

// Loads Rapport's and Qt's translations for the system locale, or the forced language; Persian turns the
// layout right-to-left.
void installTranslations(QApplication& app, const QString& language);

// Shows the requested view, saves a PNG of the window and quits the application.
void scheduleScreenshot(MainWindow& window, const QString& path, const QString& view);

} // namespace rapport
