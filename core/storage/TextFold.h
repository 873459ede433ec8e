#pragma once

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

// Folds text for searching and sorting: lower case, accents and other combining marks removed, and the
// letters that do not decompose mapped to their plain cousins (ł→l, ß→ss, final ς→σ, Arabic ي/ك→Persian ی/ک),
// so "krakow" finds "Kraków" and "ελενη" finds "Ελένη".
QString foldText(const QString& text);
// The same on UTF-8, with a fast path for plain ASCII.
std::string foldUtf8(std::string_view utf8);
// Each part transformed, joined by single spaces: rapport_fold(a, b, ...) and rapport_phone(a, b, ...) of SQL
// on their non-NULL arguments.
std::string joinTransformed(const std::vector<std::string_view>& parts,
                            std::string (*transform)(std::string_view));
// rapport_fold(a, b, ...) of SQL: the parts folded and joined by single spaces.
std::string foldJoin(const std::vector<std::string_view>& parts);
// Keeps only digits (and a leading +) so "+48 (12) 555-01" and "481255501" meet in the index.
std::string phoneDigits(std::string_view utf8);

} // namespace rapport
