#pragma once

#include <QString>

namespace rapport {

// The outcome of an operation that can fail: success, or a message for the user saying what went wrong
// and where. Cheap to copy; no exceptions cross the core's API.
class Status final {
public:
    Status() = default;
    static Status success() { return {}; }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return m_message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString& message() const { return m_message; }

private:
    explicit Status(QString message)
        : m_message(message.isEmpty() ? QStringLiteral("error") : std::move(message)) {}
    QString m_message;
};

} // namespace rapport
