#pragma once

#include <QString>
#include <QUrl>
#include <functional>

class QWidget;

namespace rapport {

// The questions and messages the window puts to the user, and the opening of tel:/mailto: links — replaceable
// so tests can answer for the user instead of a modal box.
struct Prompts {
    std::function<bool(const QString& title, const QString& text)> confirm;
    std::function<void(const QString& title, const QString& text)> warn;
    std::function<void(const QUrl& url)> openUrl;

    // Message boxes parented to the given window, and QDesktopServices for links.
    static Prompts interactive(QWidget* parent);
};

} // namespace rapport
