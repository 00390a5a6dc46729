// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <sys/types.h>

namespace cg {

// The system calls a save goes through. The real ones by default; tests replace them to play a
// full disk, a failing flush or a rename that is refused, which a test machine cannot always
// arrange for real.
class FileSystemCalls {
public:
    virtual ~FileSystemCalls() = default;
    // As write(2): may write less than asked (a disk filling up), or fail with errno set.
    virtual ssize_t write(int fd, const void *data, size_t size);
    virtual int fsync(int fd);
    virtual int rename(const char *from, const char *to);

    static FileSystemCalls &system();
};

// What became of a save. `error` is the errno of the call that failed.
struct FileWriteResult {
    enum class Failure {
        None,
        NotRegularFile, // the name is taken by a device, a pipe, a socket or a link to one
        IsFolder,       // the name is a folder
        DanglingLink,   // the name is a symbolic link to nothing
        Open,           // the temporary file beside the target could not be created
        Write,          // writing the bytes failed (a full disk: ENOSPC)
        Sync,           // the data could not be flushed to the disk
        Replace,        // the finished file could not take the target's name
    };
    Failure failure = Failure::None;
    int error = 0;
    bool ok() const { return failure == Failure::None; }
};

// Writes `bytes` to `path` so that the file appears whole or not at all: into a new file beside
// it, flushed to the disk, then renamed over the target (which keeps its permissions). A target
// that exists must be a regular file, or a symbolic link to one (the link stays and its file is
// replaced); anything else (a device, a FIFO, a folder, a link to one of those or to nothing) is
// left untouched and refused. On failure the target is unchanged and nothing is left beside it.
FileWriteResult writeFileAtomically(const QString &path, const QByteArray &bytes,
                                    FileSystemCalls &calls = FileSystemCalls::system());

} // namespace cg
