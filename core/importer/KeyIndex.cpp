#include "importer/KeyIndex.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <new>
#include <sys/mman.h>

namespace rapport {
namespace {

// Tables from this size are mapped on their own (zeroed by the system, returned to it when freed) and, on
// Linux, asked for in transparent huge pages.
constexpr std::size_t mappedFrom = std::size_t{2} << 20;

void* allocateZeroed(std::size_t bytes) {
    if (bytes < mappedFrom) {
        void* memory = std::calloc(1, bytes);
        if (!memory)
            throw std::bad_alloc();
        return memory;
    }
    void* memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(memory, bytes, MADV_HUGEPAGE); // advice only: without huge pages the table works the same
#endif
    return memory;
}

void release(void* memory, std::size_t bytes) {
    if (!memory)
        return;
    if (bytes < mappedFrom)
        std::free(memory);
    else
        munmap(memory, bytes);
}

} // namespace

KeyIndex::~KeyIndex() {
    release(m_slots, m_capacity * sizeof(Slot));
}

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
    if (m_capacity == 0)
        return 0;
    const std::size_t mask = m_capacity - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i].hash == hash)
            return m_slots[i].id;
        if (m_slots[i].hash == 0)
            return 0;
    }
}

void KeyIndex::insert(std::uint64_t hash, qint64 id) {
    if ((m_size + 1) * 4 > m_capacity * 3) // at most three quarters full
        rehash(m_capacity == 0 ? 1024 : m_capacity * 2);
    const std::size_t mask = m_capacity - 1;
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

void KeyIndex::reserve(std::size_t keys) {
    const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(1024, keys + keys / 3 + 1));
    if (wanted > m_capacity)
        rehash(wanted);
}

void KeyIndex::rehash(std::size_t slotCount) {
    Slot* const old = m_slots;
    const std::size_t oldCapacity = m_capacity;
    m_slots = static_cast<Slot*>(allocateZeroed(slotCount * sizeof(Slot)));
    m_capacity = slotCount;
    m_size = 0;
    for (std::size_t i = 0; i < oldCapacity; ++i)
        if (old[i].hash != 0)
            insert(old[i].hash, old[i].id);
    release(old, oldCapacity * sizeof(Slot));
}

} // namespace rapport
