// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout_ui/handout_composer_dialog.h"

class QWidget;

namespace cg {

class ContentRepository;
class LanguageManager;

// For the main window's "Handout…" action (Ctrl+P): opens the handout composer beside the
// window, or brings the open one to the front. The composer deletes itself when closed, which
// also forgets the patient's name and note.
void openHandoutComposer(QWidget *parent, const ContentRepository &repository,
                         LanguageManager &languages,
                         const HandoutComposerDialog::Permissions &permissions = {});

} // namespace cg
