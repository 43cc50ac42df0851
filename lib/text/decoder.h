// Decoding input bytes to UTF-8 at the edge, chunk by chunk.
//
// Files arrive as UTF-8, as Windows-1251 (Excel on Russian Windows) or as
// UTF-16 with a byte order mark (Excel's «Текст Юникод»). A
// Decoder turns successive chunks of one file into UTF-8, carrying a
// multibyte sequence split between chunks into the next call. Bytes that are
// not valid in the chosen encoding become U+FFFD, which readers report as an
// `encoding` finding at the row where it lands.
#pragma once

#include <string>
#include <string_view>

namespace rmt::text {

enum class Encoding { utf8, windows1251, utf16le, utf16be };

std::string_view encoding_name(Encoding encoding);  ///< "utf-8" | "windows-1251" | "utf-16le" | "utf-16be"

/// The UTF-8 bytes of U+FFFD, the replacement for undecodable input.
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

class Decoder {
 public:
  explicit Decoder(Encoding encoding) : encoding_(encoding) {}

  /// Appends the UTF-8 form of `chunk` to `out`. A trailing incomplete UTF-8
  /// sequence is held back until the next call or finish().
  void decode(std::string_view chunk, std::string& out);
  /// decode() for a chunk already known to be well-formed UTF-8 up to a
  /// sequence cut off at its end (what guess_encoding() accepted): appended
  /// without checking again.
  void append_checked(std::string_view chunk, std::string& out);
  /// Flushes what was held back (as U+FFFD: the file ended mid-character).
  void finish(std::string& out);

 private:
  void decode_utf8(std::string_view bytes, std::string& out);
  void decode_utf16(std::string_view chunk, std::string& out);

  Encoding encoding_;
  // The unfinished end of the previous chunk: at most 3 bytes of a UTF-8
  // sequence, or of UTF-16 an odd byte and a high surrogate waiting for its pair.
  std::string carry_;
};

/// Guesses the encoding of a sample from the start of a file (after any BOM):
/// UTF-8 when the sample is well-formed UTF-8 (a sequence cut off by the end
/// of the sample is allowed), else Windows-1251, in which every byte is text,
/// unless valid multi-byte sequences outnumber the invalid bytes: then it is
/// UTF-8 with damaged lines (a file mixing encodings), read as UTF-8 so that
/// those lines are reported.
Encoding guess_encoding(std::string_view sample);
/// The same; `well_formed` tells whether the sample was valid UTF-8 throughout.
Encoding guess_encoding(std::string_view sample, bool& well_formed);

}  // namespace rmt::text
