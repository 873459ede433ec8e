#include "sync/SyncPage.h"

#include "sync/SyncFolderWatch.h"

#include "Prompts.h"
#include "storage/Database.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace rapport {
namespace {

using namespace rapport::sync;

QString when(const QDateTime& at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : SyncPage::tr("never");
}

QString shown(const QVariant& value) {
    return value.isNull() || !value.isValid() ? SyncPage::tr("(empty)") : value.toString();
}

// What one look at the watched folder did, filled on the worker thread and read when it is done.
struct WatchOutcome {
    int imported = 0;
    qint64 applied = 0;
    qint64 conflicts = 0;
    QStringList refusals;
};

// Imports the files; the refused ones are tried again while others succeed (a package that came in after
// its successor fills the gap), then reported.
void importAll(Database& db, QStringList pending, WatchOutcome* outcome) {
    bool progress = true;
    while (progress && !pending.isEmpty()) {
        progress = false;
        QStringList refused;
        outcome->refusals.clear();
        for (const QString& file : std::as_const(pending)) {
            ImportResult result;
            if (const Status done = SyncService(db).importPackage(file, &result); !done) {
                refused << file;
                outcome->refusals << done.message();
                continue;
            }
            progress = true;
            ++outcome->imported;
            outcome->applied += result.applied;
            outcome->conflicts += result.conflicts;
        }
        pending = refused;
    }
}

QTableWidget* makeTable(const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString describe(const Conflict& c) {
    const QString record =
        c.recordName.isEmpty() ? QStringLiteral("%1 %2").arg(c.table, c.pk.toString()) : c.recordName;
    switch (c.kind) {
    case ConflictKind::Deleted:
        return SyncPage::tr("%1 was deleted on %2 while %3 edited it")
            .arg(record, c.keptDevice, c.otherDevice);
    case ConflictKind::Orphan:
        return SyncPage::tr("%1 belongs to a record deleted elsewhere").arg(record);
    case ConflictKind::Duplicate:
        return SyncPage::tr("%1 looks like a duplicate (same e-mail %2, created on two copies)")
            .arg(record, shown(c.keptValue));
    case ConflictKind::Field:
        break;
    }
    return record;
}

} // namespace

SyncPage::SyncPage(Database& db, const Prompts* prompts, QWidget* parent)
    : QWidget(parent), m_db(db), m_prompts(prompts) {
    setObjectName(QStringLiteral("syncPage"));
    m_identity = new QLabel;
    m_identity->setObjectName(QStringLiteral("syncIdentity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("syncState"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMinimumWidth(260);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel = true;
        m_cancel->setEnabled(false);
        m_message->setText(tr("Cancelling…"));
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(200);
    connect(m_progressTimer, &QTimer::timeout, this, &SyncPage::showProgress);
    m_export = new QPushButton(tr("Export changes for the office…"));
    m_export->setObjectName(QStringLiteral("syncExport"));
    m_import = new QPushButton(tr("Import from the office…"));
    m_import->setObjectName(QStringLiteral("syncImport"));
    connect(m_export, &QPushButton::clicked, this, &SyncPage::exportChanges);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::importPackage);
    m_watchButton = new QPushButton(tr("Watch a folder…"));
    m_watchButton->setObjectName(QStringLiteral("syncWatch"));
    m_watchButton->setToolTip(
        tr("Import every new package that appears in a folder, such as a shared folder"));
    m_stopWatching = new QPushButton(tr("Stop watching"));
    m_stopWatching->setObjectName(QStringLiteral("syncStopWatching"));
    m_watchLabel = new QLabel;
    m_watchLabel->setObjectName(QStringLiteral("syncWatchedFolder"));
    m_watchLabel->setWordWrap(true);
    connect(m_watchButton, &QPushButton::clicked, this, &SyncPage::watchFolder);
    connect(m_stopWatching, &QPushButton::clicked, this, &SyncPage::stopWatching);
    m_watch = new SyncFolderWatch(db.path(), this);
    connect(m_watch, &SyncFolderWatch::changed, this, &SyncPage::scanWatchedFolder);

    m_conflicts = makeTable(QStringLiteral("syncConflicts"),
                            {tr("Record"), tr("Field"), tr("Value kept"), tr("Other value")});
    m_takeOther = new QPushButton(tr("Take the other value"));
    m_takeOther->setObjectName(QStringLiteral("syncTakeOther"));
    m_keep = new QPushButton(tr("Keep this value"));
    m_keep->setObjectName(QStringLiteral("syncKeep"));
    m_restore = new QPushButton(tr("Restore the record"));
    m_restore->setObjectName(QStringLiteral("syncRestore"));
    m_dismiss = new QPushButton(tr("Dismiss"));
    m_dismiss->setObjectName(QStringLiteral("syncDismiss"));
    connect(m_takeOther, &QPushButton::clicked, this, &SyncPage::takeOtherValue);
    connect(m_keep, &QPushButton::clicked, this, &SyncPage::keepCurrent);
    connect(m_restore, &QPushButton::clicked, this, &SyncPage::restoreRecord);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncPage::dismiss);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);

    m_history = makeTable(QStringLiteral("syncHistory"),
                          {tr("When"), tr("What"), tr("File"), tr("Other copy"), tr("Changes")});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    buttons->addStretch();
    buttons->addWidget(m_watchButton);
    buttons->addWidget(m_stopWatching);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_takeOther, m_keep, m_restore, m_dismiss})
        actions->addWidget(b);
    actions->addStretch();
    auto* inbox = new QGroupBox(tr("Conflict inbox"));
    auto* inboxLayout = new QVBoxLayout(inbox);
    inboxLayout->addWidget(m_conflicts);
    inboxLayout->addLayout(actions);
    auto* history = new QGroupBox(tr("History"));
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identity);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_watchLabel);
    auto* running = new QHBoxLayout;
    running->addWidget(m_message, 1);
    running->addWidget(m_progress);
    running->addWidget(m_cancel);
    layout->addLayout(running);
    layout->addWidget(inbox, 2);
    layout->addWidget(history, 1);
    refresh();
    updateWatchLabel();
    QTimer::singleShot(0, this, &SyncPage::scanWatchedFolder); // what arrived while the program was closed
}

SyncPage::~SyncPage() {
    if (m_worker)
        m_worker->wait();
}

void SyncPage::refresh() {
    SyncService service(m_db);
    const SyncStatus s = service.status();
    m_identity->setText(
        s.hub.isEmpty()
            ? tr("<b>%1</b> — the office copy (device %2)").arg(s.deviceName.toHtmlEscaped(), s.deviceId)
            : tr("<b>%1</b> — field copy of %2%3 (device %4)")
                  .arg(s.deviceName.toHtmlEscaped(), s.hubName.toHtmlEscaped(),
                       s.subset.isEmpty() ? QString() : tr(", %1").arg(s.subset.toHtmlEscaped()),
                       s.deviceId));
    m_state->setText(tr("Pending changes: %1 · Open conflicts: %2 · Last export: %3 · Last import: %4")
                         .arg(locale().toString(s.pendingChanges), locale().toString(s.openConflicts))
                         .arg(when(s.lastExport), when(s.lastImport)));
    m_export->setText(s.hub.isEmpty() ? tr("Export changes for the field copies…")
                                      : tr("Export changes for the office…"));
    m_import->setText(s.hub.isEmpty() ? tr("Import from a field copy…") : tr("Import from the office…"));

    const QList<Conflict> conflicts = service.conflicts(true);
    m_conflicts->setRowCount(static_cast<int>(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const Conflict& c = conflicts[row];
        const bool field = c.kind == ConflictKind::Field;
        const QStringList cells = {
            field ? (c.recordName.isEmpty() ? c.pk.toString() : c.recordName) : describe(c), c.column,
            field ? tr("%1 (%2, %3)").arg(shown(c.keptValue), c.keptDevice, when(c.keptAt)) : QString(),
            field ? tr("%1 (%2, %3)").arg(shown(c.otherValue), c.otherDevice, when(c.otherAt)) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, static_cast<int>(c.kind));
            m_conflicts->setItem(row, column, item);
        }
    }
    m_conflicts->resizeColumnsToContents();

    const QList<PackageRecord> history = service.history(50);
    m_history->setRowCount(static_cast<int>(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const PackageRecord& r = history[row];
        const QString what = r.direction == u"export"   ? tr("Exported")
                             : r.direction == u"import" ? tr("Imported")
                                                        : tr("Field copy made");
        const QStringList cells = {when(r.at), what, r.fileName, r.peer,
                                   tr("%1 (%2 already here, %3 conflicts)")
                                       .arg(locale().toString(r.changes), locale().toString(r.skipped),
                                            locale().toString(r.conflicts))};
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_history->resizeColumnsToContents();
    updateButtons();
}

void SyncPage::showProgress() {
    if (!m_running || m_running->total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(m_running->done * 1000 / m_running->total));
}

qint64 SyncPage::selectedConflict() const {
    const QList<QTableWidgetItem*> items = m_conflicts->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void SyncPage::updateButtons() {
    const QList<QTableWidgetItem*> items = m_conflicts->selectedItems();
    const int kind = items.isEmpty() ? -1 : items.first()->data(Qt::UserRole + 1).toInt();
    const bool busy = isBusy();
    m_takeOther->setEnabled(!busy && kind == static_cast<int>(ConflictKind::Field));
    m_keep->setEnabled(!busy && kind == static_cast<int>(ConflictKind::Field));
    m_restore->setEnabled(!busy && (kind == static_cast<int>(ConflictKind::Deleted) ||
                                    kind == static_cast<int>(ConflictKind::Orphan)));
    m_dismiss->setEnabled(!busy && kind >= 0);
    m_export->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_watchButton->setEnabled(!busy);
    m_stopWatching->setEnabled(!busy && !watchedFolder().isEmpty());
}

QString SyncPage::watchedFolder() const {
    return m_watch->folder();
}

void SyncPage::updateWatchLabel() {
    const QString folder = watchedFolder();
    if (folder.isEmpty())
        m_watchLabel->setText(tr("No folder is watched."));
    else if (!QFileInfo(folder).isDir())
        m_watchLabel->setText(
            tr("Watched folder: %1 (not available now)").arg(QDir::toNativeSeparators(folder)));
    else
        m_watchLabel->setText(tr("Watched folder: %1 — new packages in it are imported automatically.")
                                  .arg(QDir::toNativeSeparators(folder)));
}

void SyncPage::watchFolder() {
    const QString start = watchedFolder().isEmpty()
                              ? QSettings().value(QStringLiteral("sync/folder"), QDir::homePath()).toString()
                              : watchedFolder();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Watch a folder for sync packages"), start);
    if (!folder.isEmpty())
        setWatchedFolder(folder);
}

void SyncPage::stopWatching() {
    setWatchedFolder(QString());
}

void SyncPage::setWatchedFolder(const QString& folder) {
    m_watch->setFolder(folder);
    updateWatchLabel();
    updateButtons();
    m_message->setText(folder.isEmpty() ? tr("The folder is no longer watched.")
                                        : tr("Watching %1.").arg(QDir::toNativeSeparators(watchedFolder())));
    scanWatchedFolder();
}

void SyncPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateWatchLabel();
    scanWatchedFolder();
}

void SyncPage::scanWatchedFolder() {
    if (watchedFolder().isEmpty())
        return;
    if (isBusy()) {
        m_rescan = true;
        return;
    }
    const QStringList files = m_watch->pendingFiles();
    if (files.isEmpty())
        return;
    auto outcome = std::make_shared<WatchOutcome>();
    run(
        tr("Importing %n package(s) from the watched folder…", nullptr, static_cast<int>(files.size())),
        [files, outcome](Database& db, const auto&) {
            importAll(db, files, outcome.get());
            return QString();
        },
        true,
        [this, files, outcome](const QString& failure) {
            QStringList lines;
            if (!failure.isEmpty()) {
                lines << failure; // the database could not be opened: the files are tried again later
            } else {
                m_watch->markHandled(files); // refusals are reported once, not on every look
                if (outcome->imported > 0)
                    lines << tr("Imported %n package(s) from the watched folder: %1 changes, %2 conflicts.",
                                nullptr, outcome->imported)
                                 .arg(outcome->applied)
                                 .arg(outcome->conflicts);
                lines << outcome->refusals;
            }
            const QString message = lines.join(QLatin1Char('\n'));
            m_message->setText(message);
            emit folderImported(message, outcome->imported, static_cast<int>(outcome->refusals.size()));
        });
}

void SyncPage::exportChanges() {
    QSettings settings;
    const QString folder = watchedFolder().isEmpty()
                               ? settings.value(QStringLiteral("sync/folder"), QDir::homePath()).toString()
                               : watchedFolder();
    const QString name =
        QStringLiteral("rapport-%1-%2.rsync")
            .arg(SyncService(m_db).status().deviceName.replace(QLatin1Char(' '), QLatin1Char('-')),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export changes"), QDir(folder).filePath(name),
                                                      tr("Rapport sync packages (*.rsync)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("sync/folder"), QFileInfo(path).absolutePath());
    exportTo(path);
}

void SyncPage::importPackage() {
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("sync/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a sync package"), folder,
                                                      tr("Rapport sync packages (*.rsync);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("sync/folder"), QFileInfo(path).absolutePath());
    importFrom(path);
}

void SyncPage::exportTo(const QString& path) {
    run(
        tr("Exporting changes…"),
        [path](Database& db, const auto& progress) {
            ExportResult result;
            const Status done = SyncService(db).exportPackage(path, &result, {}, progress);
            return done ? QString() : done.message();
        },
        false,
        [this, path](const QString&) {
            // This copy's own package in the watched folder is not for importing here.
            if (!watchedFolder().isEmpty() && QFileInfo(path).absolutePath() == watchedFolder())
                m_watch->markHandled({QFileInfo(path).absoluteFilePath()});
        });
}

void SyncPage::importFrom(const QString& path) {
    run(tr("Importing changes…"), [path](Database& db, const auto& progress) {
        ImportResult result;
        const Status done = SyncService(db).importPackage(path, &result, progress);
        return done ? QString() : done.message();
    });
}

void SyncPage::run(const QString& label, Job job, bool quiet, std::function<void(const QString&)> after) {
    if (m_worker)
        return;
    m_message->setText(label);
    const QString path = m_db.path();
    auto* outcome = new QString;
    auto state = std::make_shared<RunProgress>();
    m_running = state;
    m_worker = QThread::create([path, job, outcome, state] {
        Database db; // long work runs on its own connection
        const Status opened = db.open(path);
        const auto progress = [state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancel;
        };
        *outcome = opened ? job(db, progress) : opened.message();
    });
    if (!quiet) {
        m_progress->setRange(0, 0); // busy until the first report
        m_progress->show();
        m_cancel->setEnabled(true);
        m_cancel->show();
        m_progressTimer->start();
    }
    connect(m_worker, &QThread::finished, this, [this, outcome, quiet, after] {
        const QString message = *outcome;
        delete outcome;
        m_worker->deleteLater();
        m_worker = nullptr;
        m_running.reset();
        m_progressTimer->stop();
        m_progress->hide();
        m_cancel->hide();
        if (!quiet)
            m_message->setText(message.isEmpty() ? tr("Done.") : message);
        refresh();
        if (after)
            after(message);
        if (!quiet && !message.isEmpty() && m_prompts && m_prompts->warn)
            m_prompts->warn(tr("Sync"), message);
        emit dataChanged();
        if (!quiet)
            emit finished(message, message.isEmpty());
        if (m_rescan) {
            m_rescan = false;
            scanWatchedFolder();
        }
    });
    updateButtons();
    m_worker->start();
}

void SyncPage::resolveSelected(int resolution) {
    const qint64 id = selectedConflict();
    if (!id)
        return;
    const Status done = SyncService(m_db).resolve(id, static_cast<Resolution>(resolution));
    m_message->setText(done ? tr("Settled; the choice goes out with the next export.") : done.message());
    refresh();
    emit dataChanged();
}

void SyncPage::takeOtherValue() {
    resolveSelected(static_cast<int>(Resolution::TakeOther));
}

void SyncPage::keepCurrent() {
    resolveSelected(static_cast<int>(Resolution::KeepCurrent));
}

void SyncPage::restoreRecord() {
    resolveSelected(static_cast<int>(Resolution::Restore));
}

void SyncPage::dismiss() {
    resolveSelected(static_cast<int>(Resolution::Dismiss));
}

} // namespace rapport
