#pragma once

#include <QtGlobal>
#include <cstdint>
#include <string_view>

namespace rapport {

// A compact open-addressing map from 64-bit key hashes to record ids (16 bytes a slot), for duplicate checks
// over millions of rows: the keys themselves (e-mail addresses, phone numbers, names) are never stored.
// Large tables take their memory straight from the system in huge pages where it offers them: a million-row
// import keeps 64 MB of slots, and faulting that in 4 KiB pages, again at every doubling, cost it ~0.4 s.
class KeyIndex final {
public:
    KeyIndex() = default;
    ~KeyIndex();
    KeyIndex(const KeyIndex&) = delete;
    KeyIndex& operator=(const KeyIndex&) = delete;

    // 0 when absent.
    qint64 find(std::uint64_t hash) const;
    void insert(std::uint64_t hash, qint64 id);
    // Starts reading the slot where `hash` would be, for a find() or insert() soon after.
    void prefetch(std::uint64_t hash) const {
        if (m_capacity != 0)
            __builtin_prefetch(&m_slots[hash & (m_capacity - 1)]);
    }
    std::size_t size() const { return m_size; }
    // Makes room for `keys` keys in all, so that inserting up to that many never rehashes.
    void reserve(std::size_t keys);

    static std::uint64_t hashKey(char kind, std::string_view key);

private:
    struct Slot {
        std::uint64_t hash = 0; // 0: empty (hashKey never gives 0)
        qint64 id = 0;
    };
    void rehash(std::size_t slotCount);
    Slot* m_slots = nullptr;
    std::size_t m_capacity = 0; // a power of two, or 0
    std::size_t m_size = 0;
};

} // namespace rapport
