// Fuzz target: arbitrary text through every writer of documents (SPEC.md
// §10 «Limits»): the workbook adapter (sheet names, cells, merged runs,
// comments, drop-down lists, properties), the .docx and the imported YAML's
// strings. Invariants: every XML part of what was written is well-formed
// (expat, as Excel's and Word's readers are strict), and a quoted YAML
// string holds only valid UTF-8 that XML would hold too.
#include <expat.h>
#include <unistd.h>
#include <unzip.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "book/workbook.h"
#include "docx/document.h"
#include "fuzz_input.h"
#include "order/draft_yaml.h"
#include "text/utf8.h"

using namespace rmt;

namespace {

// Every XML part of the zip at `path` parses.
void check_package(const std::string& path) {
  unzFile zip = unzOpen64(path.c_str());
  if (!zip) fuzz::violated("a written package does not open as a zip");
  for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
    char name[512];
    unz_file_info64 info{};
    unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
    const std::string part = name;
    if (!part.ends_with(".xml") && !part.ends_with(".rels") && !part.ends_with(".vml")) continue;
    std::string bytes(static_cast<std::size_t>(info.uncompressed_size), '\0');
    if (unzOpenCurrentFile(zip) != UNZ_OK) fuzz::violated("a part cannot be opened");
    if (!bytes.empty() && unzReadCurrentFile(zip, bytes.data(), static_cast<unsigned>(bytes.size())) != static_cast<int>(bytes.size()))
      fuzz::violated("a part cannot be read");
    unzCloseCurrentFile(zip);
    XML_Parser parser = XML_ParserCreate(nullptr);
    const bool ok = XML_Parse(parser, bytes.data(), static_cast<int>(bytes.size()), 1) == XML_STATUS_OK;
    XML_ParserFree(parser);
    if (!ok) fuzz::violated(("a part is not well-formed XML: " + part).c_str());
  }
  unzClose(zip);
}

std::string scratch_path(const char* name) {
  static const std::string dir = [] {
    const auto path = std::filesystem::temp_directory_path() / ("rmt-fuzz-writers-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    return path.string();
  }();
  return dir + "/" + name;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  // Pieces of the input, split at NUL or «|»: each a string some writer gets.
  std::vector<std::string> pieces(1);
  for (const char c : input) {
    if (c == '|' || c == '\0')
      pieces.emplace_back();
    else
      pieces.back() += c;
  }
  while (pieces.size() < 4) pieces.push_back(pieces.front());

  const std::string workbook = scratch_path("w.xlsx");
  {
    book::Workbook wb(workbook, false);
    if (!wb.ok()) fuzz::violated("no workbook");
    const book::Format plain = wb.format({});
    book::Style bold_style;
    bold_style.font.bold = true;
    const book::Format bold = wb.format(bold_style);
    for (std::size_t i = 0; i < pieces.size() && i < 6; ++i) {
      book::Sheet& sheet = wb.add_sheet(pieces[i]);
      if (sheet.name().empty()) fuzz::violated("a sheet without a name");
      sheet.set_widths({20, 20, 20});
      sheet.text(0, 0, pieces[(i + 1) % pieces.size()], plain);
      sheet.merged_runs(1, 0, 2, {{pieces[(i + 2) % pieces.size()], true}, {pieces[(i + 3) % pieces.size()], false}}, plain, bold);
      sheet.comment(0, 0, pieces[(i + 3) % pieces.size()], pieces[i]);
      book::Validation list;
      list.kind = book::Validation::Kind::list;
      list.items = {pieces[i].substr(0, 40), "b"};
      list.title = pieces[(i + 1) % pieces.size()].substr(0, 30);
      sheet.validate(2, 3, 0, list);
    }
    book::Properties properties;
    properties.title = pieces[1];
    properties.author = pieces[2];
    wb.set_properties(properties);
    if (!wb.close().empty()) return 0;  // libxlsxwriter refused (a list too long): nothing written to check
  }
  check_package(workbook);

  const std::string document = scratch_path("d.docx");
  docx::Document doc;
  for (const auto& piece : pieces) doc.add(docx::Paragraph(piece));
  docx::Properties properties;
  properties.title = pieces[0];
  properties.created = {2026, 1, 1};
  if (doc.save(document, properties).empty()) check_package(document);

  for (const auto& piece : pieces) {
    const std::string quoted = order::yaml_quoted(piece);
    if (text::first_invalid_utf8(quoted) || text::xml_safe(quoted) != quoted)
      fuzz::violated("a quoted YAML string holds what YAML cannot");
  }
  return 0;
}
