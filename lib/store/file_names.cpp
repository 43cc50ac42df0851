#include "store/file_names.h"

#include <set>

#include "text/case_fold.h"
#include "text/utf8.h"

namespace rmt::store {
namespace {

constexpr std::size_t kMaxBytes = 180;

bool forbidden(unsigned char c) {
  return c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*';
}

// The largest prefix of `text` of at most `bytes` bytes that ends on a character boundary.
std::string_view utf8_prefix(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::string safe_file_name(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string out;
  out.reserve(name.size());
  for (const char c : name) out += forbidden(static_cast<unsigned char>(c)) ? '_' : c;
  if (text::first_invalid_utf8(out)) out = text::valid_utf8(out);
  const auto first = out.find_first_not_of(" .");
  if (first == std::string::npos) return "file";
  const auto last = out.find_last_not_of(" .");
  out = out.substr(first, last - first + 1);
  // `first` skipped leading dots; a name that began with one was hidden.
  if (first > 0 && name.find_first_not_of(' ') != std::string_view::npos && name[name.find_first_not_of(' ')] == '.')
    out.insert(out.begin(), '_');
  if (out.rfind("~$", 0) == 0) out.replace(0, 2, "_");
  if (out.size() > kMaxBytes) {
    const auto dot = out.rfind('.');
    const std::string ending = dot != std::string::npos && out.size() - dot <= 10 ? out.substr(dot) : std::string{};
    out = std::string(utf8_prefix(out, kMaxBytes - ending.size())) + ending;
  }
  return out;
}

std::vector<std::string> unique_file_names(const std::vector<std::string>& names) {
  std::vector<std::string> result;
  std::set<std::string> taken;
  for (const auto& original : names) {
    std::string name = safe_file_name(original);
    if (!taken.insert(text::fold_case(name)).second) {
      const auto dot = name.rfind('.');
      const std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
      const std::string ending = dot == std::string::npos || dot == 0 ? std::string{} : name.substr(dot);
      for (int n = 2;; ++n) {
        std::string candidate = stem + " (" + std::to_string(n) + ")" + ending;
        if (taken.insert(text::fold_case(candidate)).second) {
          name = std::move(candidate);
          break;
        }
      }
    }
    result.push_back(std::move(name));
  }
  return result;
}

}  // namespace rmt::store
