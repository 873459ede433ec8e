#pragma once

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <functional>

class QLabel;
class QWidget;

namespace rapport {

class Database;

// Edit ▸ Settings…: the company letterhead the quote PDF prints (name, address lines, phone, e-mail, website,
// tax or registration id, the terms of a new quote) and an optional logo image, saved in one transaction.
// Editors are named "setting_<key>"; a refused value is shown in "settingsError" and nothing is saved.
class LetterheadDialog final : public QDialog {
    Q_OBJECT
public:
    LetterheadDialog(Database& db, QWidget* parent = nullptr);

    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    // Replaceable for tests: the image file to use as the logo (empty: cancelled).
    std::function<QString()> chooseLogoFile;
    // Reads an image file as the new logo (shown at once, saved with Save); false with a message if refused.
    bool loadLogo(const QString& path);

public slots:
    void save();

private:
    void showLogo();
    Database& m_db;
    QHash<QString, QWidget*> m_editors;
    QByteArray m_logo;
    QLabel* m_logoPreview = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport
