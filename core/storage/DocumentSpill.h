#pragma once

#include "storage/SearchSideBuild.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace rapport {

// Batches of search documents that the side build (storage/SearchSideBuild.h) cannot take yet, kept in a file
// beside its scratch file instead of in memory, and read back in the order they came. The load's thread
// writes and the builder's thread reads, each through a handle of its own; the builder reads a batch only
// after it was written in full (the queue between them says where). The file is removed with the object.
class DocumentSpill final {
    Q_DECLARE_TR_FUNCTIONS(DocumentSpill)
public:
    struct Place {
        qint64 offset = 0;
        qint64 size = 0;
    };
    explicit DocumentSpill(const QString& path);
    ~DocumentSpill();
    DocumentSpill(const DocumentSpill&) = delete;
    DocumentSpill& operator=(const DocumentSpill&) = delete;

    // The load's thread: appends a batch, or writes it from the start of the file when `rewind` (every batch
    // written before has been read back), and says where it went.
    Status write(const SearchSideBuild::Documents& documents, bool rewind, Place* place);
    // The builder's thread: reads back the batch written at `place`.
    Status read(const Place& place, SearchSideBuild::Documents* documents);

private:
    QString m_path;
    QFile m_writer;
    QFile m_reader;
    qint64 m_end = 0;
};

} // namespace rapport
