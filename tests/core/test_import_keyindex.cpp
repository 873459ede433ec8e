// The import's duplicate-key index: every key found again with its id after growth, a reservation made up
// front, and tables large enough to take their memory from the system.
#include "importer/KeyIndex.h"

#include <catch2/catch.hpp>
#include <string>

using rapport::KeyIndex;

namespace {

std::uint64_t emailKey(int n) {
    return KeyIndex::hashKey('m', "person" + std::to_string(n) + "@example.com");
}

} // namespace

TEST_CASE("the key index finds every key it was given, grown or reserved", "[import]") {
    const int keys = GENERATE(10, 5000, 300000); // 300,000 keys: 8 MiB of slots, mapped from the system
    const bool reserved = GENERATE(false, true);
    KeyIndex index;
    if (reserved)
        index.reserve(static_cast<std::size_t>(keys));
    for (int n = 0; n < keys; ++n) {
        index.prefetch(emailKey(n));
        index.insert(emailKey(n), 1000 + n);
    }
    CHECK(index.size() == static_cast<std::size_t>(keys));
    int found = 0;
    for (int n = 0; n < keys; ++n)
        found += index.find(emailKey(n)) == 1000 + n ? 1 : 0;
    CHECK(found == keys);
    // Other kinds of key with the same text, and keys never given, are absent.
    CHECK(index.find(KeyIndex::hashKey('p', "person0@example.com")) == 0);
    CHECK(index.find(emailKey(keys)) == 0);
    // A key given again takes the new id and is not counted twice.
    index.insert(emailKey(0), 7);
    CHECK(index.find(emailKey(0)) == 7);
    CHECK(index.size() == static_cast<std::size_t>(keys));
}

TEST_CASE("an empty key index answers lookups and a reservation keeps what it holds", "[import]") {
    KeyIndex index;
    CHECK(index.find(emailKey(1)) == 0);
    index.prefetch(emailKey(1)); // nothing to read yet: no crash
    index.insert(emailKey(1), 11);
    index.insert(emailKey(2), 12);
    index.reserve(200000); // grows to a mapped table with both keys moved over
    CHECK(index.find(emailKey(1)) == 11);
    CHECK(index.find(emailKey(2)) == 12);
    index.reserve(10); // smaller than it is: nothing changes
    CHECK(index.size() == 2);
    CHECK(index.find(emailKey(2)) == 12);
}
