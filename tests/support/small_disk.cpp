#include "small_disk.h"

#include <QFile>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace cg::test {

SmallDisk::SmallDisk() {
    if (!m_dir.isValid() || qEnvironmentVariableIntValue("CG_TEST_NO_MOUNT") == 1 ||
        geteuid() != 0) {
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(kSize) + ",mode=0700";
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

SmallDisk::Limit::Limit(const SmallDisk &disk) {
    if (disk.m_mounted) {
        return;
    }
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_FSIZE, &limit) != 0) {
        return;
    }
    m_previous = limit.rlim_cur;
    std::signal(SIGXFSZ, SIG_IGN);
    limit.rlim_cur = rlim_t(kSize);
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
    return [] {
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = rlim_t(kSize);
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
}

} // namespace cg::test
