#include "order/read_order.h"

#include <cerrno>
#include <fstream>

#include "diag/messages.h"
#include "order/docx_order.h"
#include "order/html_order.h"
#include "order/text_order.h"
#include "text/case_fold.h"
#include "text/decoder.h"

namespace rmt::order {
namespace {

bool looks_like_html(std::string_view bytes) {
  const std::string head = text::fold_case(bytes.substr(0, 4096));
  const auto start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string::npos) return false;
  return head.compare(start, 9, "<!doctype") == 0 || head.compare(start, 5, "<html") == 0 ||
         head.find("<table") != std::string::npos || head.find("<body") != std::string::npos;
}

// The page's text in UTF-8: a legal database's page may be Windows-1251.
std::string html_utf8(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return std::string(bytes.substr(3));
  const std::string head = text::fold_case(bytes.substr(0, 4096));
  bool well_formed = true;
  const auto guessed = text::guess_encoding(bytes, well_formed);
  const bool cp1251 = head.find("windows-1251") != std::string::npos || head.find("cp1251") != std::string::npos ||
                      guessed == text::Encoding::windows1251;
  std::string out;
  text::Decoder decoder(cp1251 ? text::Encoding::windows1251 : text::Encoding::utf8);
  decoder.decode(bytes, out);
  decoder.finish(out);
  return out;
}

}  // namespace

bool read_order(const std::string& path, std::string_view shown_name, OrderDocument& document,
                diag::DiagnosticSink& sink, const OrderLimits& limits) {
  const diag::SourcePos pos{std::string(shown_name)};
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.report(diag::msg::unreadable_file(pos, errno));
    return false;
  }
  // The kind from the first bytes. A .docx is streamed from its path: its
  // pictures may make the file large, and only word/document.xml is read
  // (under the limit); the other kinds are text, read whole under the limit.
  char magic[8] = {};
  in.read(magic, sizeof magic);
  const std::string_view head(magic, static_cast<std::size_t>(in.gcount()));
  if (head.starts_with("%PDF")) {
    sink.report(diag::msg::order_format(pos, "pdf"));
    return false;
  }
  if (head.starts_with("\xD0\xCF\x11\xE0")) {
    sink.report(diag::msg::order_format(pos, "doc"));
    return false;
  }
  if (head.starts_with("{\\rtf")) {
    sink.report(diag::msg::order_format(pos, "rtf"));
    return false;
  }
  vocab::Localized error;
  if (head.starts_with("PK")) {
    const bool ok = read_docx_order(path, document, error, limits);
    if (!ok) sink.report(diag::msg::order_unreadable(pos, error));
    return ok;
  }
  std::string bytes(head);
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > limits.max_bytes) {
      sink.report(diag::msg::order_too_large(pos, limits.max_bytes));
      return false;
    }
  }
  if (in.bad()) {
    sink.report(diag::msg::unreadable_file(pos, EIO));
    return false;
  }
  bool ok = false;
  if (looks_like_html(bytes)) {
    ok = read_html_order(html_utf8(bytes), document, error, limits);
  } else if (bytes.find('\0') != std::string::npos && !bytes.starts_with("\xFF\xFE") && !bytes.starts_with("\xFE\xFF")) {
    sink.report(diag::msg::order_format(pos, "binary"));
    return false;
  } else {
    ok = read_text_order(bytes, document, error, limits);
  }
  if (!ok) sink.report(diag::msg::order_unreadable(pos, error));
  return ok;
}

}  // namespace rmt::order
