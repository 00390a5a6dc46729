// SPDX-License-Identifier: GPL-3.0-or-later
#include "font_warmup.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <system_error>

#ifdef CG_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cg {

FontWarmUp::FontWarmUp() {
#ifndef CG_HAVE_FONTCONFIG
    // Without fontconfig (another platform's font system) there is nothing to load early.
    return;
#endif
#ifdef __GLIBC__
    // One malloc arena for every thread. The font configuration and the font list live as long
    // as the program; made on a thread with an arena of its own, they would leave that arena
    // partly used for good (about 0.3 MiB). The GUI's few helper threads allocate little.
    mallopt(M_ARENA_MAX, 1);
#endif
    try {
        m_thread = std::thread(&FontWarmUp::run, this);
    } catch (const std::system_error &) {
        // No thread to spare: Qt loads both itself when it first needs a font.
    }
}

FontWarmUp::~FontWarmUp() {
    finish();
}

void FontWarmUp::applicationCreated() {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_applicationCreated = true;
    }
    m_changed.notify_one();
}

void FontWarmUp::finish() {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_one();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void FontWarmUp::run() {
#ifdef CG_HAVE_FONTCONFIG
    // Thread-safe, and loads the configuration once per process: Qt's font database then finds
    // it loaded.
    FcInit();
#endif
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_applicationCreated || m_finishing; });
        if (!m_applicationCreated) {
            return;
        }
    }
    // Any query fills Qt's font list (from fontconfig's) first; this one does little more.
    QFontDatabase::styles(QGuiApplication::font().family());
}

} // namespace cg
