#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// A line of a responses file that changed nothing, with why.
struct UnmatchedResponse {
    qint64 line = 0; // physical line in the file (the header is line 1)
    QString text;    // the e-mail or phone as written
    QString reason;
};

struct ResponseImportResult {
    qint64 lines = 0;   // data lines read
    qint64 matched = 0; // lines matched to a member
    qint64 changed = 0; // members whose status or step time changed
    QList<UnmatchedResponse> unmatched;
    Status status;
};

// Reads a mail or SMS tool's report (CSV with a header; columns found by name: e-mail, phone, status or
// event, date) and records each line's step on the member it names, matched by e-mail (case-insensitive) or
// phone (its digits). Statuses are read in the words such tools use (delivered, bounce, open, click, reply,
// unsubscribe, ...). A member's status only moves forward (sent < bounced < opened < responded < opted out <
// converted); every step keeps its first time. Opt-outs go to the suppression list. The whole file is one
// transaction: a file that cannot be read changes nothing.
class CampaignResponses final {
    Q_DECLARE_TR_FUNCTIONS(CampaignResponses)
public:
    explicit CampaignResponses(Database& db);
    ResponseImportResult importFile(qint64 campaignId, const QString& path);
    // The member status a report word stands for ("click" -> responded); empty when unknown.
    static QString statusForWord(const QString& word);

private:
    Database& m_db;
};

} // namespace rapport
