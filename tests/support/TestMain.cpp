// Catch2 entry point: a Qt application object exists for the whole run (QCoreApplication for core tests,
// QApplication on the offscreen platform for UI tests).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef RAPPORT_CORE_ONLY
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#else
#include <QApplication>
using TestApplication = QApplication;
#endif

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("RapportTests"));
    TestApplication::setApplicationName(QStringLiteral("rapport-tests"));
    return Catch::Session().run(argc, argv);
}
