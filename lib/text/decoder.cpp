#include "text/decoder.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/utf8.h"
#include "text/windows1251.h"

namespace rmt::text {
namespace {

// Precomputed UTF-8 forms so that transcoding is a table lookup per byte.
struct Utf8Forms {
  std::array<std::array<char, 3>, 128> bytes{};
  std::array<std::uint8_t, 128> length{};
  constexpr Utf8Forms() {
    for (std::size_t i = 0; i < 128; ++i) {
      const std::uint32_t cp = kWindows1251[i];
      if (cp < 0x800) {
        bytes[i] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F)), 0};
        length[i] = 2;
      } else {
        bytes[i] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                    static_cast<char>(0x80 | (cp & 0x3F))};
        length[i] = 3;
      }
    }
  }
};
constexpr Utf8Forms kForms;

std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Where an unfinished multibyte sequence at the end of `bytes` starts
// (bytes.size() when there is none).
std::size_t incomplete_tail(std::string_view bytes) {
  const std::size_t n = bytes.size();
  for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
    const auto c = static_cast<unsigned char>(bytes[n - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const std::size_t length = sequence_length(c);
    return length > back ? n - back : n;
  }
  return n;
}

}  // namespace

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "utf-8";
    case Encoding::windows1251: return "windows-1251";
    case Encoding::utf16le: return "utf-16le";
    case Encoding::utf16be: return "utf-16be";
  }
  return "utf-8";
}

void Decoder::decode_utf16(std::string_view chunk, std::string& out) {
  const bool little = encoding_ == Encoding::utf16le;
  std::string bytes;
  if (!carry_.empty()) {
    bytes = carry_ + std::string(chunk);
    chunk = bytes;
    carry_.clear();
  }
  const auto unit_at = [&](std::size_t i) {
    const auto a = static_cast<unsigned char>(chunk[i]), b = static_cast<unsigned char>(chunk[i + 1]);
    return static_cast<char32_t>(little ? a | (b << 8) : (a << 8) | b);
  };
  out.reserve(out.size() + chunk.size() * 3 / 2);
  std::size_t i = 0;
  while (i + 1 < chunk.size()) {
    const char32_t unit = unit_at(i);
    if (unit < 0x80) {  // the usual case in a table: ASCII delimiters and digits
      out.push_back(static_cast<char>(unit));
      i += 2;
    } else if (unit >= 0xD800 && unit <= 0xDBFF) {  // a high surrogate: its pair follows
      if (i + 3 >= chunk.size()) break;            // ... in the next chunk
      const char32_t low = unit_at(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 4;
      } else {
        out.append(kReplacement);
        i += 2;
      }
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {  // a low surrogate alone
      out.append(kReplacement);
      i += 2;
    } else {
      append_utf8(out, unit);
      i += 2;
    }
  }
  carry_.assign(chunk.substr(i));
}

void Decoder::decode_utf8(std::string_view bytes, std::string& out) {
  while (!bytes.empty()) {
    const auto bad = first_invalid_utf8(bytes);
    if (!bad) {
      out.append(bytes);
      return;
    }
    out.append(bytes.substr(0, *bad));
    out.append(kReplacement);
    bytes.remove_prefix(*bad + 1);
  }
}

void Decoder::decode(std::string_view chunk, std::string& out) {
  if (encoding_ == Encoding::utf16le || encoding_ == Encoding::utf16be) {
    decode_utf16(chunk, out);
    return;
  }
  if (encoding_ == Encoding::windows1251) {
    // Written through a pointer into room for the worst case (three bytes
    // a character), then trimmed: no per-byte capacity checks.
    const std::size_t start = out.size();
    out.resize(start + chunk.size() * 3);
    char* w = out.data() + start;
    const auto* s = reinterpret_cast<const unsigned char*>(chunk.data());
    const std::size_t n = chunk.size();
    std::size_t i = 0;
    while (i < n) {
      if (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, s + i, 8);
        if (!(word & 0x8080808080808080ull)) {  // eight ASCII bytes
          std::memcpy(w, &word, 8);
          w += 8;
          i += 8;
          continue;
        }
      }
      const unsigned char byte = s[i++];
      if (byte < 0x80) {
        *w++ = static_cast<char>(byte);
      } else {
        const auto& form = kForms.bytes[byte - 0x80];
        w[0] = form[0];
        w[1] = form[1];
        w[2] = form[2];
        w += kForms.length[byte - 0x80];
      }
    }
    out.resize(static_cast<std::size_t>(w - out.data()));
    return;
  }
  if (!carry_.empty()) {
    // Complete the held-back sequence with the first bytes of this chunk.
    const std::size_t need = sequence_length(static_cast<unsigned char>(carry_[0]));
    while (carry_.size() < need && !chunk.empty() && (static_cast<unsigned char>(chunk[0]) & 0xC0) == 0x80) {
      carry_.push_back(chunk[0]);
      chunk.remove_prefix(1);
    }
    if (carry_.size() < need && chunk.empty()) return;  // still unfinished
    decode_utf8(carry_, out);
    carry_.clear();
  }
  const std::size_t tail = incomplete_tail(chunk);
  decode_utf8(chunk.substr(0, tail), out);
  carry_.assign(chunk.substr(tail));
}

void Decoder::append_checked(std::string_view chunk, std::string& out) {
  if (encoding_ != Encoding::utf8 || !carry_.empty()) {
    decode(chunk, out);
    return;
  }
  const std::size_t tail = incomplete_tail(chunk);
  out.append(chunk.substr(0, tail));
  carry_.assign(chunk.substr(tail));
}

void Decoder::finish(std::string& out) {
  if (!carry_.empty()) out.append(kReplacement);
  carry_.clear();
}

namespace {

// Valid multi-byte UTF-8 sequences and invalid bytes in `text`, by the same
// definition of validity the decoder uses.
struct Utf8Tally {
  std::size_t sequences = 0, invalid = 0;
};

Utf8Tally tally_utf8(std::string_view text) {
  Utf8Tally tally;
  while (!text.empty()) {
    const auto bad = first_invalid_utf8(text);
    const std::string_view valid = text.substr(0, bad.value_or(text.size()));
    // In valid UTF-8 every lead byte (0xC0 and up) starts one sequence.
    tally.sequences += static_cast<std::size_t>(
        std::count_if(valid.begin(), valid.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xC0; }));
    if (!bad) break;
    ++tally.invalid;
    text.remove_prefix(*bad + 1);
  }
  return tally;
}

}  // namespace

Encoding guess_encoding(std::string_view sample) {
  bool well_formed = false;
  return guess_encoding(sample, well_formed);
}

Encoding guess_encoding(std::string_view sample, bool& well_formed) {
  sample = sample.substr(0, incomplete_tail(sample));
  well_formed = !first_invalid_utf8(sample);
  if (well_formed) return Encoding::utf8;
  // Russian text in Windows-1251 almost never forms valid UTF-8 sequences. A
  // sample mostly of them is UTF-8 with a few damaged lines (pasted from a
  // Windows-1251 file): read as UTF-8, those lines are reported where they are.
  const Utf8Tally tally = tally_utf8(sample);
  return tally.sequences > tally.invalid ? Encoding::utf8 : Encoding::windows1251;
}

}  // namespace rmt::text
