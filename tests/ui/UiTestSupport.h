#pragma once

#include "Prompts.h"

#include <QStringList>
#include <catch2/catch.hpp>

namespace rapport::test {

// Answers the main window's questions for a test: confirmations are accepted (and noted in *asked when
// given), a warning fails the test with its text, and links are not opened.
inline Prompts acceptingPrompts(QStringList* asked = nullptr) {
    Prompts prompts;
    prompts.confirm = [asked](const QString&, const QString& text) {
        if (asked)
            *asked << text;
        return true;
    };
    prompts.warn = [](const QString& title, const QString& text) {
        FAIL((title + QStringLiteral(": ") + text).toStdString());
    };
    prompts.openUrl = [](const QUrl&) {
    };
    return prompts;
}

} // namespace rapport::test
