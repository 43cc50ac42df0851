#include "io/output_file.h"

#include "diag/messages.h"

#include <fcntl.h>
#include <pthread.h>
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

// Holds back the cleanup signals for a scope.
class SignalBlock {
 public:
  SignalBlock() {
    sigset_t block;
    sigemptyset(&block);
    for (const int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&block, s);
    ::pthread_sigmask(SIG_BLOCK, &block, &previous_);
  }
  ~SignalBlock() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  SignalBlock(const SignalBlock&) = delete;
  SignalBlock& operator=(const SignalBlock&) = delete;

 private:
  sigset_t previous_;
};

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

vocab::Localized OutputFile::error() const { return diag::msg::os_reason(error_); }

bool OutputFile::fail() {
  if (error_ == 0) error_ = errno != 0 ? errno : EIO;
  return false;
}

bool OutputFile::open(const std::string& path) {
  discard();
  path_ = path;
  error_ = 0;
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
  dir_ = target.has_parent_path() ? target.parent_path().string() : std::string(".");
  name_ = target.filename().string();
  // An unnamed file in the target's directory (Linux O_TMPFILE): until it
  // is linked in at commit (through /proc/self/fd), no name exists, so even
  // SIGKILL or a power cut leaves nothing behind. Where the file system
  // cannot, a named temporary, which the signal handler removes.
  install_signal_cleanup();
  if (::access("/proc/self/fd", X_OK) == 0)
    fd_ = ::open(dir_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd_ >= 0) {
    anonymous_ = true;
    ::fchmod(fd_, mode_for(path));
    return true;
  }
  std::string pattern = temporary_pattern();
  // Block the cleanup signals between creating the file and recording it, so
  // that no signal can leave an unrecorded temporary behind.
  const SignalBlock block;
  fd_ = ::mkstemp(pattern.data());
  const int saved_errno = errno;
  if (fd_ >= 0) {
    temp_ = pattern;
    slot_ = claim_slot(temp_);
  }
  if (fd_ < 0) {
    errno = saved_errno;
    return fail();
  }
  ::fchmod(fd_, mode_for(path));
  return true;
}

std::string OutputFile::temporary_pattern() const {
  return (std::filesystem::path(dir_) / ("." + name_ + ".tmp-XXXXXX")).string();
}

std::string OutputFile::temp_path() const {
  return anonymous_ ? "/proc/self/fd/" + std::to_string(fd_) : temp_;
}

bool OutputFile::open_for_writer(const std::string& path) {
  if (path == "-") {
    errno = EINVAL;
    return fail();
  }
  if (!open(path)) return false;
  if (anonymous_) return true;  // the writer opens it again through /proc/self/fd
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
  if (fd_ < 0 || error_ != 0) return false;
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
  if (error_ != 0 || (fd_ >= 0 && !flush())) {
    discard();
    return false;
  }
  if (is_stdout_) {
    fd_ = -1;
    return true;
  }
  // A temporary written by another library by name is reopened to sync it.
  const int fd = fd_ >= 0 ? fd_ : ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    fail();
    discard();
    return false;
  }
  if (anonymous_ && !link_anonymous()) {
    discard();
    return false;
  }
  fd_ = -1;
  if (::close(fd) != 0) fail();
  // Signals wait until the temporary has its final name (or is gone).
  const SignalBlock block;
  if (error_ != 0 || ::rename(temp_.c_str(), path_.c_str()) != 0) {
    fail();
    discard();
    return false;
  }
  temp_.clear();
  release_slot(slot_);
  anonymous_ = false;
  return true;
}

bool OutputFile::link_anonymous() {
  const std::string self = "/proc/self/fd/" + std::to_string(fd_);
  const SignalBlock block;  // linked and recorded at once, as in open()
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = temporary_pattern();
    const int probe = ::mkstemp(name.data());  // a fresh name, given back at once
    if (probe < 0) return fail();
    ::close(probe);
    ::unlink(name.c_str());
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      temp_ = name;
      slot_ = claim_slot(temp_);
      return true;
    }
    if (errno != EEXIST) return fail();
  }
  return fail();
}

void OutputFile::discard() {
  if (is_stdout_) {
    fd_ = -1;
    is_stdout_ = false;
    return;
  }
  if (fd_ >= 0) ::close(fd_);  // an anonymous temporary vanishes with its descriptor
  fd_ = -1;
  anonymous_ = false;
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
