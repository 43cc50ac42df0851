#include "docx/document.h"

#include <doctest/doctest.h>

#include <vector>

#include "scratch.h"
#include "package/zip_reader.h"

namespace {

using namespace rmt;

// An entry of the archive at `path`, whole.
std::string entry(const std::string& path, const std::string& name) {
  package::ZipArchive zip(path);
  REQUIRE(zip.is_open());
  REQUIRE(zip.open_entry(name, 1u << 26));
  std::string bytes;
  std::vector<char> buffer(4096);
  long n;
  while ((n = zip.read(buffer)) > 0) bytes.append(buffer.data(), static_cast<std::size_t>(n));
  REQUIRE(n == 0);
  return bytes;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

docx::Properties properties() {
  docx::Properties p;
  p.title = "Справка";
  p.created = {2026, 12, 20};
  return p;
}

}  // namespace

TEST_CASE("xml_escape keeps text as text") {
  CHECK(docx::xml_escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  CHECK(docx::xml_escape("]]><w:p/>") == "]]&gt;&lt;w:p/&gt;");
  // XML 1.0 cannot hold most control characters or U+FFFE/U+FFFF: they go.
  CHECK(docx::xml_escape("a\x01\x07\x1b" "b") == "ab");
  CHECK(docx::xml_escape("a\tb\nc") == "a\tb\nc");
  CHECK(docx::xml_escape("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "xyz");
  // An ill-formed byte becomes U+FFFD; a real U+FFFD and Cyrillic stay as they are.
  CHECK(docx::xml_escape("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(docx::xml_escape("\xEF\xBF\xBD Щ") == "\xEF\xBF\xBD Щ");
}

TEST_CASE("a document's parts: text escaped, header rows, sections, pictures, page numbers") {
  Scratch scratch;
  docx::Document doc;
  CHECK(doc.text_width_mm() == doctest::Approx(165));
  doc.add(docx::Paragraph("Охват <b>&", docx::Style::heading1));
  docx::Paragraph runs;
  runs.runs = {{"жирный", true}, {"\tпосле табуляции\nи строки"}};
  doc.add(runs);
  docx::Table table;
  table.widths_mm = {20, 30};
  table.rows.push_back({{docx::Cell("№"), docx::Cell("Имя")}, true});
  table.rows.push_back({{docx::Cell("1", docx::Align::right, "C6EFCE"), docx::Cell("Школа \"№1\"")}, false});
  docx::Cell wide("на две колонки");
  wide.span = 2;
  table.rows.push_back({{wide}, false});
  doc.add(table);
  doc.new_section(docx::Orientation::landscape);
  CHECK(doc.text_width_mm() == doctest::Approx(257));
  doc.add(docx::Picture{"\x89PNG fake", 100, 50, "рисунок <1>"});
  CHECK(doc.pictures() == 1);
  const std::string path = scratch.path("a.docx");
  REQUIRE(doc.save(path, properties()) == "");

  const std::string body = entry(path, "word/document.xml");
  CHECK(body.find("Охват &lt;b&gt;&amp;") != std::string::npos);
  CHECK(body.find("<w:pStyle w:val=\"Heading1\"/>") != std::string::npos);
  CHECK(body.find("<w:b/>") != std::string::npos);
  CHECK(count(body, "<w:tab/>") == 1);
  CHECK(count(body, "<w:br/>") == 1);
  CHECK(body.find("Школа &quot;№1&quot;") != std::string::npos);
  CHECK(count(body, "<w:tblHeader/>") == 1);  // the header row only
  CHECK(count(body, "<w:cantSplit/>") == 3);
  CHECK(body.find("<w:gridSpan w:val=\"2\"/>") != std::string::npos);
  CHECK(body.find("w:fill=\"C6EFCE\"") != std::string::npos);
  // 20 mm and 30 mm in twips; the spanning cell as wide as both.
  CHECK(body.find("<w:gridCol w:w=\"1134\"/><w:gridCol w:w=\"1701\"/>") != std::string::npos);
  CHECK(body.find("<w:tcW w:w=\"2835\" w:type=\"dxa\"/>") != std::string::npos);
  // Two sections: the first portrait (ended in a paragraph), the last landscape.
  CHECK(count(body, "<w:sectPr>") == 2);
  CHECK(body.find("w:orient=\"landscape\"") > body.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  CHECK(count(body, "<w:footerReference") == 2);
  // The picture: 100 × 50 mm in EMU, its description escaped.
  CHECK(body.find("<wp:extent cx=\"3600000\" cy=\"1800000\"/>") != std::string::npos);
  CHECK(body.find("descr=\"рисунок &lt;1&gt;\"") != std::string::npos);
  CHECK(entry(path, "word/media/image1.png") == "\x89PNG fake");
  CHECK(entry(path, "word/_rels/document.xml.rels").find("Target=\"media/image1.png\"") != std::string::npos);
  CHECK(entry(path, "[Content_Types].xml").find("Extension=\"png\"") != std::string::npos);
  CHECK(entry(path, "word/footer1.xml").find(" PAGE ") != std::string::npos);
  // Word's own heading names, so the navigation pane finds them.
  CHECK(entry(path, "word/styles.xml").find("<w:name w:val=\"heading 1\"/>") != std::string::npos);
  CHECK(entry(path, "docProps/core.xml").find("2026-12-20T00:00:00Z") != std::string::npos);

  // The same content gives the same bytes.
  const std::string again = scratch.path("b.docx");
  REQUIRE(doc.save(again, properties()) == "");
  CHECK(Scratch::read(path) == Scratch::read(again));
}

TEST_CASE("a document that cannot be written says so") {
  docx::Document doc;
  doc.add(docx::Paragraph("x"));
  CHECK(doc.save("/nonexistent/dir/a.docx", properties()) != "");
}

TEST_CASE("the page estimate: lines of 12-point text at 84 characters to a portrait line, a new page per section") {
  docx::Document doc;
  CHECK(doc.page_filled_mm() == 0);
  CHECK(doc.text_height_mm() == 257);
  // One line of Normal text: 14.9 pt of line and 6 pt after it.
  doc.add(docx::Paragraph("Короткая строка."));
  CHECK(doc.page_filled_mm() == doctest::Approx((12 * 1.15 * 259 / 240 + 6) * 25.4 / 72));
  const double one = doc.page_filled_mm();
  // 170 characters: three lines (a line holds about 80 at the estimate's width).
  doc.add(docx::Paragraph(std::string(170, 'a')));
  CHECK(doc.page_filled_mm() - one == doctest::Approx((3 * 12 * 1.15 * 259 / 240 + 6) * 25.4 / 72));
  // A picture taller than what is left goes whole to the next page.
  doc.add(docx::Picture{"png", 100, 250, ""});
  CHECK(doc.page_filled_mm() == doctest::Approx(250 + docx::Document::kPictureSpacingMm));
  doc.new_section(docx::Orientation::landscape);
  CHECK(doc.page_filled_mm() == 0);
  CHECK(doc.text_height_mm() == 160);
}
