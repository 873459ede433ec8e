// rapport-cli: everything the desktop program does to data, headless, for scripts and servers.
#include "CliContext.h"
#include "QuotePdf.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cstdio>

using namespace rapport;
using namespace rapport::cli;

namespace {

QString overview(const QList<Command>& commands) {
    QString text =
        QCoreApplication::translate(
            "cli",
            "Usage: rapport-cli [--db FILE] COMMAND [ARGUMENTS]\n\nRapport's CRM data, without the window. "
            "The default database is the desktop program's:\n  %1\n\nCommands:\n")
            .arg(Database::defaultPath());
    qsizetype width = 0;
    for (const Command& command : commands)
        width = std::max(width, command.name.size());
    for (const Command& command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(width), command.summary);
    text += QCoreApplication::translate("cli",
                                        "\nEvery command takes --help. Exit codes: 0 success, 1 bad input, "
                                        "2 wrong usage.\n");
    return text;
}

} // namespace

int main(int argc, char** argv) {
    rapport::Database::withoutMemoryStatistics();
    const std::unique_ptr<QCoreApplication> app = createCliApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QList<Command> commands = databaseCommands() + recordCommands() + importExportCommands() +
                              syncCommands() + salesCommands() + settingsCommands() + marketingCommands() +
                              automationCommands() + alertCommands() + reportCommands();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QString databasePath = Database::defaultPath();
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == u"--db" && !arguments.isEmpty()) {
            databasePath = arguments.takeFirst();
        } else if (option.startsWith(QStringLiteral("--db="))) {
            databasePath = option.mid(5);
        } else if (option == u"--help" || option == u"-h") {
            out << overview(commands);
            return Success;
        } else if (option == u"--version") {
            out << QStringLiteral("rapport-cli %1\n").arg(QCoreApplication::applicationVersion());
            return Success;
        } else {
            err << QCoreApplication::translate("cli", "Usage error: unknown option %1.\n").arg(option)
                << overview(commands);
            return WrongUsage;
        }
    }
    if (arguments.isEmpty()) {
        err << overview(commands);
        return WrongUsage;
    }
    const QString name = arguments.first();
    for (const Command& command : commands) {
        if (command.name == name) {
            CliContext context(databasePath, out, err);
            arguments[0] = QStringLiteral("rapport-cli ") + name;
            const int code = command.run(context, arguments);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("cli", "Usage error: unknown command “%1”.\n").arg(name)
        << overview(commands);
    return WrongUsage;
}
