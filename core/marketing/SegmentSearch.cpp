#include "marketing/SegmentSearch.h"

#include "search/SearchService.h"
#include "storage/TextFold.h"

#include <QRegularExpression>
#include <QStringList>

namespace rapport {

QString segmentTrigramMatch(const QString& text) {
    const QRegularExpression separators(QStringLiteral("\\s+"));
    return SearchService::trigramMatch(foldText(text).split(separators, Qt::SkipEmptyParts));
}

bool narrowBySearchIndex(const QString& entity, const QString& field, const QString& op, const QString& text,
                         const QString& factExpression, QString* sql, QVariantList* bound,
                         qsizetype boundAt) {
    const bool customerName = entity == u"customer" && field == u"name" &&
                              (op == u"contains" || op == u"starts_with" || op == u"equals");
    const bool customerTags =
        entity == u"customer" && field == u"tags" && (op == u"has_item" || op == u"contains");
    const bool organisationTags = entity == u"contact" && field == u"organisation_tags" &&
                                  !factExpression.isEmpty() && (op == u"has_item" || op == u"contains");
    if (!customerName && !customerTags && !organisationTags)
        return false;
    if (op == u"has_item" && !text.contains(QStringLiteral("; "))) {
        // The item is one of the "; "-separated items exactly when customer_tags holds it (schema 14).
        *sql = QStringLiteral("%1 IN (SELECT customer_id FROM customer_tags WHERE tag = ?)")
                   .arg(organisationTags ? QStringLiteral("t.customer_id") : QStringLiteral("t.id"));
        // In place of the plain test's values (from boundAt on): the item alone.
        bound->erase(bound->begin() + boundAt, bound->end());
        bound->append(text);
        return true;
    }
    const QString match = segmentTrigramMatch(text);
    if (match.isEmpty())
        return false;
    const QString candidates =
        QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search MATCH ?");
    if (organisationTags) {
        QString exact = *sql;
        exact.replace(factExpression, QStringLiteral("c.tags"));
        *sql = QStringLiteral("t.customer_id IN (SELECT c.id FROM customers c WHERE c.id IN (%1) AND %2)")
                   .arg(candidates, exact);
    } else {
        *sql = QStringLiteral("(t.id IN (%1) AND %2)").arg(candidates, *sql);
    }
    bound->insert(boundAt, match);
    return true;
}

} // namespace rapport
