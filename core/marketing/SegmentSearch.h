#pragma once

#include <QString>
#include <QVariantList>

namespace rapport {

// "Tags have the item" (an item without "; " in it) is answered by customer_tags (schema 14), which holds
// every customer's items, compared as the test compares them.
//
// Text tests that the trigram search index (customer_search, schema 11) can narrow: a customer's name
// containing, starting with or equal to a text, a customer's tags (or a contact's organisation's tags)
// holding an item or containing a text. The index holds each customer's folded text (lower case, no accents),
// so every customer the exact test accepts holds the trigrams of the folded text: the index gives the
// candidates in a few lookups and the exact test, unchanged, decides among them. Texts without a run of three
// characters (after folding, between spaces) have no trigram and are tested on every record as before.

// The MATCH expression for `text`: its folded words' trigrams (at most six spread over each word, always the
// first and last), each a quoted FTS5 string; empty when there is none.
QString segmentTrigramMatch(const QString& text);

// Rewrites `sql`, the exact condition compiled for (entity, field, op) with its bound values at `boundAt` in
// `bound`, into "candidates from the index AND the exact condition" and binds the MATCH expression; returns
// false and leaves both alone when the test cannot be narrowed. `factExpression` is the SQL the exact
// condition uses for a derived field (the organisation's tags of a contact).
bool narrowBySearchIndex(const QString& entity, const QString& field, const QString& op, const QString& text,
                         const QString& factExpression, QString* sql, QVariantList* bound, qsizetype boundAt);

} // namespace rapport
