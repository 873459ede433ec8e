#include "automation/RuleRunner.h"

#include "storage/Database.h"

#include <QThread>
#include <QTimer>

namespace rapport {

RuleRunner::RuleRunner(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)) {
    qRegisterMetaType<QList<RuleFiring>>();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(2000);
    connect(m_debounce, &QTimer::timeout, this, &RuleRunner::runNow);
    m_daily = new QTimer(this);
    m_daily->setInterval(10 * 60 * 1000);
    connect(m_daily, &QTimer::timeout, this, &RuleRunner::checkDay);
    m_daily->start();
    m_lastDay = QDate::currentDate();
}

RuleRunner::~RuleRunner() {
    if (m_thread)
        m_thread->wait();
}

bool RuleRunner::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void RuleRunner::setDelay(int milliseconds) {
    m_debounce->setInterval(milliseconds);
}

void RuleRunner::schedule() {
    m_debounce->start();
}

void RuleRunner::checkDay() {
    if (QDate::currentDate() != m_lastDay) {
        m_lastDay = QDate::currentDate();
        runNow();
    }
}

void RuleRunner::runNow() {
    m_debounce->stop();
    if (isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_thread = QThread::create([this] {
        Database db;
        RuleRun run;
        run.status = db.open(m_path);
        if (run.status)
            run = RuleEngine(db).run();
        const QString error = run.status ? QString() : run.status.message();
        QMetaObject::invokeMethod(
            this, [this, run, error] { emit finished(run.firings, run.problems, error); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("rules"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_again)
            runNow();
    });
    m_thread->start();
}

} // namespace rapport
