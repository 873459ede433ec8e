#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace rapport::test {

// Runs the real rapport-cli binary and keeps what it printed.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(RAPPORT_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rapport::test
