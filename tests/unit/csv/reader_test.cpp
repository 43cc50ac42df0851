#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "csv/reader.h"
#include "csv/table.h"
#include "text/decoder.h"
#include "scratch.h"
#include "test_text.h"

using namespace rmt;
using diag::Code;

namespace {

struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<std::uint32_t> lines;
  csv::Dialect dialect;
  diag::DiagnosticList findings;
};

// Every record of `reader` into `result`.
void collect(csv::Reader& reader, Read& result) {
  csv::Record record;
  while (reader.next(record)) {
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < record.size(); ++i) fields.emplace_back(record.field(i));
    result.records.push_back(fields);
    result.lines.push_back(record.line);
  }
  result.dialect = reader.dialect();
}

Read read_all(const std::string& bytes, csv::ReaderOptions options = {}) {
  Read result;
  std::istringstream in(bytes);
  csv::Reader reader(in, "t.csv", result.findings, options);
  collect(reader, result);
  return result;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_CASE("Windows-1251 decodes to UTF-8, whole and split across chunks") {
  const std::string cp = to_cp1251("Код ОО;Статус\r\nШКОЛА-1;выполнено\r\n");
  for (std::size_t chunk : {std::size_t{3}, std::size_t{7}, std::size_t{1 << 16}}) {
    CAPTURE(chunk);
    csv::ReaderOptions options;
    options.chunk_bytes = chunk;
    options.dialect.encoding = chunk < 100 ? std::optional(text::Encoding::windows1251) : std::nullopt;
    const auto read = read_all(cp, options);
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[0] == Fields{"Код ОО", "Статус"});
    CHECK(read.records[1] == Fields{"ШКОЛА-1", "выполнено"});
    CHECK(read.dialect.encoding == text::Encoding::windows1251);
  }
}

TEST_CASE("the decoder carries a UTF-8 character split between chunks") {
  text::Decoder decoder(text::Encoding::utf8);
  std::string out;
  const std::string word = "Статус";
  for (const char c : word) decoder.decode(std::string_view(&c, 1), out);
  decoder.finish(out);
  CHECK(out == word);

  // Cut off at the end of the input: one replacement character.
  text::Decoder cut(text::Encoding::utf8);
  out.clear();
  cut.decode("ok\xD0", out);
  cut.finish(out);
  CHECK(out == "ok\xEF\xBF\xBD");
}

TEST_CASE("encoding detection: BOM, valid UTF-8, otherwise Windows-1251; overrides win") {
  CHECK(read_all("\xEF\xBB\xBF" "a,b\n").dialect.bom);
  CHECK(read_all("\xEF\xBB\xBF" "a,b\n").records[0] == Fields{"a", "b"});
  CHECK(read_all("Код,Статус\n").dialect.encoding == text::Encoding::utf8);
  CHECK(read_all(to_cp1251("Код,Статус\n")).dialect.encoding == text::Encoding::windows1251);
  csv::ReaderOptions forced;
  forced.dialect.encoding = text::Encoding::windows1251;
  CHECK(read_all("a,b\n", forced).dialect.encoding == text::Encoding::windows1251);
}

TEST_CASE("delimiter detection ignores delimiters inside quotes and decimal commas") {
  CHECK(csv::sniff_delimiter("a;b;c\n1;\"x, y, z\";3\n4;5,5;6\n") == ';');
  CHECK(csv::sniff_delimiter("a,b,c\n1,\"x; y; z\",3\n4,\"5;5\",6\n") == ',');
  CHECK(csv::sniff_delimiter("a\tb\tc\n1\t2,5\t3\n") == '\t');
  CHECK(csv::sniff_delimiter("single\ncolumn\n") == ',');
  // A quoted line break holding the other delimiter does not split records.
  CHECK(csv::sniff_delimiter("a;b\n\"line 1, more\nline 2, more\";x\nc;d\n") == ';');
  // Found by fuzzing: a comma file (a merged CSV) whose one quoted cell holds
  // lines full of ';' that outnumber its records. The header decides.
  CHECK(csv::sniff_delimiter("a,b,c\n1,2,\"x;y;z\nx;y;z\nx;y;z\nx;y;z\"\n3,4,5\n") == ',');
  csv::ReaderOptions forced;
  forced.dialect.delimiter = ';';
  CHECK(read_all("a,b;c\n", forced).records[0] == Fields{"a,b", "c"});
}

TEST_CASE("quotes: delimiters, doubled quotes and line breaks inside fields; physical lines") {
  const auto read = read_all("h1;h2;h3\r\n\"a;b\";\"say \"\"hi\"\"\";\"line 1\r\nline 2\"\r\nnext;2;3\r\n");
  REQUIRE(read.records.size() == 3);
  CHECK(read.records[1] == Fields{"a;b", "say \"hi\"", "line 1\nline 2"});
  CHECK(read.records[2] == Fields{"next", "2", "3"});
  CHECK(read.lines == std::vector<std::uint32_t>{1, 2, 4});
  CHECK(read.findings.items().empty());
}

TEST_CASE("LF, CRLF and lone CR all end lines; a missing final newline is fine") {
  for (const char* newline : {"\n", "\r\n", "\r"}) {
    CAPTURE(newline);
    const std::string text = std::string("a,b") + newline + "c,d" + newline + newline + "e,f";
    const auto read = read_all(text);
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[3] == Fields{"e", "f"});
    CHECK(read.lines == std::vector<std::uint32_t>{1, 2, 3, 4});
  }
}

TEST_CASE("a quote inside an unquoted field, and text after a closing quote, are kept as Excel does") {
  const auto read = read_all("a,b\n5\" screen,\"x\"y\n");
  CHECK(read.records[1] == Fields{"5\" screen", "xy"});
}

TEST_CASE("an unterminated quote is malformed-csv at the line where it opened") {
  const auto read = read_all("a,b\n1,2\n3,\"open\n4,5\n");
  CHECK(read.records.size() == 2);
  REQUIRE(read.findings.items().size() == 1);
  CHECK(read.findings.items()[0].code == Code::malformed_csv);
  CHECK(read.findings.items()[0].pos.line == 3);
}

TEST_CASE("a field over the limit stops the file with malformed-csv") {
  csv::ReaderOptions options;
  options.limits.max_field_bytes = 16;
  const auto read = read_all("a,b\n1,\"" + std::string(100, 'x') + "\"\n", options);
  CHECK(read.records.size() == 1);
  REQUIRE(read.findings.items().size() == 1);
  CHECK(read.findings.items()[0].code == Code::malformed_csv);
  CHECK(read.findings.items()[0].pos.line == 2);
}

TEST_CASE("a row over the byte or cell limit stops the file with malformed-csv, naming the option") {
  csv::ReaderOptions options;
  options.limits.max_row_bytes = 20;
  options.chunk_bytes = 7;  // the limit holds across chunk boundaries
  auto read = read_all("a,b,c\n1,2,3\n" + std::string(12, 'x') + "," + std::string(12, 'y') + "\n4,5,6\n", options);
  CHECK(read.records.size() == 2);
  REQUIRE(read.findings.items().size() == 1);
  CHECK(read.findings.items()[0].code == Code::malformed_csv);
  CHECK(read.findings.items()[0].pos.line == 3);
  CHECK(read.findings.items()[0].hint.en == "--max-row-bytes sets the limit");

  options = {};
  options.limits.max_row_cells = 3;
  read = read_all("a,b,c\n1,2,3\n1,2,3,\n", options);  // a fourth, empty cell is one too many
  CHECK(read.records.size() == 2);
  REQUIRE(read.findings.items().size() == 1);
  CHECK(read.findings.items()[0].code == Code::malformed_csv);
  CHECK(read.findings.items()[0].pos.line == 3);
  CHECK(read.findings.items()[0].message.en == "a row has more than 3 cells; the rest of the file is not read");
}

TEST_CASE("a file over the size limit is not read: up front from its size, or once a stream passes it") {
  csv::ReaderOptions options;
  options.limits.max_file_bytes = 100;
  const std::string small = "a,b\n1,2\n";
  const std::string large = small + std::string(200, '\n') + "3,4\n";

  Scratch dir;
  diag::DiagnosticList findings;
  csv::Reader file(dir.write("large.csv", large), "large.csv", findings, options);
  csv::Record record;
  CHECK_FALSE(file.next(record));
  CHECK_FALSE(file.readable());
  REQUIRE(findings.items().size() == 1);
  CHECK(findings.items()[0].code == Code::unreadable_file);
  CHECK(findings.items()[0].message.en == "the file is larger than 100 bytes; it is not read");

  options.sample_bytes = options.chunk_bytes = 16;
  auto read = read_all(large, options);  // a stream: read until the limit passes
  CHECK(read.records.size() < 100);
  CHECK(read.records.back() != Fields{"3", "4"});
  REQUIRE(read.findings.items().size() == 1);
  CHECK(read.findings.items()[0].code == Code::unreadable_file);
  CHECK(read_all(small, options).findings.items().empty());
}

TEST_CASE("NUL bytes are dropped and reported at their line") {
  const auto read = read_all(std::string("a,b\n1,x\0y\n", 10));
  CHECK(read.records[1] == Fields{"1", "xy"});
  REQUIRE(read.findings.items().size() == 1);
  CHECK(read.findings.items()[0].code == Code::encoding);
  CHECK(read.findings.items()[0].pos.line == 2);
}

TEST_CASE("files that are not CSV text are recognised") {
  struct Case {
    std::string bytes;
    const char* words;
  };
  const Case cases[] = {
      {std::string("PK\x03\x04", 4) + "rest", "Excel workbook (.xlsx)"},
      {"%PDF-1.7 ...", "PDF document"},
      {std::string(64, '\0'), "binary data"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.words);
    const auto read = read_all(c.bytes);
    CHECK(read.records.empty());
    REQUIRE(read.findings.items().size() == 1);
    CHECK(read.findings.items()[0].code == Code::encoding);
    CHECK(read.findings.items()[0].message.en.find(c.words) != std::string::npos);
  }
}

TEST_CASE("a missing file is unreadable-file") {
  diag::DiagnosticList findings;
  csv::Reader reader("/nonexistent/file.csv", "file.csv", findings);
  csv::Record record;
  CHECK_FALSE(reader.next(record));
  CHECK_FALSE(reader.readable());
  REQUIRE(findings.items().size() == 1);
  CHECK(findings.items()[0].code == Code::unreadable_file);
}

namespace {

const std::vector<csv::ColumnSpec> kColumns{
    {"org_id", "Код ОО", {}, true, false},
    {"status", "Статус", {}, true, false},
    {"comment", "Комментарий", {"примечание"}, false, false},
    {"target", "Плановое значение", {}, false, true},
};

struct TableRead {
  std::vector<std::vector<std::string>> rows;  // org_id, status, comment
  std::vector<std::uint32_t> lines;
  diag::DiagnosticList findings;
  bool header_ok = false;
};

TableRead read_table(const std::string& bytes, csv::ReaderOptions options = {}) {
  TableRead result;
  std::istringstream in(bytes);
  csv::Reader reader(in, "t.csv", result.findings, options);
  csv::Table table(reader, kColumns, result.findings);
  result.header_ok = table.read_header();
  if (!result.header_ok) return result;
  while (table.next()) {
    result.rows.push_back({std::string(table.cell(0)), std::string(table.cell(1)), std::string(table.cell(2))});
    result.lines.push_back(table.line());
  }
  return result;
}

std::vector<Code> codes(const diag::DiagnosticList& list) {
  std::vector<Code> out;
  for (const auto& d : list.items()) out.push_back(d.code);
  return out;
}

}  // namespace

TEST_CASE("headers match in English or Russian, any case, with stray spaces") {
  for (const char* header : {"org_id,status", "Код ОО,Статус", " КОД  ОО ,статус", "ORG_ID,STATUS", "код оо,Status"}) {
    CAPTURE(header);
    const auto read = read_table(std::string(header) + "\nA,done\n");
    CHECK(read.header_ok);
    CHECK(read.findings.items().empty());
    REQUIRE(read.rows.size() == 1);
    CHECK(read.rows[0] == Fields{"A", "done", ""});
  }
}

TEST_CASE("missing, duplicate and unknown columns") {
  auto read = read_table("org_id,comment\nA,x\n");
  CHECK_FALSE(read.header_ok);
  CHECK(codes(read.findings) == std::vector<Code>{Code::missing_column});
  CHECK(read.findings.items()[0].column_key == "status");

  read = read_table("org_id,status,Статус\nA,done,done\n");
  CHECK(codes(read.findings) == std::vector<Code>{Code::duplicate_column});
  CHECK(read.findings.items()[0].column_header == "Статус");

  read = read_table("org_id,status,Ответственный,Плановое значение\nA,done,Иванова,60\n");
  CHECK(read.header_ok);
  CHECK(codes(read.findings) == std::vector<Code>{Code::unknown_column});
  CHECK(read.findings.items()[0].severity == diag::Severity::warning);
}

TEST_CASE("blank rows: silent before the header and at the end, a warning between data rows") {
  const auto read = read_table("\n;;\norg_id;status\nA;done\n;;\n\nB;done\n;;\n\n");
  CHECK(read.header_ok);
  CHECK(read.rows.size() == 2);
  CHECK(read.lines == std::vector<std::uint32_t>{4, 7});
  // One finding per run of blank rows, however long.
  CHECK(codes(read.findings) == std::vector<Code>{Code::blank_row});
  CHECK(read.findings.items()[0].pos.line == 5);
  CHECK(read.findings.items()[0].message.en == "blank rows 5–6 between data rows");

  const auto one = read_table("org_id;status\nA;done\n;;\nB;done\n");
  REQUIRE(one.findings.items().size() == 1);
  CHECK(one.findings.items()[0].message.en == "a blank row between data rows");
}

TEST_CASE("trailing empty cells are ignored; extra non-empty cells make a ragged row") {
  auto read = read_table("org_id;status;;;\nA;done;;;\nB;done\n");
  CHECK(read.findings.items().empty());
  CHECK(read.rows.size() == 2);

  read = read_table("org_id;status\nA;done;;surprise;;\n");
  CHECK(codes(read.findings) == std::vector<Code>{Code::ragged_row});
  CHECK(read.findings.items()[0].pos.line == 2);
}

TEST_CASE("cells: formula-like text is a warning, negative numbers are not; bad bytes are encoding") {
  auto read = read_table("org_id,status,comment\nA,done,=SUM(A1:A3)\nB,done,-5\nC,done,@user\n");
  REQUIRE(codes(read.findings) == std::vector<Code>{Code::formula_like, Code::formula_like});
  CHECK(read.findings.items()[0].column_key == "comment");
  CHECK(read.findings.items()[1].pos.line == 4);

  // Cyrillic UTF-8 in the sample (so the file is taken for UTF-8), then a
  // Windows-1251 byte past it.
  csv::ReaderOptions small_sample;
  small_sample.sample_bytes = 32;
  read = read_table("org_id,status,comment\nA,done,Пары\nB,done,caf\xE9\n", small_sample);
  REQUIRE(codes(read.findings) == std::vector<Code>{Code::encoding});
  CHECK(read.findings.items()[0].column_key == "comment");
  CHECK(read.findings.items()[0].pos.line == 3);
}

TEST_CASE("a file with nothing but blank lines has no header") {
  const auto read = read_table("\n\n;;\n");
  CHECK_FALSE(read.header_ok);
  CHECK(codes(read.findings) == std::vector<Code>{Code::missing_column});
  CHECK(read.findings.items()[0].message.en == "the file is empty: there is no header row");
}

TEST_CASE("records are the same whatever the chunk size, from a file or a stream") {
  // Random text from the pieces that make CSV hard: every run boundary the
  // reader skips over can fall at a chunk's end.
  const std::vector<std::string> pieces{"a", "Жук", ";", ",", "\"", "\"\"", "\r\n", "\n", "\r", "\t",
                                        "Комментарий с текстом", "12,5", " ", std::string(1, '\0')};
  std::uint64_t state = 42;
  const auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  Scratch scratch;
  for (int sample = 0; sample < 200; ++sample) {
    std::string bytes = "Код ОО;Статус\r\n";
    const std::size_t length = next() % 60;
    for (std::size_t i = 0; i < length; ++i) bytes += pieces[next() % pieces.size()];
    CAPTURE(bytes);
    const auto reference = read_all(bytes);
    const auto reference_codes = codes(reference.findings);
    // Many NUL bytes make the file binary: a verdict on the sample, which the
    // sliver-sized samples below cannot reach alike.
    if (!reference.findings.items().empty() && reference_codes.front() == Code::encoding && !reference.records.size())
      continue;
    const std::string path = scratch.write("sample.csv", bytes);
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{5}, std::size_t{64}}) {
      CAPTURE(chunk);
      csv::ReaderOptions options;
      options.chunk_bytes = chunk;
      options.sample_bytes = chunk;  // the dialect from a sliver: fixed, so that all runs agree
      options.dialect.delimiter = reference.dialect.delimiter;
      options.dialect.encoding = reference.dialect.encoding;
      const auto streamed = read_all(bytes, options);
      CHECK(streamed.records == reference.records);
      CHECK(streamed.lines == reference.lines);
      CHECK(codes(streamed.findings) == reference_codes);

      Read from_file;
      csv::Reader reader(path, "sample.csv", from_file.findings, options);
      collect(reader, from_file);
      CHECK(from_file.records == reference.records);
      CHECK(from_file.lines == reference.lines);
      CHECK(codes(from_file.findings) == reference_codes);
    }
  }
}

TEST_CASE("UTF-16 with a byte order mark, little- or big-endian, split anywhere across chunks") {
  // Excel's «Текст Юникод»: UTF-16 LE, tabs, CRLF; a character outside the BMP as a surrogate pair.
  const std::u16string text = u"Код ОО\tСтатус\r\nШКОЛА-1\tвыполнено 😀\r\n";
  for (const bool little : {true, false}) {
    std::string bytes = little ? "\xFF\xFE" : "\xFE\xFF";
    for (const char16_t unit : text) {
      const char low = static_cast<char>(unit & 0xFF), high = static_cast<char>(unit >> 8);
      bytes += little ? std::string{low, high} : std::string{high, low};
    }
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{5}, std::size_t{1 << 16}}) {
      CAPTURE(little);
      CAPTURE(chunk);
      csv::ReaderOptions options;
      options.chunk_bytes = chunk;
      options.sample_bytes = chunk < 100 ? 41 : 1 << 16;  // past the first line's tab, ending mid-character
      const auto read = read_all(bytes, options);
      CHECK(read.findings.items().empty());
      REQUIRE(read.records.size() == 2);
      CHECK(read.records[0] == Fields{"Код ОО", "Статус"});
      CHECK(read.records[1] == Fields{"ШКОЛА-1", "выполнено 😀"});
      CHECK(read.dialect.encoding == (little ? text::Encoding::utf16le : text::Encoding::utf16be));
      CHECK(read.dialect.delimiter == '\t');
    }
  }
}

TEST_CASE("UTF-16: a lone surrogate and a file cut mid-character become U+FFFD") {
  text::Decoder decoder(text::Encoding::utf16le);
  std::string out;
  decoder.decode(std::string("a\0\x00\xDC" "b\0", 6), out);  // a low surrogate alone
  decoder.decode(std::string("\x3D\xD8", 2), out);           // a high surrogate, then the end
  decoder.finish(out);
  CHECK(out == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

TEST_CASE("the header is found below a title, a date and blank rows; the rows above are a note") {
  const auto read = read_table("Отчёт МБОУ СОШ № 4 за 2026 год;;\nДата: 10.12.2026;;\n;;\nКод ОО;Статус\nA;done\n");
  CHECK(read.header_ok);
  CHECK(read.findings.items().empty());
  REQUIRE(read.findings.notes().size() == 1);
  CHECK(read.findings.notes()[0].pos.line == 4);
  CHECK(read.findings.notes()[0].message.en ==
        "the table's header is at line 4; lines 1–3 above it (a title, a date) are skipped");
  CHECK(read.rows == std::vector<Fields>{{"A", "done", ""}});
  CHECK(read.lines == std::vector<std::uint32_t>{5});
}

TEST_CASE("a header that never names every column: the best row is taken and what it lacks reported") {
  // The header lacks «Статус»; the rows after it are still read as data (in order) once it is settled.
  auto read = read_table("Отчёт школы\norg_id;comment\nA;x\nB;y\n");
  CHECK_FALSE(read.header_ok);
  CHECK(codes(read.findings) == std::vector<Code>{Code::missing_column});
  CHECK(read.findings.items()[0].pos.line == 2);
  CHECK(read.findings.notes().size() == 1);

  // Nothing like a header within the first 30 rows: the first row is taken as it.
  std::string many;
  for (int i = 0; i < 40; ++i) many += "x;y\n";
  read = read_table(many + "org_id;status\nA;done\n");
  CHECK_FALSE(read.header_ok);
  CHECK(read.findings.items()[0].pos.line == 1);
  CHECK(read.findings.notes().empty());

  // A header at row 30 is still found; at row 31 it is not.
  std::string titles;
  for (int i = 0; i < 29; ++i) titles += "title\n";
  CHECK(read_table(titles + "org_id;status\nA;done\n").header_ok);
  CHECK_FALSE(read_table(titles + "more\norg_id;status\nA;done\n").header_ok);
}

TEST_CASE("rows holding only spaces, tabs or non-breaking spaces are blank rows") {
  const auto read = read_table("org_id;status\nA;done\n  ; \t;\xC2\xA0\nB;done\n   \n");
  CHECK(read.rows.size() == 2);
  CHECK(codes(read.findings) == std::vector<Code>{Code::blank_row});
  CHECK(read.findings.items()[0].pos.line == 3);
}

TEST_CASE("a table can ignore columns it does not know (a registry's ИНН and address)") {
  diag::DiagnosticList findings;
  std::istringstream in("ИНН;org_id;Адрес;status\n1;A;ул. Мира;done\n");
  csv::Reader reader(in, "t.csv", findings);
  csv::Table table(reader, kColumns, findings);
  table.ignore_unknown_columns();
  REQUIRE(table.read_header());
  REQUIRE(table.next());
  CHECK(table.cell(0) == "A");
  CHECK(findings.items().empty());
}
