// Segment benchmark: counts realistic segments over a database of N customers (generated with the demo data
// when the file does not exist) and prints the median of several runs in milliseconds. The goal for issue 5
// is at most 300 ms to count a segment over 1,000,000 customers.
//   bench-segments [DATABASE] [--customers N] [--runs N]
#include "demo/DemoGenerator.h"
#include "marketing/SegmentCriteria.h"
#include "marketing/SegmentService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rapport;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

struct Case {
    const char* title;
    const char* entity;
    const char* criteria;
};

const Case cases[] = {
    {"customers: status is active", "customer",
     R"({"rules":[{"field":"status","operator":"is","value":"active"}]})"},
    {"customers: e-mail consent and active", "customer",
     R"({"rules":[{"field":"consent_email","operator":"is_true"},{"field":"status","operator":"is","value":"active"}]})"},
    {"customers: billing city equals Warszawa", "customer",
     R"({"rules":[{"field":"billing_city","operator":"equals","value":"Warszawa"}]})"},
    {"customers: tag vip, organisations", "customer",
     R"({"rules":[{"field":"tags","operator":"has_item","value":"vip"},{"field":"kind","operator":"is","value":"organisation"}]})"},
    {"customers: name contains 'bud'", "customer",
     R"({"rules":[{"field":"name","operator":"contains","value":"bud"}]})"},
    {"customers: (Poland OR Spain) AND active AND e-mail consent", "customer",
     R"({"rules":[{"op":"or","rules":[{"field":"billing_country","operator":"equals","value":"Poland"},
                                    {"field":"billing_country","operator":"equals","value":"Spain"}]},
                  {"field":"status","operator":"is","value":"active"},
                  {"field":"consent_email","operator":"is_true"}]})"},
    {"customers: phone consent AND (inactive OR no interaction for 180 days)", "customer",
     R"({"rules":[{"field":"consent_phone","operator":"is_true"},
                  {"op":"or","rules":[{"field":"status","operator":"is","value":"inactive"},
                                      {"field":"last_interaction","operator":"more_than_days_ago","value":180}]}]})"},
    {"customers: tag vip", "customer", R"({"rules":[{"field":"tags","operator":"has_item","value":"vip"}]})"},
    {"customers: inactive OR tag vip", "customer",
     R"({"op":"or","rules":[{"field":"status","operator":"is","value":"inactive"},
                           {"field":"tags","operator":"has_item","value":"vip"}]})"},
    {"customers: not inactive, with an owner", "customer",
     R"({"rules":[{"field":"status","operator":"is_not","value":"inactive"},{"field":"owner_id","operator":"not_empty"}]})"},
    {"customers: total bought > 10,000.00 (derived)", "customer",
     R"({"rules":[{"field":"total_bought","operator":"gt","value":1000000}]})"},
    {"customers: open opportunities >= 1 (derived)", "customer",
     R"({"rules":[{"field":"open_opportunities","operator":"ge","value":1}]})"},
    {"customers: last interaction within 90 days (derived)", "customer",
     R"({"rules":[{"field":"last_interaction","operator":"within_last_days","value":90}]})"},
    {"contacts: e-mail consent, organisation tag vip", "contact",
     R"({"rules":[{"field":"consent_email","operator":"is_true"},{"field":"organisation_tags","operator":"has_item","value":"vip"}]})"},
    {"leads: new or contacted, score >= 30", "lead",
     R"({"rules":[{"field":"status","operator":"in","value":["new","contacted"]},{"field":"score","operator":"ge","value":30}]})"},
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    qint64 customers = 1000000;
    int runs = 5;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--customers"));
        at >= 0 && at + 1 < arguments.size()) {
        customers = arguments.at(at + 1).toLongLong();
        arguments.remove(at, 2);
    }
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--runs"));
        at >= 0 && at + 1 < arguments.size()) {
        runs = arguments.at(at + 1).toInt();
        arguments.remove(at, 2);
    }
    QTemporaryDir temp;
    const QString path = arguments.isEmpty() ? temp.filePath(QStringLiteral("bench.db")) : arguments.first();
    const bool existed = QFileInfo::exists(path);
    Database db;
    if (const Status opened = db.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    if (!existed) {
        QElapsedTimer timer;
        timer.start();
        if (const Status made = DemoGenerator().generate(db, {customers, 1, {}}); !made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.message()));
            return 1;
        }
        std::printf("generated %lld customers with demo in %.1f s\n", static_cast<long long>(customers),
                    static_cast<double>(timer.elapsed()) / 1000);
    }
    SegmentService segments(db);
    std::printf("segment counts, median of %d runs (first run after open included in the runs)\n", runs);
    for (const Case& c : cases) {
        QJsonObject criteria;
        SegmentCriteria::parse(QString::fromUtf8(c.criteria), &criteria);
        std::vector<double> times;
        qint64 n = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            Status status;
            n = segments.count(QString::fromLatin1(c.entity), criteria, &status);
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!status) {
                std::fprintf(stderr, "%s: %s\n", c.title, qPrintable(status.message()));
                return 1;
            }
        }
        std::printf("%-62s %9lld  %8.1f ms\n", c.title, static_cast<long long>(n), median(times));
    }
    return 0;
}
