#include "json/writer.h"

#include <cmath>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace rmt::json {

void write_string(std::ostream& out, std::string_view text) {
  out.put('"');
  std::size_t run_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.write(text.data() + run_start, static_cast<std::streamsize>(i - run_start));
    run_start = i + 1;
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      default: fmt::print(out, "\\u{:04x}", c);
    }
  }
  out.write(text.data() + run_start, static_cast<std::streamsize>(text.size() - run_start));
  out.put('"');
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_element_.empty()) {
    if (has_element_.back()) out_.put(',');
    has_element_.back() = true;
  }
}

void Writer::begin_object() {
  before_value();
  out_.put('{');
  has_element_.push_back(false);
}

void Writer::end_object() {
  has_element_.pop_back();
  out_.put('}');
}

void Writer::begin_array() {
  before_value();
  out_.put('[');
  has_element_.push_back(false);
}

void Writer::end_array() {
  has_element_.pop_back();
  out_.put(']');
}

void Writer::key(std::string_view name) {
  before_value();
  write_string(out_, name);
  out_.put(':');
  after_key_ = true;
}

void Writer::value(std::string_view text) {
  before_value();
  write_string(out_, text);
}

void Writer::value(bool flag) {
  before_value();
  out_ << (flag ? "true" : "false");
}

void Writer::value(std::int64_t number) {
  before_value();
  out_ << number;
}

void Writer::value(std::uint64_t number) {
  before_value();
  out_ << number;
}

void Writer::value(double number) {
  before_value();
  if (!std::isfinite(number)) {
    out_ << "null";
    return;
  }
  fmt::print(out_, "{}", number);
}

void Writer::null() {
  before_value();
  out_ << "null";
}

}  // namespace rmt::json
