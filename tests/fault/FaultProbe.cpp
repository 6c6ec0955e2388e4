// SPDX-License-Identifier: Apache-2.0
// `sluice_fault_probe <call> <path> [bytes]`: makes one file call on `path` and prints how it ended, "ok",
// "wrote N" or "wrote N, then ENOSPC", so a test can check what the fault shim does to each call.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <vector>

namespace {

int report(int result)
{
    if (result == 0) {
        std::puts("ok");
        return 0;
    }
    const char* name = strerrorname_np(result);
    std::puts(name != nullptr ? name : "unknown error");
    return 1;
}

int failed() { return report(errno); }

// Writes `bytes` with `call` until all are written or a call fails.
int writeAll(const std::string& call, int fd, std::size_t bytes)
{
    const std::vector<char> data(bytes, 'x');
    std::size_t done = 0;
    int error = 0;
    while (done < bytes) {
        const std::size_t rest = bytes - done;
        iovec halves[2] = {{const_cast<char*>(data.data() + done), rest / 2},
                           {const_cast<char*>(data.data() + done + rest / 2), rest - rest / 2}};
        ssize_t n = -1;
        if (call == "write") {
            n = ::write(fd, data.data() + done, rest);
        } else if (call == "pwrite") {
            n = ::pwrite(fd, data.data() + done, rest, static_cast<off_t>(done));
        } else if (call == "writev") {
            n = ::writev(fd, halves, 2);
        } else {
            n = ::pwritev(fd, halves, 2, static_cast<off_t>(done));
        }
        if (n < 0) {
            error = errno;
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    std::printf("wrote %zu", done);
    if (error != 0) {
        std::printf(", then %s", strerrorname_np(error));
    }
    std::puts("");
    return error == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::fputs("usage: sluice_fault_probe <call> <path> [bytes]\n", stderr);
        return 2;
    }
    const std::string call = argv[1];
    const char* path = argv[2];
    const std::size_t bytes = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 10;
    const std::string other = std::string(path) + ".other";
    if (call == "open") {
        const int fd = ::open(path, O_WRONLY | O_CREAT, 0644);
        return fd < 0 ? failed() : report(0);
    }
    if (call == "openat") {
        const int fd = ::openat(AT_FDCWD, path, O_RDWR | O_CREAT | O_TRUNC, 0644);
        return fd < 0 ? failed() : report(0);
    }
    if (call == "read") {
        char buffer[16];
        const int fd = ::open(path, O_RDONLY);
        return fd < 0 || ::read(fd, buffer, sizeof buffer) < 0 ? failed() : report(0);
    }
    if (call == "creat") {
        return ::creat(path, 0644) < 0 ? failed() : report(0);
    }
    if (call == "fopen") {
        std::FILE* f = std::fopen(path, "a");
        return f == nullptr ? failed() : (std::fclose(f), report(0));
    }
    if (call == "mkdir") {
        return ::mkdir(path, 0755) != 0 ? failed() : report(0);
    }
    if (call == "rename") {
        return ::rename(path, other.c_str()) != 0 ? failed() : report(0);
    }
    if (call == "unlink") {
        return ::unlink(path) != 0 ? failed() : report(0);
    }
    const int fd = ::open(path, O_RDWR | O_CREAT, 0644);
    if (fd < 0) {
        return failed();
    }
    if (call == "write" || call == "pwrite" || call == "writev" || call == "pwritev") {
        return writeAll(call, fd, bytes);
    }
    if (call == "ftruncate") {
        return ::ftruncate(fd, static_cast<off_t>(bytes)) != 0 ? failed() : report(0);
    }
    if (call == "fallocate") {
        return ::fallocate(fd, 0, 0, static_cast<off_t>(bytes)) != 0 ? failed() : report(0);
    }
    if (call == "posix_fallocate") {
        return report(::posix_fallocate(fd, 0, static_cast<off_t>(bytes)));
    }
    if (call == "fsync") {
        return ::fsync(fd) != 0 ? failed() : report(0);
    }
    if (call == "fdatasync") {
        return ::fdatasync(fd) != 0 ? failed() : report(0);
    }
    std::fprintf(stderr, "unknown call %s\n", call.c_str());
    return 2;
}
