#include "feedback/dispatch.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "io/read_file.h"
#include "text/fingerprint.h"

namespace rmt::feedback {
namespace {

std::set<std::string> logged(const std::string& path) {
  std::set<std::string> keys;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find('\t'), second = line.find('\t', first == std::string::npos ? first : first + 1);
    if (first != std::string::npos && second != std::string::npos) keys.insert(line.substr(0, second));
  }
  return keys;
}

// One line, appended and synced before the next letter goes.
bool append_line(const std::string& path, const std::string& line) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  return ::close(fd) == 0 && ok;
}

}  // namespace

std::string_view send_state_key(SendState state) {
  switch (state) {
    case SendState::sent: return "sent";
    case SendState::failed: return "failed";
    case SendState::already_sent: return "already-sent";
    case SendState::no_address: return "no-address";
  }
  return "";
}

std::vector<SendOutcome> send_letters(const std::vector<LetterRecord>& letters, const DispatchOptions& options,
                                      const std::function<void(const LetterRecord&, const SendOutcome&)>& each) {
  const std::set<std::string> done = logged(options.log_path);
  std::vector<SendOutcome> outcomes;
  for (const auto& letter : letters) {
    SendOutcome outcome{letter.org_id, SendState::failed, ""};
    const std::string bytes = io::read_file(letter.eml).value_or("");
    const std::string key = fmt::format("{:016x}\t{}", text::fingerprint(bytes), letter.org_id);
    if (letter.to.empty()) {
      outcome.state = SendState::no_address;
    } else if (done.count(key)) {
      outcome.state = SendState::already_sent;
    } else if (bytes.empty()) {
      outcome.reason = "cannot read " + letter.eml;
    } else {
      const mail::SendResult sent = mail::send(options.server, options.from, letter.to, bytes);
      if (sent.sent) {
        std::string recipients;
        for (const auto& to : letter.to) recipients += (recipients.empty() ? "" : ",") + to;
        outcome.state = SendState::sent;
        if (!append_line(options.log_path, key + "\t" + recipients + "\n"))
          outcome.reason = "sent, but " + options.log_path + " could not be written";
      } else {
        outcome.reason = sent.reason;
      }
    }
    if (each) each(letter, outcome);
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

}  // namespace rmt::feedback
