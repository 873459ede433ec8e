#include "Startup.h"

#include <QAction>

#include "ChoiceText.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "analytics/CrossSell.h"
#include "automation/AutomationArea.h"
#include "automation/RulesPage.h"
#include "marketing/CampaignsPage.h"
#include "marketing/MarketingArea.h"
#include "marketing/SegmentsPage.h"
#include "models/RecordListModel.h"
#include "pages/RecordListPage.h"
#include "sales/SalesArea.h"
#include "sales/TeamPage.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace rapport {

bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

StartupOptions parseArguments(QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Startup", "Rapport, a desktop CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"), QApplication::translate("Startup", "Use this language (el, ru, es, pl, fa)."),
        QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Startup", "Save a picture of the window and quit."), QStringLiteral("file"));
    const QCommandLineOption view(
        QStringLiteral("screenshot-view"),
        QApplication::translate(
            "Startup",
            "The view to picture: customers, customer360, customer-edit, sync, analytics, "
            "contacts, activities, alerts, suggestions (a 360° view with suggested products), "
            "kanban, my-work, settings, users, user-edit, segments, campaigns, cases, rules, rule-log, "
            "promotions, partners."),
        QStringLiteral("view"), QStringLiteral("customers"));
    parser.addOptions({lang, screenshot, view});
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QApplication::translate("Startup", "The database file to open."),
                                 QStringLiteral("[database]"));
    parser.process(app);
    StartupOptions options;
    options.language = parser.value(lang);
    options.screenshotPath = parser.value(screenshot);
    options.screenshotView = parser.value(view);
    if (!parser.positionalArguments().isEmpty())
        options.databasePath = parser.positionalArguments().constFirst();
    return options;
}

void installTranslations(QApplication& app, const QString& language) {
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    auto* rapport = new QTranslator(&app);
    if (rapport->load(locale, QStringLiteral("rapport"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(rapport);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    if (locale.textDirection() == Qt::RightToLeft)
        QApplication::setLayoutDirection(Qt::RightToLeft);
}

void scheduleScreenshot(MainWindow& window, const QString& path, const QString& view) {
    QTimer::singleShot(400, &window, [&window, view] {
        Workspace* workspace = window.workspace();
        if (!workspace)
            return;
        if (view == QLatin1String("contacts"))
            workspace->showArea(Workspace::Contacts);
        else if (view == QLatin1String("activities"))
            workspace->showArea(Workspace::Activities);
        else if (view == QLatin1String("sync"))
            workspace->showArea(workspace->syncArea());
        else if (view == QLatin1String("cases"))
            workspace->showArea(workspace->automationRow());
        else if (view == QLatin1String("rules"))
            workspace->showArea(workspace->automationRow() + 1);
        else if (view == QLatin1String("rule-log")) {
            workspace->showArea(workspace->automationRow() + 1);
            workspace->automation()->rules()->tabs()->setCurrentIndex(1);
        } else if (view == QLatin1String("promotions"))
            workspace->showArea(workspace->automationRow() + 2);
        else if (view == QLatin1String("partners")) {
            workspace->showArea(workspace->automationRow() + 3);
            if (workspace->automation()->partners()->model()->rowCount() > 0)
                workspace->automation()->partners()->view()->selectRow(0);
        } else if (view == QLatin1String("segments")) {
            workspace->showArea(workspace->marketingRow());
            // A saved segment with rules makes a better picture than an empty builder.
            QListWidget* saved = workspace->marketing()->segments()->list();
            if (saved->count() > 0)
                saved->setCurrentRow(saved->count() > 3 ? 3 : 0);
        } else if (view == QLatin1String("campaigns")) {
            workspace->showArea(workspace->marketingRow() + 1);
            // A finished campaign with its responses makes a better picture than a planned one.
            QTableWidget* table = workspace->marketing()->campaigns()->table();
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 2)->text() == choiceText(QStringLiteral("done"))) {
                    table->selectRow(row);
                    break;
                }
            }
        } else if (view == QLatin1String("analytics"))
            workspace->showArea(workspace->analyticsArea());
        else if (view == QLatin1String("alerts"))
            workspace->showArea(workspace->alertsArea());
        else if (view == QLatin1String("suggestions")) {
            // The first customer in the list who has bought something.
            RecordListModel* customers = workspace->customers()->model();
            for (int row = 0; row < std::min(customers->rowCount(), 500); ++row)
                if (!analytics::CrossSell::ownedProducts(*window.database(), customers->idAt(row))
                         .isEmpty()) {
                    workspace->showCustomer(customers->idAt(row));
                    break;
                }
        } else if (view == QLatin1String("kanban")) {
            workspace->showArea(workspace->salesRow() + 1);
        } else if (view == QLatin1String("my-work")) {
            workspace->showArea(workspace->salesRow() + 5);
        } else if (view == QLatin1String("settings")) {
            if (auto* settings = window.findChild<QAction*>(QStringLiteral("actionSettings")))
                QTimer::singleShot(0, settings, &QAction::trigger);
        } else if (view == QLatin1String("users") || view == QLatin1String("user-edit")) {
            workspace->showArea(workspace->salesRow() + int(workspace->sales()->pages().size()) - 1);
            TeamPage* team = workspace->sales()->team();
            team->reload();
            if (team->table()->rowCount() > 0)
                team->table()->selectRow(0);
            if (view == QLatin1String("user-edit"))
                if (auto* edit = team->findChild<QPushButton*>(QStringLiteral("editUserButton")))
                    QTimer::singleShot(0, edit, &QPushButton::click);
        } else if (view == QLatin1String("customer360") && workspace->customers()->model()->rowCount() > 0) {
            // The customer with the richest history among the first rows makes the best picture.
            workspace->showCustomer(workspace->customers()->model()->idAt(0));
        } else if (view == QLatin1String("customers") && workspace->customers()->model()->rowCount() > 0) {
            workspace->customers()->view()->selectRow(0);
        } else if (view == QLatin1String("customer-edit") &&
                   workspace->customers()->model()->rowCount() > 0) {
            workspace->customers()->view()->selectRow(0);
            if (auto* edit = window.findChild<QAction*>(QStringLiteral("actionEdit")))
                QTimer::singleShot(0, edit, &QAction::trigger);
        }
    });
    QTimer::singleShot(1500, &window, [&window, path] {
        // A dialog in front (customer-edit) is what the picture is of.
        QWidget* subject = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : &window;
        const bool saved = subject->grab().save(path, "PNG");
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                     qPrintable(path));
        QApplication::exit(saved ? 0 : 1);
    });
}

} // namespace rapport
