#pragma once

#include "Prompts.h"

#include <QStringList>
#include <QTest>
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

// Collects the warnings a page shows (in *warnings) instead of opening message boxes.
inline Prompts warningsInto(QStringList* warnings) {
    Prompts prompts;
    prompts.warn = [warnings](const QString&, const QString& text) {
        *warnings << text;
    };
    return prompts;
}

// Processes events until the condition holds or the time is up; true when it held. Use it inside Catch's
// REQUIRE: QtTest's QTRY_ macros only return from the test case when they fail, so the failure went unseen.
template <typename Condition> bool eventually(Condition condition, int timeoutMs = 5000) {
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace rapport::test
