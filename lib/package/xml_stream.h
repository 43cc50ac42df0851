// Streaming XML over one part of a zip archive, with Debian's expat.
//
// An XmlStream feeds a part to expat chunk by chunk and calls a handler for
// each element and run of text. A handler may suspend() the stream (the sheet
// reader does so at the end of every row), and parse() resumes where it
// stopped, so a caller pulls one row at a time without holding the sheet.
// Namespace prefixes are dropped from names ("x:row" is "row"). Documents
// that declare a DTD are refused: an .xlsx never needs one, and entities are
// how XML bombs work. Elements nest at most kMaxDepth deep.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vocab/lang.h"
#include "package/zip_reader.h"

namespace rmt::package {

/// An element's attributes as expat passes them: name, value, ..., null.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  /// The value of the attribute whose local name is `name`; "" when absent.
  std::string_view get(std::string_view name) const;

 private:
  const char** pairs_;
};

class XmlStream;

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(XmlStream& stream, std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void end(XmlStream& stream, std::string_view name) = 0;
  virtual void text(XmlStream& stream, std::string_view chars) = 0;
};

class XmlStream {
 public:
  enum class State { suspended, finished, failed };

  XmlStream(ZipArchive& zip, XmlHandler& handler);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  /// Starts streaming `part`; false (with error()) when it cannot be opened.
  bool open(const std::string& part, std::uint64_t max_bytes);
  /// Parses until a handler suspends, the part ends, or something fails.
  State parse();

  /// For handlers: stop after the current callback; parse() resumes.
  void suspend();
  /// For handlers: stop for good, with a reason.
  void fail(vocab::Localized why);

  const vocab::Localized& error() const { return error_; }
  /// Bytes of the part fed to the parser so far (uncompressed): what a
  /// reader's budget for repeated rows is measured against.
  std::uint64_t bytes_read() const { return bytes_read_; }

  /// Elements nest at most this deep: Office parts need a few dozen levels,
  /// and expat keeps every open element, so a file of nested elements alone
  /// could take memory out of proportion to its size.
  static constexpr int kMaxDepth = 256;

 private:
  static void on_start(void* self, const char* name, const char** attributes);
  static void on_end(void* self, const char* name);
  static void on_text(void* self, const char* chars, int length);
  static void on_doctype(void* self, const char*, const char*, const char*, int);
  State failed(vocab::Localized why);
  State expat_failed();
  State after(int status);  // the state after expat returned `status` (not OK mid-part)

  ZipArchive& zip_;
  XmlHandler& handler_;
  void* parser_;  // XML_Parser
  std::string part_;
  bool suspended_ = false, final_fed_ = false, finished_ = false, failed_ = false;
  int depth_ = 0;
  std::uint64_t bytes_read_ = 0;
  vocab::Localized error_;
};

/// Streams a whole part through `handler`; the error, or empty on success.
vocab::Localized parse_part(ZipArchive& zip, const std::string& part, XmlHandler& handler, std::uint64_t max_bytes);

}  // namespace rmt::package
