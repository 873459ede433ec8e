#include "sales/PipelineService.h"

#include "sales/Money.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <algorithm>
#include <sqlite3.h>

namespace rapport {
namespace {

using sales::exec;
using sales::row;
using sales::rows;
using sales::scalar;

StageInfo stageFrom(const QVariantMap& values) {
    StageInfo stage;
    stage.id = values.value(QStringLiteral("id")).toLongLong();
    stage.pipelineId = values.value(QStringLiteral("pipeline_id")).toLongLong();
    stage.name = values.value(QStringLiteral("name")).toString();
    stage.position = values.value(QStringLiteral("position")).toInt();
    stage.probability = values.value(QStringLiteral("probability")).toInt();
    stage.outcome = values.value(QStringLiteral("outcome")).toString();
    return stage;
}

} // namespace

PipelineService::PipelineService(Database& db) : m_db(db) {}

QList<PipelineInfo> PipelineService::pipelines() const {
    QList<PipelineInfo> result;
    for (const QVariantMap& p : rows(m_db.handle(), "SELECT id, name FROM pipelines ORDER BY position, id")) {
        PipelineInfo info;
        info.id = p.value(QStringLiteral("id")).toLongLong();
        info.name = p.value(QStringLiteral("name")).toString();
        for (const QVariantMap& s :
             rows(m_db.handle(), "SELECT * FROM stages WHERE pipeline_id = ?1 ORDER BY position, id",
                  {info.id}))
            info.stages << stageFrom(s);
        result << info;
    }
    return result;
}

std::optional<StageInfo> PipelineService::stage(qint64 stageId) const {
    const QVariantMap values = row(m_db.handle(), "SELECT * FROM stages WHERE id = ?1", {stageId});
    if (values.isEmpty())
        return std::nullopt;
    return stageFrom(values);
}

qint64 PipelineService::defaultPipeline() const {
    return scalar(m_db.handle(), "SELECT id FROM pipelines ORDER BY position, id LIMIT 1").toLongLong();
}

QList<BoardColumn> PipelineService::board(qint64 pipelineId, qint64 ownerId, int cardLimit) const {
    QList<BoardColumn> columns;
    // Totals from every opportunity of a stage, each weighted and rounded on its own as its card shows it;
    // only the few columns read are converted.
    Statement totals(m_db.handle(),
                     "SELECT o.currency, o.amount_minor, coalesce(o.probability, st.probability) "
                     "FROM opportunities o JOIN stages st ON st.id = o.stage_id "
                     "WHERE o.stage_id = ?1 AND (?2 = 0 OR o.owner_id = ?2)");
    // The first cards: of an open stage by expected close, of won and lost the latest closed; the customers'
    // and owners' names only for those.
    Statement cards(
        m_db.handle(),
        "SELECT o.id, o.title, o.amount_minor, o.currency, coalesce(o.probability, st.probability), "
        "o.expected_close, o.status, c.name, u.name FROM (SELECT * FROM opportunities "
        "WHERE stage_id = ?1 AND (?2 = 0 OR owner_id = ?2) "
        "ORDER BY CASE WHEN ?4 = 1 THEN closed_at END DESC, expected_close IS NULL, expected_close, id "
        "LIMIT ?3) o "
        "JOIN stages st ON st.id = o.stage_id LEFT JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN users u ON u.id = o.owner_id "
        "ORDER BY CASE WHEN ?4 = 1 THEN o.closed_at END DESC, o.expected_close IS NULL, o.expected_close, "
        "o.id");
    for (const QVariantMap& s :
         rows(m_db.handle(), "SELECT * FROM stages WHERE pipeline_id = ?1 ORDER BY position, id",
              {pipelineId})) {
        BoardColumn column;
        column.stage = stageFrom(s);
        totals.bind(1, column.stage.id).bind(2, ownerId);
        while (totals.next()) {
            const QString currency = totals.text(0);
            const qint64 amount = totals.int64(1);
            ++column.count;
            column.amount[currency] += amount;
            column.weighted[currency] += money::percentOf(amount, static_cast<int>(totals.int64(2)) * 100);
        }
        totals.reset();
        cards.bind(1, column.stage.id).bind(2, ownerId).bind(3, qint64{std::max(cardLimit, 0)});
        cards.bind(4, column.stage.outcome == u"open" ? 0 : 1); // won and lost: the latest closed first
        while (cards.next()) {
            OpportunityCard card;
            card.id = cards.int64(0);
            card.title = cards.text(1);
            card.amountMinor = cards.int64(2);
            card.currency = cards.text(3);
            card.probability = static_cast<int>(cards.int64(4));
            card.expectedClose = cards.text(5);
            card.status = cards.text(6);
            card.customer = cards.text(7);
            card.owner = cards.text(8);
            column.cards << card;
        }
        cards.reset();
        columns << column;
    }
    return columns;
}

WriteResult PipelineService::createOpportunity(const OpportunityDraft& draft) {
    WriteResult result;
    const qint64 pipelineId = draft.pipelineId ? draft.pipelineId : defaultPipeline();
    if (!pipelineId) {
        result.status = Status::failure(tr("There is no pipeline yet; create one first."));
        return result;
    }
    qint64 stageId = draft.stageId;
    if (!stageId)
        stageId =
            scalar(m_db.handle(),
                   "SELECT id FROM stages WHERE pipeline_id = ?1 AND outcome = 'open' ORDER BY position, id "
                   "LIMIT 1",
                   {pipelineId})
                .toLongLong();
    const std::optional<StageInfo> target = stage(stageId);
    if (!target || target->pipelineId != pipelineId) {
        result.status = Status::failure(tr("The pipeline has no stage with id %1.").arg(stageId));
        return result;
    }
    QVariantMap values{
        {QStringLiteral("title"), draft.title},       {QStringLiteral("pipeline_id"), pipelineId},
        {QStringLiteral("stage_id"), stageId},        {QStringLiteral("amount_minor"), draft.amountMinor},
        {QStringLiteral("currency"), draft.currency}, {QStringLiteral("status"), target->outcome}};
    auto optionalId = [&values](const char* name, qint64 id) {
        if (id)
            values.insert(QString::fromLatin1(name), id);
    };
    optionalId("customer_id", draft.customerId);
    optionalId("contact_id", draft.contactId);
    optionalId("owner_id", draft.ownerId);
    optionalId("lead_id", draft.leadId);
    optionalId("renewal_of_id", draft.renewalOfId);
    if (draft.expectedClose.isValid())
        values.insert(QStringLiteral("expected_close"), draft.expectedClose.toString(Qt::ISODate));
    if (!draft.source.isEmpty())
        values.insert(QStringLiteral("source"), draft.source);
    if (!draft.campaign.isEmpty())
        values.insert(QStringLiteral("campaign"), draft.campaign);
    // The first visit of the stage history comes from the database's trigger.
    return RecordStore(m_db).insert(*EntityCatalog::find(QStringLiteral("opportunity")), values);
}

Status PipelineService::move(qint64 opportunityId, qint64 stageId, const QString& reason) {
    sqlite3* db = m_db.handle();
    const QVariantMap opportunity =
        row(db, "SELECT pipeline_id, stage_id FROM opportunities WHERE id = ?1", {opportunityId});
    if (opportunity.isEmpty())
        return Status::failure(tr("There is no opportunity with id %1.").arg(opportunityId));
    const std::optional<StageInfo> target = stage(stageId);
    if (!target || target->pipelineId != opportunity.value(QStringLiteral("pipeline_id")).toLongLong())
        return Status::failure(tr("Stage %1 is not a stage of this opportunity's pipeline.").arg(stageId));
    if (target->outcome != u"open" && reason.trimmed().isEmpty())
        return Status::failure(target->outcome == u"won" ? tr("Closing as won needs a reason.")
                                                         : tr("Closing as lost needs a reason."));
    if (opportunity.value(QStringLiteral("stage_id")).toLongLong() == stageId)
        return Status::success();
    const QString now = sales::nowUtc();
    Transaction transaction(db);
    Status done;
    if (target->outcome == u"open")
        done = exec(
            db,
            "UPDATE opportunities SET stage_id = ?1, status = 'open', close_reason = NULL, closed_at = NULL, "
            "updated_at = ?2 WHERE id = ?3",
            {stageId, now, opportunityId});
    else
        done = exec(db,
                    "UPDATE opportunities SET stage_id = ?1, status = ?2, close_reason = ?3, closed_at = ?4, "
                    "updated_at = ?4 WHERE id = ?5",
                    {stageId, target->outcome, reason.trimmed(), now, opportunityId});
    // The stage history follows from the database's trigger on stage_id.
    if (done)
        done = transaction.commit();
    return done;
}

StageMoveState PipelineService::moveState(qint64 opportunityId) const {
    StageMoveState state;
    state.opportunityId = opportunityId;
    state.opportunity =
        row(m_db.handle(),
            "SELECT stage_id, status, close_reason, closed_at, probability FROM opportunities "
            "WHERE id = ?1",
            {opportunityId});
    state.history = rows(m_db.handle(),
                         "SELECT id, stage_id, entered_at, left_at, created_at, updated_at "
                         "FROM opportunity_stage_history WHERE opportunity_id = ?1 ORDER BY id",
                         {opportunityId});
    return state;
}

Status PipelineService::restoreMoveState(const StageMoveState& state) {
    sqlite3* db = m_db.handle();
    if (state.opportunity.isEmpty())
        return Status::failure(tr("There is no opportunity with id %1.").arg(state.opportunityId));
    // The history comes back row for row; the triggers must not add a visit for this change of stage.
    const Database::ReplayScope replay(m_db);
    Transaction transaction(db);
    const QVariantMap& o = state.opportunity;
    Status done =
        exec(db,
             "UPDATE opportunities SET stage_id = ?1, status = ?2, close_reason = ?3, closed_at = ?4, "
             "probability = ?5, updated_at = ?6 WHERE id = ?7",
             {o.value(QStringLiteral("stage_id")), o.value(QStringLiteral("status")),
              o.value(QStringLiteral("close_reason")), o.value(QStringLiteral("closed_at")),
              o.value(QStringLiteral("probability")), sales::nowUtc(), state.opportunityId});
    if (done && sqlite3_changes(db) == 0)
        return Status::failure(tr("There is no opportunity with id %1.").arg(state.opportunityId));
    QStringList kept;
    for (const QVariantMap& visit : state.history) {
        if (!done)
            return done;
        kept << visit.value(QStringLiteral("id")).toString();
        done = exec(
            db,
            "INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at, left_at, "
            "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
            "ON CONFLICT (id) DO UPDATE SET left_at = excluded.left_at, updated_at = excluded.updated_at "
            "WHERE left_at IS NOT excluded.left_at",
            {visit.value(QStringLiteral("id")), state.opportunityId, visit.value(QStringLiteral("stage_id")),
             visit.value(QStringLiteral("entered_at")), visit.value(QStringLiteral("left_at")),
             visit.value(QStringLiteral("created_at")), visit.value(QStringLiteral("updated_at"))});
    }
    if (done)
        done = exec(db,
                    "DELETE FROM opportunity_stage_history WHERE opportunity_id = ?1 AND id NOT IN "
                    "(SELECT value FROM json_each(?2))",
                    {state.opportunityId, QStringLiteral("[%1]").arg(kept.join(QLatin1Char(',')))});
    if (done)
        done = transaction.commit();
    return done;
}

Status PipelineService::close(qint64 opportunityId, bool won, const QString& reason) {
    const qint64 stageId =
        scalar(m_db.handle(),
               "SELECT s.id FROM stages s JOIN opportunities o ON o.pipeline_id = s.pipeline_id "
               "WHERE o.id = ?1 AND s.outcome = ?2 ORDER BY s.position, s.id LIMIT 1",
               {opportunityId, won ? QStringLiteral("won") : QStringLiteral("lost")})
            .toLongLong();
    if (!stageId)
        return Status::failure(won ? tr("The opportunity's pipeline has no won stage.")
                                   : tr("The opportunity's pipeline has no lost stage."));
    return move(opportunityId, stageId, reason);
}

QList<StageVisit> PipelineService::history(qint64 opportunityId) const {
    QList<StageVisit> visits;
    for (const QVariantMap& h :
         rows(m_db.handle(),
              "SELECT h.stage_id, s.name, h.entered_at, h.left_at FROM opportunity_stage_history h "
              "JOIN stages s ON s.id = h.stage_id WHERE h.opportunity_id = ?1 ORDER BY h.entered_at, h.id",
              {opportunityId}))
        visits << StageVisit{
            h.value(QStringLiteral("stage_id")).toLongLong(), h.value(QStringLiteral("name")).toString(),
            h.value(QStringLiteral("entered_at")).toString(), h.value(QStringLiteral("left_at")).toString()};
    return visits;
}

Status PipelineService::followUp(qint64 opportunityId, const QStringList& taskTitles,
                                 const QDate& renewalDate, qint64 renewalPipelineId, qint64* renewalId) {
    sqlite3* db = m_db.handle();
    const QVariantMap o = row(db, "SELECT * FROM opportunities WHERE id = ?1", {opportunityId});
    if (o.isEmpty())
        return Status::failure(tr("There is no opportunity with id %1.").arg(opportunityId));
    if (o.value(QStringLiteral("status")).toString() != u"won")
        return Status::failure(tr("Only a won opportunity gets follow-up work."));
    Transaction transaction(db);
    QDate due = QDate::currentDate();
    const QString now = sales::nowUtc();
    for (const QString& title : taskTitles) {
        do
            due = due.addDays(1);
        while (due.dayOfWeek() > 5);
        if (Status done = exec(
                db,
                "INSERT INTO tasks (id, customer_id, contact_id, assignee_id, title, due_at, created_at, "
                "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                {m_db.ids().next(), o.value(QStringLiteral("customer_id")),
                 o.value(QStringLiteral("contact_id")), o.value(QStringLiteral("owner_id")), title,
                 due.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"), now});
            !done)
            return done;
    }
    if (renewalDate.isValid()) {
        qint64 pipeline = renewalPipelineId;
        if (!pipeline)
            pipeline =
                scalar(db,
                       "SELECT id FROM pipelines WHERE lower(name) LIKE '%renew%' ORDER BY position LIMIT 1")
                    .toLongLong();
        OpportunityDraft draft;
        draft.title = tr("Renewal: %1").arg(o.value(QStringLiteral("title")).toString());
        draft.customerId = o.value(QStringLiteral("customer_id")).toLongLong();
        draft.contactId = o.value(QStringLiteral("contact_id")).toLongLong();
        draft.pipelineId = pipeline ? pipeline : o.value(QStringLiteral("pipeline_id")).toLongLong();
        draft.amountMinor = o.value(QStringLiteral("amount_minor")).toLongLong();
        draft.currency = o.value(QStringLiteral("currency")).toString();
        draft.expectedClose = renewalDate;
        draft.ownerId = o.value(QStringLiteral("owner_id")).toLongLong();
        draft.source = QStringLiteral("renewal");
        draft.renewalOfId = opportunityId;
        const WriteResult written = createOpportunity(draft);
        if (!written.ok())
            return Status::failure(written.message());
        if (renewalId)
            *renewalId = written.id;
    }
    return transaction.commit();
}

Status PipelineService::ensureDefaultPipelines() {
    sqlite3* db = m_db.handle();
    if (scalar(db, "SELECT count(*) FROM pipelines").toLongLong() > 0)
        return Status::success();
    struct StageSpec {
        const char* name;
        int probability;
        const char* outcome;
    };
    const QList<std::pair<QString, QList<StageSpec>>> specs{{tr("New business"),
                                                             {{QT_TR_NOOP("Qualification"), 10, "open"},
                                                              {QT_TR_NOOP("Needs analysis"), 25, "open"},
                                                              {QT_TR_NOOP("Proposal"), 50, "open"},
                                                              {QT_TR_NOOP("Negotiation"), 75, "open"},
                                                              {QT_TR_NOOP("Won"), 100, "won"},
                                                              {QT_TR_NOOP("Lost"), 0, "lost"}}},
                                                            {tr("Renewals"),
                                                             {{QT_TR_NOOP("Upcoming"), 60, "open"},
                                                              {QT_TR_NOOP("In talks"), 80, "open"},
                                                              {QT_TR_NOOP("Renewed"), 100, "won"},
                                                              {QT_TR_NOOP("Churned"), 0, "lost"}}}};
    Transaction transaction(db);
    const QString now = sales::nowUtc();
    int pipelinePosition = 0;
    // Fixed ids, the same on every copy of the database: an office and a field copy that each set up the
    // defaults (on first opening the sales views) sync them as the same records instead of two of each.
    // Generated ids are far above these (milliseconds since 2024 shifted by 22 bits).
    for (const auto& [name, stages] : specs) {
        const qint64 pipelineId = pipelinePosition + 1;
        if (Status done = exec(db,
                               "INSERT INTO pipelines (id, name, position, created_at, updated_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?4)",
                               {pipelineId, name, pipelinePosition++, now});
            !done)
            return done;
        int position = 0;
        for (const StageSpec& s : stages)
            if (Status done =
                    exec(db,
                         "INSERT INTO stages (id, pipeline_id, name, position, probability, outcome, "
                         "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                         {pipelineId * 100 + position + 1, pipelineId, tr(s.name), position++, s.probability,
                          QString::fromLatin1(s.outcome), now});
                !done)
                return done;
    }
    return transaction.commit();
}

} // namespace rapport
