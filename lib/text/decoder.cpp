#include "text/decoder.h"

#include <array>
#include <cstdint>

#include "text/utf8.h"

namespace rmt::text {
namespace {

// Code points of bytes 0x80..0xFF in Windows-1251 (0x98 is unassigned),
// generated from Python's cp1251 codec.
constexpr std::array<std::uint16_t, 128> kWindows1251{
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

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
  return encoding == Encoding::utf8 ? "utf-8" : "windows-1251";
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
  if (encoding_ == Encoding::windows1251) {
    out.reserve(out.size() + chunk.size() * 2);
    for (const char c : chunk) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x80) {
        out.push_back(c);
      } else {
        out.append(kForms.bytes[byte - 0x80].data(), kForms.length[byte - 0x80]);
      }
    }
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

void Decoder::finish(std::string& out) {
  if (!carry_.empty()) out.append(kReplacement);
  carry_.clear();
}

Encoding guess_encoding(std::string_view sample) {
  const auto bad = first_invalid_utf8(sample.substr(0, incomplete_tail(sample)));
  return bad ? Encoding::windows1251 : Encoding::utf8;
}

}  // namespace rmt::text
