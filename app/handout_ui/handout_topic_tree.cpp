// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout_ui/handout_topic_tree.h"

#include "content/content_repository.h"

#include <QHeaderView>

namespace cg {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

HandoutTopicTree::HandoutTopicTree(const ContentRepository &repository, QWidget *parent)
    : QTreeWidget(parent), m_repository(repository) {
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTreeWidget::itemChanged, this, &HandoutTopicTree::onItemChanged);
}

void HandoutTopicTree::reload(const QString &locale) {
    const QStringList checked = checkedTopics();
    const bool firstFill = topLevelItemCount() == 0;
    m_updating = true;
    clear();
    for (const QString &key : kSectionKeys) {
        const auto section = m_repository.section(key, locale);
        auto *sectionItem = new QTreeWidgetItem(this);
        sectionItem->setText(0, section ? section->title : key);
        sectionItem->setData(0, kIdRole, key);
        sectionItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                              Qt::ItemIsAutoTristate);
        const QList<Topic> topics = m_repository.topics(key, locale);
        for (const Topic &topic : topics) {
            auto *topicItem = new QTreeWidgetItem(sectionItem);
            topicItem->setText(0, topic.title);
            topicItem->setData(0, kIdRole, topic.id);
            topicItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            topicItem->setCheckState(0, checked.contains(topic.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    expandAll();
    m_updating = false;
    if (!firstFill) {
        Q_EMIT basketChanged();
    }
}

QStringList HandoutTopicTree::checkedTopics() const {
    QStringList result;
    for (int s = 0; s < topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = topLevelItem(s);
        for (int t = 0; t < section->childCount(); ++t) {
            const QTreeWidgetItem *topic = section->child(t);
            if (topic->checkState(0) == Qt::Checked) {
                result.append(topic->data(0, kIdRole).toString());
            }
        }
    }
    return result;
}

void HandoutTopicTree::setCheckedTopics(const QStringList &topicIds) {
    m_updating = true;
    for (int s = 0; s < topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = topLevelItem(s);
        for (int t = 0; t < section->childCount(); ++t) {
            QTreeWidgetItem *topic = section->child(t);
            topic->setCheckState(0, topicIds.contains(topic->data(0, kIdRole).toString())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
        }
    }
    m_updating = false;
    Q_EMIT basketChanged();
}

void HandoutTopicTree::setAllChecked(bool checked) {
    QStringList all;
    if (checked) {
        for (int s = 0; s < topLevelItemCount(); ++s) {
            const QTreeWidgetItem *section = topLevelItem(s);
            for (int t = 0; t < section->childCount(); ++t) {
                all.append(section->child(t)->data(0, kIdRole).toString());
            }
        }
    }
    setCheckedTopics(all);
}

void HandoutTopicTree::onItemChanged(QTreeWidgetItem *item, int column) {
    Q_UNUSED(item);
    if (column == 0 && !m_updating) {
        Q_EMIT basketChanged();
    }
}

} // namespace cg
