// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace cg {

// Loads what the window needs before it can measure its first line of text, on a second
// thread, while the main thread connects to the display and builds the frame:
//  1. the desktop's font configuration (fontconfig reads some forty XML files and its caches,
//     2-3 ms), started before the QApplication exists, while it connects to the display;
//  2. once the application exists, Qt's list of installed fonts (1-2 ms), while the main thread
//     makes the actions, menus and toolbar.
// Both are needed once per process; the main thread then finds them done, or waits for them
// (QFontDatabase is thread-safe). Every thread of the process then shares one malloc arena (see
// the constructor). Where Qt does not use fontconfig (built without it) it does nothing. Usage
// (see program.cpp):
//     FontWarmUp fonts;                // before the QApplication
//     QApplication app(argc, argv);
//     fonts.applicationCreated();
//     ...run the window...
//     fonts.finish();                  // before the QApplication goes
class FontWarmUp {
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // The QApplication exists: the thread may go on to Qt's font list.
    void applicationCreated();
    // Waits for the thread; it must not outlive the QApplication. Without applicationCreated()
    // the thread stops after step 1.
    void finish();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_applicationCreated = false;
    bool m_finishing = false;
    std::thread m_thread;
};

} // namespace cg
