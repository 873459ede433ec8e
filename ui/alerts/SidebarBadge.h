#pragma once

#include <QStyledItemDelegate>

namespace rapport {

// Draws a count as a red pill at the trailing end of a sidebar row whose item holds a positive number in
// SidebarBadge::CountRole (the alerts badge); other rows are drawn as usual.
class SidebarBadge final : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int CountRole = Qt::UserRole + 40;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rapport
