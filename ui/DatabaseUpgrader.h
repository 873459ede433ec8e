#pragma once

#include <QObject>
#include <QPointer>
#include <atomic>

class QThread;
class QWidget;

namespace rapport {

// Upgrades a database of an older schema to this version of Rapport on a worker thread, on its own
// connection, while the window shows a progress dialog with Cancel: on a large database an upgrade can take a
// minute, and the window keeps painting meanwhile. Cancelling rolls the upgrade back; the file stays as it
// was.
class DatabaseUpgrader final : public QObject {
    Q_OBJECT
public:
    explicit DatabaseUpgrader(QObject* parent = nullptr);
    ~DatabaseUpgrader() override;

    // Runs the upgrade of `path` and returns when it is over (the event loop runs meanwhile); empty on
    // success, else what went wrong or that it was cancelled.
    QString upgrade(const QString& path, QWidget* window);

signals:
    void finished(const QString& message);

private:
    QPointer<QThread> m_thread;
    std::atomic_bool m_cancelled{false};
};

} // namespace rapport
