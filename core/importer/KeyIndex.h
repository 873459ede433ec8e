#pragma once

#include <QtGlobal>
#include <cstdint>
#include <string_view>
#include <vector>

namespace rapport {

// A compact open-addressing map from 64-bit key hashes to record ids (16 bytes a slot), for duplicate checks
// over millions of rows: the keys themselves (e-mail addresses, phone numbers, names) are never stored.
class KeyIndex final {
public:
    // 0 when absent.
    qint64 find(std::uint64_t hash) const;
    void insert(std::uint64_t hash, qint64 id);
    std::size_t size() const { return m_size; }

    static std::uint64_t hashKey(char kind, std::string_view key);

private:
    struct Slot {
        std::uint64_t hash = 0;
        qint64 id = 0;
    };
    void grow();
    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

} // namespace rapport
