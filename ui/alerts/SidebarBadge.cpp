#include "alerts/SidebarBadge.h"

#include <QPainter>
#include <QPainterPath>

namespace rapport {

void SidebarBadge::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    const int count = index.data(CountRole).toInt();
    if (count <= 0)
        return;
    const QString text = count > 99 ? QStringLiteral("99+") : option.locale.toString(count);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 10);
    const QRect row = option.rect;
    const int x = option.direction == Qt::RightToLeft ? row.left() + 6 : row.right() - 6 - width;
    const QRect pill(x, row.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, QColor(0xd0, 0x30, 0x30));
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize SidebarBadge::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(CountRole).toInt() > 0)
        size.rwidth() += option.fontMetrics.height() + 24;
    return size;
}

} // namespace rapport
