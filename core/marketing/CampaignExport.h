#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>

namespace rapport {

class Database;

// One member's rendered message: who it goes to and the text, with the values the placeholders took.
struct MemberMessage {
    qint64 memberId = 0;
    QString email;
    QString phone;
    QString subject;
    QString body;
    QHash<QString, QString> values; // placeholder -> value (first_name, company, street, city, ...)
};

struct CampaignMessages {
    QString campaignName;
    QString channel;
    QString senderName; // the campaign owner
    QString senderEmail;
    QList<MemberMessage> messages;
    Status status;
};

enum class CampaignExportFormat { MailMergeCsv, Eml, LettersPdf, CallList };

struct CampaignExportResult {
    qint64 written = 0;          // members in the output
    qint64 skippedNoAddress = 0; // members without the e-mail or phone the format needs
    qint64 markedSent = 0;       // members newly marked sent (with an interaction on their timeline)
    QStringList files;           // what was written
    bool cancelled = false;
    Status status;
};

// Returns false to cancel; called with (done, total).
using ExportProgress = std::function<bool(qint64, qint64)>;

// Sending, offline: renders the campaign's subject and body templates for each member who has not opted out,
// bounced or been suppressed since launch, and writes them as a mail-merge CSV, one .eml file per member, or
// a call list. (The letters PDF needs QtGui and is drawn by rapport-print from messages().) Afterwards every
// member written is marked sent with an interaction of the campaign's channel on their timeline (leads get a
// lead activity), once: exporting again does not log twice. Unknown placeholders stop the export before
// anything is written, with their names.
class CampaignExport final {
    Q_DECLARE_TR_FUNCTIONS(CampaignExport)
public:
    explicit CampaignExport(Database& db);
    CampaignMessages messages(qint64 campaignId, const ExportProgress& progress = {}) const;
    CampaignExportResult write(qint64 campaignId, const QString& directory, CampaignExportFormat format,
                               const ExportProgress& progress = {});
    // Marks the members sent and logs the message on their timelines, in one transaction.
    Status markSent(qint64 campaignId, const QList<MemberMessage>& messages, qint64* newlySent = nullptr);
    static bool parseFormat(const QString& word, CampaignExportFormat* format);

private:
    Database& m_db;
};

} // namespace rapport
