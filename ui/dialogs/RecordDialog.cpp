#include "dialogs/RecordDialog.h"

#include "ChoiceText.h"
#include "dialogs/ReferenceCombo.h"
#include "sales/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace rapport {
namespace {

const QDate noDate(1900, 1, 1);

QString storedDateTime(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

RecordDialog::RecordDialog(Database& db, const EntityDescriptor& entity, const QVariantMap& values,
                           Saver saver, QWidget* parent)
    : QDialog(parent), m_db(db), m_entity(entity), m_saver(std::move(saver)) {
    setObjectName(QStringLiteral("recordDialog"));
    setAttribute(Qt::WA_DeleteOnClose);

    // The fields without a section form the main column; each titled section (addresses, consent) gets a box
    // of its own in a second column.
    QStringList sectionOrder;
    QHash<QString, QFormLayout*> sections;
    auto formFor = [&](const QString& title) {
        if (QFormLayout* existing = sections.value(title))
            return existing;
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        sections.insert(title, form);
        sectionOrder << title;
        return form;
    };
    formFor(QString());
    for (const FieldDescriptor& field : entity.fields) {
        QWidget* editor = createEditor(field);
        editor->setObjectName(QStringLiteral("field_") + field.name);
        m_editors.insert(field.name, editor);
        auto* error = new QLabel;
        error->setObjectName(QStringLiteral("error_") + field.name);
        error->setStyleSheet(QStringLiteral("color: #c62828;"));
        error->setWordWrap(true);
        error->hide();
        m_errors.insert(field.name, error);
        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        QString label = field.translatedFormLabel();
        if (field.required)
            label += QStringLiteral(" *");
        auto* labelWidget = new QLabel(label + QLatin1Char(':'));
        labelWidget->setBuddy(editor);
        formFor(field.translatedSection())->addRow(labelWidget, cell);
        setEditorValue(field, values.value(field.name));
    }
    m_initial = this->values();

    auto* fields = new QWidget;
    auto* columns = new QHBoxLayout(fields);
    auto* mainColumn = new QVBoxLayout;
    mainColumn->addLayout(sections.value(QString()));
    mainColumn->addStretch();
    columns->addLayout(mainColumn, 3);
    if (sectionOrder.size() > 1) {
        auto* sideColumn = new QVBoxLayout;
        for (const QString& title : std::as_const(sectionOrder)) {
            if (title.isEmpty())
                continue;
            auto* box = new QGroupBox(title);
            box->setLayout(sections.value(title));
            sideColumn->addWidget(box);
        }
        sideColumn->addStretch();
        columns->addLayout(sideColumn, 2);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_generalError = new QLabel;
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    // Two columns need the room; the height follows the taller column.
    const int mainRows = sections.value(QString())->rowCount();
    int sideRows = 0;
    for (const QString& title : std::as_const(sectionOrder))
        sideRows += title.isEmpty() ? 0 : sections.value(title)->rowCount() + 2;
    const int rows = qMax(mainRows, sideRows);
    resize(sectionOrder.size() > 1 ? 900 : 520, qMin(150 + rows * 30, 720));
}

QWidget* RecordDialog::createEditor(const FieldDescriptor& field) {
    switch (field.type) {
    case FieldType::LongText: {
        auto* edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        return edit;
    }
    case FieldType::Integer: {
        auto* edit = new QLineEdit;
        edit->setValidator(new QIntValidator(0, 2147483647, edit));
        return edit;
    }
    case FieldType::Money: {
        auto* edit = new QLineEdit;
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(money::formatLocalized(0, QLocale(), false));
        return edit;
    }
    case FieldType::Percent: {
        auto* edit = new QLineEdit;
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(money::formatRateLocalized(0, QLocale()));
        return edit;
    }
    case FieldType::Boolean:
        return new QCheckBox;
    case FieldType::Date: {
        auto* edit = new QDateEdit;
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("(none)"));
        edit->setDate(noDate);
        return edit;
    }
    case FieldType::DateTime: {
        auto* edit = new QDateTimeEdit;
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(QDateTime(noDate, QTime(0, 0)));
        edit->setSpecialValueText(tr("(none)"));
        edit->setDateTime(QDateTime(noDate, QTime(0, 0)));
        return edit;
    }
    case FieldType::Choice: {
        auto* combo = new QComboBox;
        if (!field.required)
            combo->addItem(QString(), QVariant());
        for (const QString& key : field.choices)
            combo->addItem(choiceText(key), key);
        return combo;
    }
    case FieldType::Reference:
        return new ReferenceCombo(m_db, field);
    case FieldType::EmailList:
    case FieldType::PhoneList:
    case FieldType::TagList: {
        auto* edit = new QLineEdit;
        edit->setPlaceholderText(tr("separate several with ;"));
        return edit;
    }
    case FieldType::Text:
    case FieldType::Url:
    case FieldType::Email:
        break;
    }
    return new QLineEdit;
}

void RecordDialog::setEditorValue(const FieldDescriptor& field, const QVariant& value) {
    QWidget* editor = m_editors.value(field.name);
    const QString text = value.isNull() ? QString() : value.toString();
    switch (field.type) {
    case FieldType::LongText:
        static_cast<QPlainTextEdit*>(editor)->setPlainText(text);
        return;
    case FieldType::Boolean:
        static_cast<QCheckBox*>(editor)->setChecked(value.toBool());
        return;
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        static_cast<QDateEdit*>(editor)->setDate(date.isValid() ? date : noDate);
        return;
    }
    case FieldType::DateTime: {
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        static_cast<QDateTimeEdit*>(editor)->setDateTime(when.isValid() ? when.toLocalTime()
                                                                        : QDateTime(noDate, QTime(0, 0)));
        return;
    }
    case FieldType::Choice: {
        auto* combo = static_cast<QComboBox*>(editor);
        const int index = combo->findData(text);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        return;
    }
    case FieldType::Reference:
        static_cast<ReferenceCombo*>(editor)->setId(value.isNull() ? 0 : value.toLongLong());
        return;
    case FieldType::Money:
        static_cast<QLineEdit*>(editor)->setText(
            value.isNull() ? QString() : money::formatLocalized(value.toLongLong(), QLocale(), false));
        return;
    case FieldType::Percent:
        static_cast<QLineEdit*>(editor)->setText(
            value.isNull() ? QString() : money::formatRateLocalized(int(value.toLongLong()), QLocale()));
        return;
    default:
        static_cast<QLineEdit*>(editor)->setText(text);
        return;
    }
}

QVariant RecordDialog::editorValue(const FieldDescriptor& field) const {
    QWidget* editor = m_editors.value(field.name);
    const auto textOrNull = [](const QString& text) {
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
    };
    switch (field.type) {
    case FieldType::LongText:
        return textOrNull(static_cast<QPlainTextEdit*>(editor)->toPlainText());
    case FieldType::Boolean:
        return static_cast<QCheckBox*>(editor)->isChecked() ? 1 : 0;
    case FieldType::Integer: {
        const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text.toLongLong());
    }
    case FieldType::Money: {
        // Typed in major units; stored in minor units. What does not read as an amount is passed on as typed
        // so the check beside the field says so.
        const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
        qint64 minor = 0;
        if (text.isEmpty())
            return {};
        return money::parseLocalized(text, QLocale(), &minor) ? QVariant(minor) : QVariant(text);
    }
    case FieldType::Percent: {
        // Typed as a percentage ("19", "7,5 %"); stored in basis points. What does not read as one is passed
        // on as typed so the check beside the field says so.
        const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
        int bp = 0;
        if (text.isEmpty())
            return {};
        return money::parseRateLocalized(text, QLocale(), &bp) ? QVariant(bp) : QVariant(text);
    }
    case FieldType::Date: {
        const QDate date = static_cast<QDateEdit*>(editor)->date();
        return date <= noDate ? QVariant() : QVariant(date.toString(Qt::ISODate));
    }
    case FieldType::DateTime: {
        const QDateTime when = static_cast<QDateTimeEdit*>(editor)->dateTime();
        return when.date() <= noDate ? QVariant() : QVariant(storedDateTime(when));
    }
    case FieldType::Choice:
        return static_cast<QComboBox*>(editor)->currentData();
    case FieldType::Reference: {
        const qint64 id = static_cast<ReferenceCombo*>(editor)->id();
        return id ? QVariant(id) : QVariant();
    }
    default:
        return textOrNull(static_cast<QLineEdit*>(editor)->text());
    }
}

QVariantMap RecordDialog::values() const {
    QVariantMap result;
    for (const FieldDescriptor& field : m_entity.fields)
        result.insert(field.name, editorValue(field));
    return result;
}

void RecordDialog::clearErrors() {
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void RecordDialog::showErrors(const WriteResult& result) {
    QWidget* first = nullptr;
    QStringList unplaced;
    for (const FieldError& error : result.fieldErrors) {
        QLabel* label = m_errors.value(error.field);
        if (!label) {
            unplaced << error.message;
            continue;
        }
        label->setText(error.message);
        label->show();
        if (!first)
            first = m_editors.value(error.field);
    }
    if (!result.status.ok())
        unplaced << result.status.message();
    if (!unplaced.isEmpty()) {
        m_generalError->setText(unplaced.join(QLatin1Char('\n')));
        m_generalError->show();
    }
    if (first)
        first->setFocus();
}

void RecordDialog::save() {
    clearErrors();
    const WriteResult result = m_saver(values());
    if (!result.ok()) {
        showErrors(result);
        return;
    }
    m_savedId = result.id;
    accept();
}

} // namespace rapport
