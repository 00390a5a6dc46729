// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/atomic_file.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cg {

ssize_t FileSystemCalls::write(int fd, const void *data, size_t size) {
    return ::write(fd, data, size);
}

int FileSystemCalls::fsync(int fd) {
    return ::fsync(fd);
}

int FileSystemCalls::rename(const char *from, const char *to) {
    return ::rename(from, to);
}

FileSystemCalls &FileSystemCalls::system() {
    static FileSystemCalls calls;
    return calls;
}

namespace {

FileWriteResult failed(FileWriteResult::Failure failure, int error) {
    FileWriteResult result;
    result.failure = failure;
    result.error = error;
    return result;
}

// A name beside the target that no one else uses: ".handout.pdf.a1B2c3".
// ".NAME.XXXXXXXX" beside the target. A name near NAME_MAX (255 bytes) is shortened first, at a
// character's boundary, so the temporary name is a valid one too; the random letters keep it
// unique.
QByteArray temporaryName(const QByteArray &folder, const QByteArray &base) {
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr qsizetype kNameMax = 255;
    constexpr qsizetype kAdded = 10; // the dot before, the dot after and 8 letters
    QByteArray kept = base;
    if (kept.size() > kNameMax - kAdded) {
        qsizetype cut = kNameMax - kAdded;
        while (cut > 0 && (uchar(kept.at(cut)) & 0xC0U) == 0x80U) {
            --cut; // not inside a UTF-8 sequence
        }
        kept.truncate(cut);
    }
    QByteArray name = folder + "/." + kept + '.';
    for (int i = 0; i < 8; ++i) {
        name += letters[QRandomGenerator::global()->bounded(int(sizeof(letters) - 1))];
    }
    return name;
}

} // namespace

FileWriteResult writeFileAtomically(const QString &path, const QByteArray &bytes,
                                    FileSystemCalls &calls) {
    QByteArray target = QFile::encodeName(path);
    bool replacing = false;
    mode_t mode = 0666; // less the umask, as open(2) applies it
    struct stat info {};
    if (::lstat(target.constData(), &info) == 0) {
        if (S_ISLNK(info.st_mode)) {
            // Follow the link: its file is what the user means, and the link stays.
            if (::stat(target.constData(), &info) != 0) {
                return failed(errno == ENOENT ? FileWriteResult::Failure::DanglingLink
                                              : FileWriteResult::Failure::Open,
                              errno);
            }
            if (S_ISREG(info.st_mode)) {
                target = QFile::encodeName(QFileInfo(path).canonicalFilePath());
            }
        }
        if (S_ISDIR(info.st_mode)) {
            return failed(FileWriteResult::Failure::IsFolder, EISDIR);
        }
        if (!S_ISREG(info.st_mode)) {
            return failed(FileWriteResult::Failure::NotRegularFile, 0);
        }
        replacing = true;
        mode = info.st_mode & 07777;
    } else if (errno != ENOENT) {
        return failed(FileWriteResult::Failure::Open, errno);
    }

    const int slash = int(target.lastIndexOf('/'));
    const QByteArray folder = slash < 0 ? QByteArray(".") : target.left(slash);
    const QByteArray base = slash < 0 ? target : target.mid(slash + 1);
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = temporaryName(folder.isEmpty() ? QByteArray("/") : folder, base);
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) {
            break;
        }
    }
    if (fd < 0) {
        return failed(FileWriteResult::Failure::Open, errno);
    }
    auto abandon = [&](FileWriteResult::Failure failure, int error) {
        if (fd >= 0) {
            ::close(fd);
        }
        ::unlink(temporary.constData());
        return failed(failure, error);
    };

    const char *data = bytes.constData();
    size_t left = size_t(bytes.size());
    while (left > 0) {
        const ssize_t written = calls.write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return abandon(FileWriteResult::Failure::Write, errno);
        }
        if (written == 0) {
            return abandon(FileWriteResult::Failure::Write, EIO);
        }
        data += written;
        left -= size_t(written);
    }
    if (replacing && ::fchmod(fd, mode) != 0) {
        return abandon(FileWriteResult::Failure::Write, errno);
    }
    // Some file systems (network ones, quotas) only say at the flush that the data did not fit.
    if (calls.fsync(fd) != 0) {
        return abandon(FileWriteResult::Failure::Sync, errno);
    }
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0 && errno != EINTR) {
        return abandon(FileWriteResult::Failure::Sync, errno);
    }
    if (calls.rename(temporary.constData(), target.constData()) != 0) {
        return abandon(FileWriteResult::Failure::Replace, errno);
    }
    // The new name is safe on the disk once the folder is; a failure here loses nothing written.
    const int dir = ::open(folder.isEmpty() ? "/" : folder.constData(), O_RDONLY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace cg
