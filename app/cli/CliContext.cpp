#include "CliContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {

CliContext::CliContext(QString databasePath, QTextStream& out, QTextStream& err)
    : m_databasePath(std::move(databasePath)), m_out(out), m_err(err) {}

bool CliContext::openDatabase(Database& db) {
    const Status opened = db.open(m_databasePath);
    if (!opened) {
        m_err << opened.message() << Qt::endl;
        return false;
    }
    return true;
}

int CliContext::parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description,
                      int minPositional, int maxPositional) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional))
        return usage(tr("wrong number of arguments.\n%1").arg(parser.helpText()));
    return -1;
}

int CliContext::fail(const QString& message) {
    m_err << message << Qt::endl;
    return BadInput;
}

int CliContext::usage(const QString& message) {
    m_err << tr("Usage error: %1").arg(message) << Qt::endl;
    return WrongUsage;
}

void CliContext::printJson(const QJsonValue& value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool idArgument(CliContext& context, const QString& text, qint64* id) {
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        context.usage(QCoreApplication::translate("cli", "“%1” is not a record id.").arg(text));
        return false;
    }
    return true;
}

} // namespace rapport::cli
