// UTF-8 checks and positions. Everything inside the toolkit is UTF-8; these
// functions decide whether bytes already are, and turn byte offsets into the
// character columns a person sees in an editor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rmt::text {

/// Offset of the first byte that does not start or continue a well-formed
/// UTF-8 sequence (overlongs, surrogates and code points past U+10FFFF count
/// as ill-formed); nullopt when all of `bytes` is UTF-8. A sequence cut off by
/// the end of `bytes` is ill-formed.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

/// Line and column (both 1-based, column in characters) of byte `offset`.
struct LineColumn {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};
LineColumn line_column_at(std::string_view text, std::size_t offset);

/// Number of code points in the UTF-8 text (continuation bytes not counted).
std::size_t count_chars(std::string_view text);

/// `text` cut to at most `max_chars` characters, with "…" when cut.
std::string shorten(std::string_view text, std::size_t max_chars);

/// `bytes` with each ill-formed byte replaced by U+FFFD: text a library that
/// insists on UTF-8 (cairo) can take.
std::string valid_utf8(std::string_view bytes);

/// True for a character XML 1.0 documents may hold and that is meant for
/// interchange: tab, line feed, carriage return and U+0020 up, less the
/// surrogates and the noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF).
bool is_xml_char(char32_t code_point);

/// `text` as every writer of ours puts it into a document (workbook,
/// template, annotated copy, .docx, chart, YAML): well-formed UTF-8 (an
/// ill-formed byte becomes U+FFFD) without the characters is_xml_char()
/// refuses, which are dropped, so that no input makes an output its reader
/// rejects. Returns `text` unchanged (one copy) when nothing is wrong.
std::string xml_safe(std::string_view text);
/// True when xml_safe(text) would change it: a writer calls this first, so
/// that the common clean text costs a scan and no copy.
bool needs_xml_cleaning(std::string_view text);

/// Appends the UTF-8 form of `code_point` (U+FFFD for surrogates and values
/// past U+10FFFF).
void append_utf8(std::string& out, char32_t code_point);

/// The code point starting at byte `pos` of well-formed UTF-8 `text`,
/// advancing `pos` past it; U+FFFD (one byte consumed) for an ill-formed byte.
char32_t next_code_point(std::string_view text, std::size_t& pos);

}  // namespace rmt::text
