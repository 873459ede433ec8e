#pragma once

#include <QtGlobal>
#include <mutex>

namespace rapport {

// Globally unique, time-ordered 63-bit ids: 41 bits of milliseconds since 2024-01-01, a 12-bit tag drawn at
// random for each generator (so two laptops, or two programs on one file, draw from different streams) and a
// 10-bit sequence within the millisecond. When the sequence runs out the generator borrows the next
// millisecond, so bulk imports never wait. Ids ascend in creation order, which keeps B-tree inserts
// appending.
class IdGenerator final {
public:
    IdGenerator();
    explicit IdGenerator(quint32 tag);
    qint64 next();
    quint32 tag() const { return m_tag; }

private:
    std::mutex m_mutex;
    quint32 m_tag;
    qint64 m_lastMs = 0;
    quint32 m_sequence = 0;
};

} // namespace rapport
