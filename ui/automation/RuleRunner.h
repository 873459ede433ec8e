#pragma once

#include "automation/RuleEngine.h"

#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

namespace rapport {

// Runs the event rules off the GUI thread, on its own connection to the database file: a short while after
// data changes (debounced, so a burst of edits gives one run), at start-up and when the day changes.
class RuleRunner final : public QObject {
    Q_OBJECT
public:
    explicit RuleRunner(QString databasePath, QObject* parent = nullptr);
    ~RuleRunner() override;

    bool isRunning() const;
    // How long after the last change a run starts.
    void setDelay(int milliseconds);

public slots:
    // Data changed: (re)start the debounce timer.
    void schedule();
    // Run now (when a run is going, another follows it).
    void runNow();

signals:
    // A run committed: how many rules fired and what could not be done.
    void finished(const QList<RuleFiring>& firings, const QStringList& problems, const QString& error);

private:
    void checkDay();
    QString m_path;
    QTimer* m_debounce = nullptr;
    QTimer* m_daily = nullptr;
    QDate m_lastDay;
    QPointer<QThread> m_thread;
    bool m_again = false;
};

} // namespace rapport
