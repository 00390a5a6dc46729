// SPDX-License-Identifier: GPL-3.0-or-later
#include "small_disk.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace cg::test {

SmallDisk::SmallDisk(qint64 size) : m_size(size) {
    if (!m_dir.isValid() || qEnvironmentVariableIntValue("CG_TEST_NO_MOUNT") == 1 ||
        geteuid() != 0) {
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(m_size) + ",mode=0700";
    m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                        MS_NOSUID | MS_NODEV, options.constData()) == 0;
}

SmallDisk::~SmallDisk() {
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
}

QString SmallDisk::expectedReason() const {
    return m_mounted ? QStringLiteral("the disk is full")
                     : QStringLiteral("larger than this disk or folder allows");
}

SmallDisk::Limit::Limit(const SmallDisk &disk, qint64 bytes) {
    if (disk.m_mounted) {
        return;
    }
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_FSIZE, &limit) != 0) {
        return;
    }
    m_previous = limit.rlim_cur;
    std::signal(SIGXFSZ, SIG_IGN);
    limit.rlim_cur = rlim_t(bytes >= 0 ? bytes : disk.m_size);
    m_active = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

SmallDisk::Limit::~Limit() {
    if (!m_active) {
        return;
    }
    struct rlimit limit {};
    ::getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(m_previous);
    ::setrlimit(RLIMIT_FSIZE, &limit);
}

std::function<void()> SmallDisk::childModifier() const {
    if (m_mounted) {
        return {};
    }
    const qint64 size = m_size;
    return [size] {
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = rlim_t(size);
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
}

ReadOnlyFolder::ReadOnlyFolder() {
    if (m_dir.isValid() && geteuid() == 0 &&
        qEnvironmentVariableIntValue("CG_TEST_NO_MOUNT") != 1) {
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                            MS_NOSUID | MS_NODEV, "size=1m,mode=0700") == 0;
    }
}

ReadOnlyFolder::~ReadOnlyFolder() {
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    } else if (m_chmodded) {
        QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner);
        while (it.hasNext()) {
            QFile::setPermissions(it.next(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
}

bool ReadOnlyFolder::makeReadOnly() {
    if (m_mounted) {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, "size=1m,mode=0700") == 0;
    }
    if (geteuid() == 0) {
        return false; // root writes whatever the permissions say
    }
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile::setPermissions(it.next(), QFileDevice::ReadOwner);
    }
    m_chmodded =
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    return m_chmodded;
}

} // namespace cg::test
