#include "feedback/dispatch.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "diag/messages.h"
#include "text/fingerprint.h"

namespace rmt::feedback {
namespace {

// A line of the log: organization, period, kind, content, state, recipients.
using LogKey = std::tuple<std::string, std::string, std::string, std::string>;

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields(1);
  for (const char c : line) {
    if (c == '\t')
      fields.emplace_back();
    else
      fields.back() += c;
  }
  return fields;
}

// The log's file: opened without following a link, locked for the run.
class SentLog {
 public:
  explicit SentLog(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd_ < 0) {
      error_ = errno;
      return;
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      busy_ = errno == EWOULDBLOCK;
      error_ = errno;
      ::close(fd_);
      fd_ = -1;
      return;
    }
    std::string text, chunk(65536, '\0');
    ::lseek(fd_, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd_, chunk.data(), chunk.size())) > 0;) text.append(chunk.data(), static_cast<std::size_t>(n));
    std::string line;
    for (const char c : text) {
      if (c != '\n') {
        line += c;
        continue;
      }
      const auto fields = split_tabs(line);
      line.clear();
      if (fields.size() < 5) continue;  // an older log's line: its letters are checked again
      states_[{fields[0], fields[1], fields[2], fields[3]}] = fields[4];
    }
  }
  ~SentLog() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  }
  SentLog(const SentLog&) = delete;
  SentLog& operator=(const SentLog&) = delete;

  bool open() const { return fd_ >= 0; }
  bool busy() const { return busy_; }
  int error() const { return error_; }
  /// "sent", "unknown" or "" for a letter with this key.
  std::string state(const LogKey& key) const {
    const auto it = states_.find(key);
    return it == states_.end() ? "" : it->second;
  }
  /// One line, appended and synced before the next letter goes.
  bool append(const LogKey& key, std::string_view state, const std::vector<std::string>& to) {
    std::string line = fmt::format("{}\t{}\t{}\t{}\t{}\t", std::get<0>(key), std::get<1>(key), std::get<2>(key),
                                   std::get<3>(key), state);
    for (std::size_t i = 0; i < to.size(); ++i) line += (i ? "," : "") + to[i];
    line += '\n';
    states_[key] = std::string(state);
    return ::write(fd_, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd_) == 0;
  }

 private:
  int fd_ = -1;
  int error_ = 0;
  bool busy_ = false;
  std::map<LogKey, std::string> states_;
};

// The letter's bytes as built in this run, read without following a link.
std::optional<std::string> read_as_built(const LetterRecord& letter) {
  const int fd = ::open(letter.eml.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return std::nullopt;
  std::string bytes, chunk(65536, '\0');
  for (ssize_t n; (n = ::read(fd, chunk.data(), chunk.size())) > 0;) bytes.append(chunk.data(), static_cast<std::size_t>(n));
  ::close(fd);
  if (text::fingerprint(bytes) != letter.message_fingerprint) return std::nullopt;
  return bytes;
}

}  // namespace

std::string_view send_state_key(SendState state) {
  switch (state) {
    case SendState::sent: return "sent";
    case SendState::failed: return "failed";
    case SendState::already_sent: return "already-sent";
    case SendState::no_address: return "no-address";
    case SendState::unknown: return "unknown";
    case SendState::not_sent: return "not-sent";
  }
  return "";
}

vocab::Localized send_state_label(SendState state) {
  switch (state) {
    case SendState::sent: return {"отправлено", "sent"};
    case SendState::failed: return {"сервер не принял", "refused by the server"};
    case SendState::already_sent: return {"уже было отправлено", "sent before"};
    case SendState::no_address: return {"нет адреса", "no address"};
    case SendState::unknown: return {"неизвестно: ответ сервера не пришёл", "unknown: the server's reply did not come"};
    case SendState::not_sent: return {"не отправлено", "not sent"};
  }
  return {};
}

DispatchResult send_letters(const std::vector<LetterRecord>& letters, const DispatchOptions& options,
                            const std::function<void(const LetterRecord&, const SendOutcome&)>& each) {
  DispatchResult result;
  SentLog log(options.log_path);
  if (!log.open()) {
    result.failure = log.busy() ? diag::msg::sending_locked(options.log_path)
                                : diag::msg::cannot_write_output(options.log_path, diag::msg::os_reason(log.error()));
    return result;
  }
  for (const auto& letter : letters) {
    SendOutcome outcome{letter.org_id, SendState::failed, {}};
    const LogKey key{letter.org_id, letter.period, std::string(letter_kind_key(letter.kind)), letter.content_key};
    const std::string logged = log.state(key);
    if (result.stopped.empty() && options.cancelled && options.cancelled->load())
      result.stopped = {"отправка прервана: сервис завершает работу", "the sending was interrupted: the service is stopping"};
    if (!result.stopped.empty()) {
      outcome.state = SendState::not_sent;
      outcome.reason = result.stopped;
    } else if (!letter.failure.ok()) {
      outcome.state = SendState::not_sent;
      outcome.reason = {"письмо не записано: " + letter.failure.path + ": " + letter.failure.reason.ru,
                        "the letter was not written: " + letter.failure.path + ": " + letter.failure.reason.en};
    } else if (letter.to.empty()) {
      outcome.state = SendState::no_address;
    } else if (logged == "sent" && !options.resend) {
      outcome.state = SendState::already_sent;
    } else if (logged == "unknown" && !options.resend_unknown && !options.resend) {
      outcome.state = SendState::unknown;
      outcome.reason = {"в прошлый раз ответ сервера не пришёл: сервер мог получить письмо (--resend-unknown, чтобы "
                        "отправить снова)",
                        "last time the server's reply did not come: it may have the letter (--resend-unknown to send it "
                        "again)"};
    } else if (const auto bytes = read_as_built(letter); !bytes) {
      outcome.reason = {"файл письма изменился или пропал после того, как был записан: " + letter.eml,
                        "the letter's file changed or went away after it was written: " + letter.eml};
    } else {
      const mail::SendResult sent = mail::send(options.server, options.from, letter.to, *bytes);
      outcome.reason = sent.reason;
      switch (sent.status) {
        case mail::SendStatus::sent: outcome.state = SendState::sent; break;
        case mail::SendStatus::unknown: outcome.state = SendState::unknown; break;
        case mail::SendStatus::refused: outcome.state = SendState::failed; break;
        case mail::SendStatus::fatal:
          outcome.state = SendState::not_sent;
          result.stopped = sent.reason;
          break;
      }
      if (outcome.state == SendState::sent || outcome.state == SendState::unknown) {
        if (!log.append(key, send_state_key(outcome.state), letter.to))
          outcome.reason = {"отправлено, но " + options.log_path + " не записан", "sent, but " + options.log_path + " could not be written"};
      }
    }
    if (each) each(letter, outcome);
    result.outcomes.push_back(std::move(outcome));
  }
  return result;
}

}  // namespace rmt::feedback
