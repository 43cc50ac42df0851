// A small streaming JSON writer: enough for the findings document and
// summaries, with correct string escaping and no intermediate tree.
//
//   json::Writer w(out);
//   w.begin_object(); w.key("valid"); w.value(true); w.end_object();
//
// Strings must be UTF-8 (everything inside the toolkit is); they are written
// as is, with only quotes, backslashes and control characters escaped.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

namespace rmt::json {

class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(bool flag);
  void value(std::int64_t number);
  void value(std::uint64_t number);
  void value(int number) { value(static_cast<std::int64_t>(number)); }
  void value(unsigned number) { value(static_cast<std::uint64_t>(number)); }
  void value(double number);  ///< shortest round-trip form; NaN and infinities as null
  void null();

 private:
  void before_value();

  std::ostream& out_;
  // One entry per open container: whether it already holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

/// Writes `text` as a JSON string literal, quotes included.
void write_string(std::ostream& out, std::string_view text);

}  // namespace rmt::json
