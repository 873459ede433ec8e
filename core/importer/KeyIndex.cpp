#include "importer/KeyIndex.h"

namespace rapport {

std::uint64_t KeyIndex::hashKey(char kind, std::string_view key) {
    // FNV-1a, then a final avalanche (splitmix64) so linear probing spreads well.
    std::uint64_t h = 1469598103934665603ULL ^ static_cast<unsigned char>(kind);
    h *= 1099511628211ULL;
    for (const char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h == 0 ? 1 : h;
}

qint64 KeyIndex::find(std::uint64_t hash) const {
    if (m_slots.empty())
        return 0;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i].hash == hash)
            return m_slots[i].id;
        if (m_slots[i].hash == 0)
            return 0;
    }
}

void KeyIndex::insert(std::uint64_t hash, qint64 id) {
    if ((m_size + 1) * 4 > m_slots.size() * 3)
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i].hash == hash) {
            m_slots[i].id = id;
            return;
        }
        if (m_slots[i].hash == 0) {
            m_slots[i] = {hash, id};
            ++m_size;
            return;
        }
    }
}

void KeyIndex::grow() {
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    m_size = 0;
    for (const Slot& slot : old)
        if (slot.hash != 0)
            insert(slot.hash, slot.id);
}

} // namespace rapport
