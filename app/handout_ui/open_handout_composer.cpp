// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout_ui/open_handout_composer.h"

#include "handout_ui/handout_composer_dialog.h"

namespace cg {

void openHandoutComposer(QWidget *parent, const ContentRepository &repository,
                         LanguageManager &languages,
                         const HandoutComposerDialog::Permissions &permissions) {
    if (parent != nullptr) {
        auto *open = parent->findChild<HandoutComposerDialog *>(
            QStringLiteral("HandoutComposerDialog"), Qt::FindDirectChildrenOnly);
        if (open != nullptr) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *dialog = new HandoutComposerDialog(repository, languages, permissions, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace cg
