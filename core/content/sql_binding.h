// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QVariantList>

namespace cg {

// Binds values in order. A null QString would bind as SQL NULL, which breaks NOT NULL text
// columns and "? = ''" filters, so it is bound as the empty string: for our text, "none" is ''.
inline void bindValues(QSqlQuery &query, const QVariantList &values) {
    for (const QVariant &value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QString::fromLatin1("")) : value);
    }
}

} // namespace cg
