// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cg {

class ContentRepository;
class LanguageManager;
class MainWindow;
namespace search {
class SearchEngine;
}

// Puts the search field (Ctrl+K) and find-in-page bar (Ctrl+F) into the main window and opens
// search results in it. The engine (the window's session's) must outlive the window's widgets.
void attachSearch(MainWindow &window, search::SearchEngine &engine, LanguageManager &languages);

// Makes "Handout..." (Ctrl+P) open the handout composer. A kiosk window's composer saves no
// files and prints only if the kiosk allows it.
void attachHandouts(MainWindow &window, const ContentRepository &repository,
                    LanguageManager &languages);

} // namespace cg
