// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTreeWidget>

namespace cg {

class ContentRepository;

// The handout's basket: sections with their topics, each with a checkbox. A section's box
// ticks or clears all its topics. Titles are shown in the interface language so the clinician
// can read them, whatever language the handout is printed in.
class HandoutTopicTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit HandoutTopicTree(const ContentRepository &repository, QWidget *parent = nullptr);

    // Fills the tree in `locale`, keeping which topics are ticked.
    void reload(const QString &locale);

    QStringList checkedTopics() const; // in reading order
    void setCheckedTopics(const QStringList &topicIds);
    void setAllChecked(bool checked);

Q_SIGNALS:
    void basketChanged();

private:
    void onItemChanged(QTreeWidgetItem *item, int column);

    const ContentRepository &m_repository;
    bool m_updating = false;
};

} // namespace cg
