#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>
#include <functional>

namespace rapport::cli {

enum ExitCode { Success = 0, BadInput = 1, WrongUsage = 2 };

// What every command gets: the database path chosen with --db, the output streams, and helpers for the
// conventions every command follows (--help, exit codes, messages on stderr saying what and where).
class CliContext final {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QString databasePath, QTextStream& out, QTextStream& err);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QString& databasePath() const { return m_databasePath; }

    // Opens the database (creating it when missing); on failure prints why and returns false.
    bool openDatabase(Database& db);
    // Parses a command's arguments; prints help (returns Success) or a usage error (returns WrongUsage) when
    // the command should stop, else returns -1 and the caller goes on.
    int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description,
              int minPositional, int maxPositional);
    int fail(const QString& message);
    int usage(const QString& message);
    void printJson(const QJsonValue& value);

private:
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
};

struct Command {
    QString name;
    QString summary;
    std::function<int(CliContext&, const QStringList&)> run;
};

QList<Command> databaseCommands();
QList<Command> recordCommands();
QList<Command> salesCommands();
QList<Command> syncCommands();
QList<Command> importExportCommands();
QList<Command> automationCommands();
QList<Command> marketingCommands();
QList<Command> settingsCommands();
QList<Command> reportCommands();
QList<Command> alertCommands();
// Reads a record id given on the command line; says what is wrong (usage, exit 2) when it is not one.
bool idArgument(CliContext& context, const QString& text, qint64* id);
// Runs `report alerts ...` or `report cross-sell ...` (arguments as a command gets them); -1 for other names.
int runAlertReport(CliContext& context, const QStringList& arguments);

} // namespace rapport::cli
