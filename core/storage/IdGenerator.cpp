#include "storage/IdGenerator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace rapport {
namespace {
constexpr qint64 epochMs = 1704067200000; // 2024-01-01T00:00:00Z
constexpr int tagBits = 12;
constexpr int sequenceBits = 10;
constexpr quint32 sequenceLimit = 1u << sequenceBits;
} // namespace

IdGenerator::IdGenerator() : IdGenerator(QRandomGenerator::system()->bounded(1u << tagBits)) {}

IdGenerator::IdGenerator(quint32 tag) : m_tag(tag & ((1u << tagBits) - 1)) {}

qint64 IdGenerator::next() {
    std::lock_guard lock(m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - epochMs;
    if (now > m_lastMs) {
        m_lastMs = now;
        m_sequence = 0;
    } else if (++m_sequence >= sequenceLimit) {
        ++m_lastMs;
        m_sequence = 0;
    }
    return (m_lastMs << (tagBits + sequenceBits)) | (static_cast<qint64>(m_tag) << sequenceBits) | m_sequence;
}

} // namespace rapport
