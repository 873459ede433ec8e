#include "storage/DocumentSpill.h"

#include <QDir>
#include <cstring>
#include <type_traits>

namespace rapport {
namespace {

using Entry = SearchSideBuild::Documents::Entry;
static_assert(std::is_trivially_copyable_v<Entry>, "entries are written to the file as they are in memory");

// A batch in the file: the number of entries, the size of the text, the entries, the text.
struct Header {
    quint64 entries = 0;
    quint64 bytes = 0;
};

} // namespace

// Both handles are unbuffered: the file is written over from its start once everything in it was read, and a
// buffered reader could serve the old bytes from its buffer after a seek.
DocumentSpill::DocumentSpill(const QString& path) : m_path(path), m_writer(path), m_reader(path) {}

DocumentSpill::~DocumentSpill() {
    m_reader.close();
    m_writer.close();
    QFile::remove(m_path);
}

Status DocumentSpill::write(const SearchSideBuild::Documents& documents, bool rewind, Place* place) {
    const auto failed = [this] {
        return Status::failure(tr("Cannot write the search documents waiting to be indexed to %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), m_writer.errorString()));
    };
    if (!m_writer.isOpen() &&
        !m_writer.open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered))
        return failed();
    const qint64 offset = rewind ? 0 : m_end;
    if (!m_writer.seek(offset))
        return failed();
    const Header header{documents.entries.size(), documents.bytes.size()};
    const qint64 entryBytes = qint64(documents.entries.size() * sizeof(Entry));
    if (m_writer.write(reinterpret_cast<const char*>(&header), sizeof header) != qint64(sizeof header) ||
        m_writer.write(reinterpret_cast<const char*>(documents.entries.data()), entryBytes) != entryBytes ||
        m_writer.write(documents.bytes.data(), qint64(documents.bytes.size())) !=
            qint64(documents.bytes.size()) ||
        !m_writer.flush())
        return failed();
    *place = {offset, qint64(sizeof header) + entryBytes + qint64(documents.bytes.size())};
    m_end = offset + place->size;
    return Status::success();
}

Status DocumentSpill::read(const Place& place, SearchSideBuild::Documents* documents) {
    const auto failed = [this](const QString& why) {
        return Status::failure(tr("Cannot read the search documents waiting to be indexed from %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), why));
    };
    if (!m_reader.isOpen() && !m_reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failed(m_reader.errorString());
    Header header;
    if (!m_reader.seek(place.offset) ||
        m_reader.read(reinterpret_cast<char*>(&header), sizeof header) != qint64(sizeof header))
        return failed(m_reader.errorString());
    const qint64 entryBytes = qint64(header.entries * sizeof(Entry));
    if (qint64(sizeof header) + entryBytes + qint64(header.bytes) != place.size)
        return failed(tr("a batch is not the size it was written with"));
    documents->entries.resize(header.entries);
    documents->bytes.resize(header.bytes);
    if (m_reader.read(reinterpret_cast<char*>(documents->entries.data()), entryBytes) != entryBytes ||
        m_reader.read(documents->bytes.data(), qint64(header.bytes)) != qint64(header.bytes))
        return failed(m_reader.errorString());
    return Status::success();
}

} // namespace rapport
