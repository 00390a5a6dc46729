// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <functional>

namespace cg::test {

// A folder where writing more than a few KB fails as on a full disk.
//
// When this process may mount file systems (root in a container or VM, as in CI), it is a
// 16 KiB tmpfs mounted on a private temporary folder: the disk really fills up (ENOSPC), for
// this process and any program it starts. Where mounting is not allowed it falls back to a limit
// on the size of any file written (RLIMIT_FSIZE, with SIGXFSZ ignored), which makes the same
// write fail part-way with EFBIG; the limit is set only while limit() is alive, or in a child
// through childModifier(). CG_TEST_NO_MOUNT=1 forces the fallback, to check it.
class SmallDisk {
public:
    static constexpr qint64 kSize = 16 * 1024;

    explicit SmallDisk(qint64 size = kSize);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    bool isMounted() const { return m_mounted; }
    qint64 size() const { return m_size; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // What a reader is told: "the disk is full" on the tmpfs, "larger than this disk or folder
    // allows" under the fallback's limit.
    QString expectedReason() const;

    // Holds the fallback's file-size limit on this process while it lives (nothing when the
    // disk is real): the disk's size, or `bytes`.
    class Limit {
    public:
        explicit Limit(const SmallDisk &disk, qint64 bytes = -1);
        ~Limit();
        Limit(const Limit &) = delete;
        Limit &operator=(const Limit &) = delete;

    private:
        bool m_active = false;
        unsigned long long m_previous = 0;
    };
    // For QProcess::setChildProcessModifier: the same limit in a started program (or nothing).
    std::function<void()> childModifier() const;

private:
    QTemporaryDir m_dir;
    qint64 m_size = kSize;
    bool m_mounted = false;
};

// A folder whose files can be read but not written, not even by root: a tmpfs remounted
// read-only where this process may mount, else (not root) the folder and its files made
// read-only. Put the files in first, then call makeReadOnly(), which says whether it worked (it
// cannot for root without the right to mount).
class ReadOnlyFolder {
public:
    ReadOnlyFolder();
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool makeReadOnly();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    bool m_chmodded = false;
};

} // namespace cg::test
