// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content_set.h"
#include "diagnostics.h"

namespace cg::compiler {

// Reads resources/content/ (meta.yaml, sources.yaml and one folder per locale) into a
// ContentSet. It checks the shape of each file; cross-references are the validator's job.
class SourceReader {
public:
    SourceReader(QString contentDir, Diagnostics &diagnostics);

    ContentSet read();

    // The per-locale file names, in the order they are read.
    static QStringList localeFiles();

private:
    void readMeta(ContentSet &content);
    void readSources(ContentSet &content);
    // `line`: where meta.yaml lists the locale, for a missing folder.
    void readLocale(ContentSet &content, const QString &code, bool isSource, int line);
    void readStrings(const QString &path, bool isSource, ContentSet &content, LocaleText &text);
    void readSection(const QString &path, const QString &key, bool isSource, ContentSet &content,
                     LocaleText &text);
    void readGlossary(const QString &path, bool isSource, ContentSet &content, LocaleText &text);
    void readRedFlags(const QString &path, bool isSource, ContentSet &content, LocaleText &text);
    QString path(const QString &relative) const;

    QString m_dir;
    Diagnostics &m_diagnostics;
};

} // namespace cg::compiler
