// How a CSV file is written: its encoding and delimiter. Detected per file
// unless the user fixes them (--encoding, --delimiter).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/decoder.h"

namespace rmt::csv {

struct Dialect {
  text::Encoding encoding = text::Encoding::utf8;
  char delimiter = ',';
  bool bom = false;  ///< the file starts with a UTF-8 byte order mark
};

/// ";" "," or "\t", as SPEC §6's JSON shows it.
std::string delimiter_name(char delimiter);

/// Parses the --delimiter value: "," ";" "tab" (or "\t"); nullopt for "auto"
/// and for anything else (the caller tells those apart).
std::optional<char> parse_delimiter(std::string_view name);

/// Parses the --encoding value: "utf-8" (or "utf8"), "windows-1251" (or
/// "cp1251"); nullopt for "auto" and anything else.
std::optional<text::Encoding> parse_encoding(std::string_view name);

/// What the user fixed; nullopt members are detected.
struct DialectChoice {
  std::optional<text::Encoding> encoding;
  std::optional<char> delimiter;
};

/// Picks the delimiter that splits the sample's records most consistently:
/// for each candidate (';' ',' tab) it counts quote-aware fields per record
/// and scores how many records share the most common count (above one).
/// Delimiters inside quoted fields do not count. A candidate that gives the
/// first record (the header) that most common count wins over one that does
/// not. Ties go to ';', then ',', then tab; a sample with no delimiter at all
/// gives ','.
char sniff_delimiter(std::string_view sample);

}  // namespace rmt::csv
