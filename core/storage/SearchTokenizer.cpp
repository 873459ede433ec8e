#include "storage/SearchTokenizer.h"

#include <sqlite3.h>

namespace rapport {
namespace {

bool isWordSeparator(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The length of the UTF-8 sequence a byte starts; a byte that cannot start one counts as one character.
int sequenceLength(unsigned char c) {
    if (c < 0xC0)
        return 1;
    if (c < 0xE0)
        return 2;
    if (c < 0xF0)
        return 3;
    return c < 0xF8 ? 4 : 1;
}

// The tokenizer has no options and no state; FTS5 still wants an object per table.
struct WordTrigrams {};

int createTokenizer(void*, const char** arguments, int count, Fts5Tokenizer** out) {
    (void)arguments;
    if (count != 0)
        return SQLITE_ERROR;
    *out = reinterpret_cast<Fts5Tokenizer*>(new WordTrigrams);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer* tokenizer) {
    delete reinterpret_cast<WordTrigrams*>(tokenizer);
}

int tokenize(Fts5Tokenizer*, void* context, int, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int)) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text);
    int at = 0;
    while (at < length) {
        while (at < length && isWordSeparator(bytes[at]))
            ++at;
        const int wordStart = at;
        while (at < length && !isWordSeparator(bytes[at]))
            ++at;
        const int wordEnd = at;
        // Each start of a character with two more characters after it inside the word starts a trigram.
        for (int first = wordStart; first < wordEnd;) {
            const int second = first + sequenceLength(bytes[first]);
            if (second >= wordEnd)
                break;
            const int third = second + sequenceLength(bytes[second]);
            if (third >= wordEnd)
                break;
            const int end = third + sequenceLength(bytes[third]);
            if (end > wordEnd)
                break;
            if (const int rc = token(context, 0, text + first, end - first, first, end); rc != SQLITE_OK)
                return rc;
            first = second;
        }
    }
    return SQLITE_OK;
}

fts5_api* ftsApi(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

int registerSearchTokenizer(sqlite3* db) {
    fts5_api* api = ftsApi(db);
    if (!api)
        return SQLITE_ERROR;
    fts5_tokenizer tokenizer{&createTokenizer, &deleteTokenizer, &tokenize};
    return api->xCreateTokenizer(api, "rapport_trigram", nullptr, &tokenizer, nullptr);
}

} // namespace rapport
