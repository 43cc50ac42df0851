#include "io/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

namespace rmt::io {
namespace {

constexpr std::size_t kBufferBytes = 1 << 20;

// Temporaries that a signal handler must remove before the process dies. The
// handler may only call async-signal-safe functions, hence fixed buffers.
constexpr std::size_t kSlots = 8;
struct Slot {
  std::atomic<bool> used{false};
  char path[4096]{};
};
std::array<Slot, kSlots> g_slots;

extern "C" void remove_temporaries_and_die(int signal_number) {
  for (auto& slot : g_slots)
    if (slot.used.load()) ::unlink(slot.path);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void install_signal_cleanup() {
  static const bool installed = [] {
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
      struct sigaction current {};
      if (::sigaction(signal_number, nullptr, &current) != 0 || current.sa_handler != SIG_DFL) continue;
      struct sigaction action {};
      action.sa_handler = remove_temporaries_and_die;
      sigemptyset(&action.sa_mask);
      ::sigaction(signal_number, &action, nullptr);
    }
    // Past a file-size limit (ulimit -f) a write should fail with EFBIG and
    // be reported, not kill the process with SIGXFSZ.
    struct sigaction current {};
    if (::sigaction(SIGXFSZ, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) std::signal(SIGXFSZ, SIG_IGN);
    return true;
  }();
  (void)installed;
}

int claim_slot(const std::string& temp) {
  if (temp.size() >= sizeof(Slot::path)) return -1;
  for (std::size_t i = 0; i < kSlots; ++i) {
    auto& slot = g_slots[i];
    if (slot.used.load()) continue;
    std::memcpy(slot.path, temp.c_str(), temp.size() + 1);
    slot.used.store(true);
    return static_cast<int>(i);
  }
  return -1;
}

void release_slot(int& slot) {
  if (slot >= 0) g_slots[static_cast<std::size_t>(slot)].used.store(false);
  slot = -1;
}

// New files get the usual 0666 minus the umask; a replaced file keeps its mode.
mode_t mode_for(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

OutputFile::~OutputFile() { discard(); }

bool OutputFile::fail() {
  if (error_.empty()) error_ = std::strerror(errno);
  return false;
}

bool OutputFile::open(const std::string& path) {
  discard();
  path_ = path;
  error_.clear();
  buffer_.reserve(kBufferBytes);
  if (path == "-") {
    is_stdout_ = true;
    fd_ = STDOUT_FILENO;
    return true;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    errno = EISDIR;
    return fail();
  }
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  install_signal_cleanup();
  // Block the cleanup signals between creating the file and recording it, so
  // that no signal can leave an unrecorded temporary behind.
  sigset_t block, previous;
  sigemptyset(&block);
  for (const int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&block, s);
  ::sigprocmask(SIG_BLOCK, &block, &previous);
  fd_ = ::mkstemp(pattern.data());
  const int saved_errno = errno;
  if (fd_ >= 0) {
    temp_ = pattern;
    slot_ = claim_slot(temp_);
  }
  ::sigprocmask(SIG_SETMASK, &previous, nullptr);
  if (fd_ < 0) {
    errno = saved_errno;
    return fail();
  }
  ::fchmod(fd_, mode_for(path));
  return true;
}

bool OutputFile::open_for_writer(const std::string& path) {
  if (path == "-") {
    errno = EINVAL;
    return fail();
  }
  if (!open(path)) return false;
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    fail();
    discard();
    return false;
  }
  return true;
}

bool OutputFile::write(std::string_view bytes) {
  if (fd_ < 0 || !error_.empty()) return false;
  if (buffer_.size() + bytes.size() > kBufferBytes && !flush()) return false;
  if (bytes.size() >= kBufferBytes) {
    buffer_.assign(bytes);
    return flush();
  }
  buffer_.append(bytes);
  return true;
}

bool OutputFile::flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail();
    }
    done += static_cast<std::size_t>(n);
  }
  buffer_.clear();
  return true;
}

bool OutputFile::commit() {
  if (fd_ < 0 && temp_.empty()) return false;
  if (!error_.empty() || (fd_ >= 0 && !flush())) {
    discard();
    return false;
  }
  if (is_stdout_) {
    fd_ = -1;
    return true;
  }
  // A temporary written by another library by name is reopened to sync it.
  const int fd = fd_ >= 0 ? fd_ : ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
  fd_ = -1;
  const bool synced = fd >= 0 && ::fsync(fd) == 0;
  if (!synced) fail();
  if (fd >= 0 && ::close(fd) != 0 && synced) fail();
  if (!error_.empty() || ::rename(temp_.c_str(), path_.c_str()) != 0) {
    fail();
    discard();
    return false;
  }
  temp_.clear();
  release_slot(slot_);
  return true;
}

void OutputFile::discard() {
  if (is_stdout_) {
    fd_ = -1;
    is_stdout_ = false;
    return;
  }
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
  release_slot(slot_);
  buffer_.clear();
}

bool same_file(const std::string& a, const std::string& b) {
  if (a == "-" || b == "-") return false;
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec) && !ec;
}

}  // namespace rmt::io
