#include "Prompts.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPointer>

namespace rapport {

Prompts Prompts::interactive(QWidget* parent) {
    QPointer<QWidget> window(parent);
    Prompts prompts;
    prompts.confirm = [window](const QString& title, const QString& text) {
        return QMessageBox::question(window, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    prompts.warn = [window](const QString& title, const QString& text) {
        QMessageBox::warning(window, title, text);
    };
    prompts.openUrl = [](const QUrl& url) {
        QDesktopServices::openUrl(url);
    };
    return prompts;
}

} // namespace rapport
