#include "io/output_names.h"

#include <fmt/format.h>

#include "text/case_fold.h"
#include "text/fingerprint.h"
#include "text/utf8.h"

namespace rmt::io {

std::string portable_stem(std::string_view text, std::size_t max_bytes) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = text::next_code_point(text, pos);
    const bool forbidden = c < 0x20 || c == 0x7F || std::u32string_view(U"<>:\"/\\|?*").find(c) != std::u32string_view::npos ||
                           !text::is_xml_char(c) || (c == 0xFFFD && pos - start != 3);
    const std::size_t length = forbidden ? 1 : pos - start;
    if (out.size() + length > max_bytes) break;  // whole characters only
    if (forbidden)
      out += '_';
    else
      out.append(text.substr(start, length));
  }
  // Windows refuses names that end with a dot or a space.
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  if (!out.empty() && out.front() == '.') {
    out.insert(out.begin(), '_');
    if (out.size() > max_bytes) out = portable_stem(out, max_bytes);
  }
  return out.empty() ? "_" : out;
}

std::string OrgFileNames::stem(const std::string& org_id) {
  std::string name = portable_stem(org_id);
  if (name != org_id || taken_.contains(text::fold_case(name))) {
    const std::string suffix = fmt::format("-{:08x}", text::fingerprint(org_id) & 0xFFFFFFFFu);
    name = portable_stem(org_id, kMaxStemBytes - suffix.size()) + suffix;
  }
  taken_.insert(text::fold_case(name));
  return name;
}

}  // namespace rmt::io
