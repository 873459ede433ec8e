#pragma once

// Hand-made data for the automation tests: records written through RecordStore, raw SQL only where a test
// needs a value the program keeps itself (created_at, a campaign row).
#include "TestSupport.h"

#include "repository/RecordStore.h"
#include "sales/PipelineService.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

namespace rapport::test {

inline qint64 addRecord(Database& db, const char* entity, const QVariantMap& values) {
    const WriteResult written =
        RecordStore(db).insert(*EntityCatalog::find(QString::fromLatin1(entity)), values);
    INFO(entity << ": " << written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

inline QVariant sqlValue(Database& db, const char* sql, const QVariantList& bound = {}) {
    return sales::scalar(db.handle(), sql, bound);
}

inline void sqlExec(Database& db, const char* sql, const QVariantList& bound = {}) {
    const Status done = sales::exec(db.handle(), sql, bound);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

// The first stage of the default pipeline with this outcome ("open", "won", "lost"), after creating the
// default pipelines.
inline qint64 stageId(Database& db, const QString& outcome, int nth = 0) {
    REQUIRE(PipelineService(db).ensureDefaultPipelines().ok());
    const PipelineInfo pipeline = PipelineService(db).pipelines().first();
    for (const StageInfo& stage : pipeline.stages)
        if (stage.outcome == outcome && nth-- == 0)
            return stage.id;
    FAIL("no such stage");
    return 0;
}

inline qint64 addOpportunity(Database& db, const QString& title, qint64 customer, qint64 amount,
                             const QString& status, const QString& closedAt = {}, qint64 partner = 0,
                             const QString& currency = QStringLiteral("EUR"), int openStage = 0) {
    const QString outcome = status == u"open" ? QStringLiteral("open") : status;
    const qint64 stage = stageId(db, outcome, status == u"open" ? openStage : 0);
    QVariantMap values{{QStringLiteral("title"), title},
                       {QStringLiteral("customer_id"), customer},
                       {QStringLiteral("pipeline_id"), PipelineService(db).defaultPipeline()},
                       {QStringLiteral("stage_id"), stage},
                       {QStringLiteral("amount_minor"), amount},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("status"), status}};
    if (!closedAt.isEmpty())
        values.insert(QStringLiteral("closed_at"), closedAt);
    if (partner)
        values.insert(QStringLiteral("partner_id"), partner);
    return addRecord(db, "opportunity", values);
}

} // namespace rapport::test
