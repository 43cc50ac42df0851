#include "docx/document.h"

#include <cmath>

#include <fmt/format.h>

#include "package/zip_writer.h"
#include "text/utf8.h"

namespace rmt::docx {
namespace {

// Page geometry in twentieths of a point (twips): A4, margins of 30 mm on the
// binding side and 15 mm on the other, 20 mm above and below. A landscape
// page turns the sheet, so its binding margin is at the top.
constexpr double kTwipsPerMm = 1440 / 25.4;
constexpr int kA4Short = 11906, kA4Long = 16838;
constexpr double kBindingMm = 30, kOuterMm = 15, kEdgeMm = 20;
constexpr long kEmuPerMm = 36000;

int twips(double mm) { return static_cast<int>(std::lround(mm * kTwipsPerMm)); }

const char* kMainNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char* kXmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// What each style sets, for estimating how much of a page text takes: the
// font size, the space before and after (points) and the line spacing
// (multiples of the font's 1.15 em line).
struct StyleMetrics {
  double size, before, after, spacing;
};

StyleMetrics metrics_of(Style style) {
  switch (style) {
    case Style::normal: return {12, 0, 6, 259.0 / 240};
    case Style::title: return {16, 12, 3, 259.0 / 240};
    case Style::subtitle: return {13, 0, 12, 259.0 / 240};
    case Style::heading1: return {14, 18, 6, 259.0 / 240};
    case Style::heading2: return {12, 12, 6, 259.0 / 240};
    case Style::caption: return {10, 3, 12, 259.0 / 240};
    case Style::table_text:
    case Style::table_heading: return {10, 0, 0, 1};
  }
  return {12, 0, 6, 1};
}

constexpr double kMmPerPoint = 25.4 / 72;
// Times New Roman's average advance in running Russian text, as a share of
// the font size, rounded up (measured on our справки: 84 characters of 12 pt
// on a line of 165 mm: 0.464).
constexpr double kAverageAdvance = 0.47;

// Lines `text` takes in a column `width_mm` wide at `size` points.
double lines_of(const std::string& text, double width_mm, double size) {
  const double per_line = std::max(1.0, std::floor(width_mm / (size * kAverageAdvance * kMmPerPoint)));
  double lines = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    const std::size_t chars = text::count_chars(std::string_view(text).substr(start, end == std::string::npos ? std::string::npos : end - start));
    lines += std::max(1.0, std::ceil(static_cast<double>(chars) / per_line));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

// The height of `paragraph` in a column `width_mm` wide, spacing included.
double paragraph_mm(const Paragraph& paragraph, double width_mm) {
  const StyleMetrics m = metrics_of(paragraph.style);
  std::string text;
  for (const Run& run : paragraph.runs) text += run.text;
  const double line = m.size * 1.15 * m.spacing;
  return (m.before + m.after + lines_of(text, width_mm, m.size) * line) * kMmPerPoint;
}

const char* style_id(Style style) {
  switch (style) {
    case Style::normal: return "Normal";
    case Style::title: return "Title";
    case Style::subtitle: return "Subtitle";
    case Style::heading1: return "Heading1";
    case Style::heading2: return "Heading2";
    case Style::caption: return "Caption";
    case Style::table_text: return "TableText";
    case Style::table_heading: return "TableHeading";
  }
  return "Normal";
}

const char* align_value(Align align) {
  switch (align) {
    case Align::left: return "left";
    case Align::center: return "center";
    case Align::right: return "right";
    case Align::justify: return "both";
  }
  return "left";
}

std::string section_properties(Orientation orientation) {
  const bool portrait = orientation == Orientation::portrait;
  const int top = twips(portrait ? kEdgeMm : kBindingMm), bottom = twips(kEdgeMm);
  const int left = twips(portrait ? kBindingMm : kEdgeMm), right = twips(portrait ? kOuterMm : kEdgeMm);
  return fmt::format(
      "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
      "<w:pgSz w:w=\"{}\" w:h=\"{}\"{}/>"
      "<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"567\" w:footer=\"567\" "
      "w:gutter=\"0\"/></w:sectPr>",
      portrait ? kA4Short : kA4Long, portrait ? kA4Long : kA4Short, portrait ? "" : " w:orient=\"landscape\"", top,
      right, bottom, left);
}

// Text for <w:t>: a tab and a line break become their own elements.
void append_runs_text(std::string& out, std::string_view text, std::string_view properties) {
  std::size_t start = 0;
  const auto flush = [&](std::size_t end) {
    if (end > start)
      out += fmt::format("<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r>", properties,
                         xml_escape(text.substr(start, end - start)));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\t' && text[i] != '\n') continue;
    flush(i);
    out += fmt::format("<w:r>{}{}</w:r>", properties, text[i] == '\t' ? "<w:tab/>" : "<w:br/>");
    start = i + 1;
  }
  flush(text.size());
}

std::string styles_xml(const std::string& language) {
  const std::string lang = xml_escape(language);
  std::string out = kXmlHeader;
  out += fmt::format("<w:styles xmlns:w=\"{}\">", kMainNs);
  // Times New Roman, 12 pt: what Russian official letters are set in.
  out += fmt::format(
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
      "w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
      "<w:lang w:val=\"{0}\" w:eastAsia=\"{0}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
      "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
      "</w:docDefaults>",
      lang);
  const auto paragraph_style = [&](const char* id, const char* name, std::string_view ppr, std::string_view rpr,
                                   bool builtin_heading = false) {
    out += fmt::format(
        "<w:style w:type=\"paragraph\" w:styleId=\"{}\"{}><w:name w:val=\"{}\"/>{}<w:next w:val=\"Normal\"/>"
        "{}<w:pPr>{}</w:pPr><w:rPr>{}</w:rPr></w:style>",
        id, std::string_view(id) == "Normal" ? " w:default=\"1\"" : "", name,
        std::string_view(id) == "Normal" ? "" : "<w:basedOn w:val=\"Normal\"/>",
        builtin_heading ? "<w:uiPriority w:val=\"9\"/><w:qFormat/>" : "<w:qFormat/>", ppr, rpr);
  };
  paragraph_style("Normal", "Normal", "", "");
  paragraph_style("Title", "Title", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"60\"/><w:jc w:val=\"center\"/>",
                  "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
  paragraph_style("Subtitle", "Subtitle", "<w:keepNext/><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>",
                  "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
  paragraph_style("Heading1", "heading 1",
                  "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                  "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>", true);
  paragraph_style("Heading2", "heading 2",
                  "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                  "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>", true);
  paragraph_style("Caption", "caption", "<w:spacing w:before=\"60\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                  "<w:i/><w:iCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
  paragraph_style("TableText", "Table Text", "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                  "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
  paragraph_style("TableHeading", "Table Heading",
                  "<w:keepNext/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                  "<w:b/><w:bCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
  out +=
      "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
      "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
      "</w:tblCellMar></w:tblPr></w:style>";
  out += "</w:styles>";
  return out;
}

std::string footer_xml() {
  // The page number, centred: a PAGE field with 1 as its last known value.
  const char* small = "<w:rPr><w:sz w:val=\"20\"/></w:rPr>";
  return fmt::format(
      "{}<w:ftr xmlns:w=\"{}\" xmlns:r=\"{}\"><w:p><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr>"
      "<w:r>{s}<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>{s}<w:instrText xml:space=\"preserve\"> PAGE "
      "</w:instrText></w:r><w:r>{s}<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>{s}<w:t>1</w:t></w:r>"
      "<w:r>{s}<w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>",
      kXmlHeader, kMainNs, kRelNs, fmt::arg("s", small));
}

std::string settings_xml() {
  return fmt::format(
      "{}<w:settings xmlns:w=\"{}\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"709\"/>"
      "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
      "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>",
      kXmlHeader, kMainNs);
}

std::string content_types_xml() {
  return fmt::format(
      "{}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Default Extension=\"png\" ContentType=\"image/png\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
      "<Override PartName=\"/word/footer1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Override PartName=\"/docProps/app.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
      "</Types>",
      kXmlHeader);
}

std::string package_rels_xml() {
  return fmt::format(
      "{}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"{}/officeDocument\" Target=\"word/document.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
      "core-properties\" Target=\"docProps/core.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"{}/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>",
      kXmlHeader, kRelNs, kRelNs);
}

std::string document_rels_xml(std::size_t pictures) {
  std::string out = fmt::format(
      "{0}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdStyles\" Type=\"{1}/styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rIdSettings\" Type=\"{1}/settings\" Target=\"settings.xml\"/>"
      "<Relationship Id=\"rIdFooter\" Type=\"{1}/footer\" Target=\"footer1.xml\"/>",
      kXmlHeader, kRelNs);
  for (std::size_t i = 1; i <= pictures; ++i)
    out += fmt::format("<Relationship Id=\"rIdImage{0}\" Type=\"{1}/image\" Target=\"media/image{0}.png\"/>", i, kRelNs);
  out += "</Relationships>";
  return out;
}

std::string core_xml(const Properties& p) {
  const std::string stamp =
      fmt::format("{:04}-{:02}-{:02}T00:00:00Z", p.created.year, p.created.month, p.created.day);
  return fmt::format(
      "{}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject>"
      "<dc:creator>{}</dc:creator><dc:language>{}</dc:language>"
      "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{}</dcterms:created>"
      "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}</dcterms:modified></cp:coreProperties>",
      kXmlHeader, xml_escape(p.title), xml_escape(p.subject), xml_escape(p.creator), xml_escape(p.language), stamp,
      stamp);
}

std::string app_xml() {
  return fmt::format(
      "{}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      "<Application>roadmap-monitoring</Application></Properties>",
      kXmlHeader);
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = text::next_code_point(text, pos);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      default: break;
    }
    if (!text::is_xml_char(c)) continue;  // XML 1.0 cannot hold it (text/utf8.h)
    if (c == 0xFFFD && !(pos - start == 3 && text.substr(start, 3) == "\xEF\xBF\xBD"))
      text::append_utf8(out, c);  // an ill-formed byte
    else
      out.append(text.substr(start, pos - start));
  }
  return out;
}

Cell::Cell(std::string text, Align align, std::string fill, bool bold) : fill(std::move(fill)) {
  Paragraph paragraph(std::move(text), Style::table_text, align);
  paragraph.runs.front().bold = bold;
  paragraphs.push_back(std::move(paragraph));
}

Document::Document(Orientation first) : orientation_(first) {}

double Document::text_width_mm() const {
  return orientation_ == Orientation::portrait ? 210 - kBindingMm - kOuterMm : 297 - 2 * kEdgeMm;
}

double Document::text_height_mm() const {
  return orientation_ == Orientation::portrait ? 297 - 2 * kEdgeMm : 210 - kBindingMm - kEdgeMm;
}

void Document::append_paragraph(std::string& out, const Paragraph& paragraph) const {
  out += "<w:p><w:pPr>";
  if (paragraph.style != Style::normal) out += fmt::format("<w:pStyle w:val=\"{}\"/>", style_id(paragraph.style));
  if (paragraph.keep_with_next) out += "<w:keepNext/>";
  if (paragraph.align != Align::left) out += fmt::format("<w:jc w:val=\"{}\"/>", align_value(paragraph.align));
  out += "</w:pPr>";
  for (const Run& run : paragraph.runs) {
    std::string properties;
    if (run.bold || run.italic)
      properties = fmt::format("<w:rPr>{}{}</w:rPr>", run.bold ? "<w:b/><w:bCs/>" : "", run.italic ? "<w:i/><w:iCs/>" : "");
    append_runs_text(out, run.text, properties);
  }
  out += "</w:p>";
}

void Document::add(const Paragraph& paragraph) {
  append_paragraph(body_, paragraph);
  const StyleMetrics m = metrics_of(paragraph.style);
  advance(paragraph_mm(paragraph, text_width_mm()), m.size <= 12 && paragraph.style != Style::heading2);
}

void Document::advance(double mm, bool splits) {
  const double page = text_height_mm();
  if (filled_mm_ + mm <= page)
    filled_mm_ += mm;
  else if (splits)
    filled_mm_ = std::fmod(filled_mm_ + mm - page, page);
  else
    filled_mm_ = std::min(mm, page);
}

void Document::add(const Table& table) {
  if (table.rows.empty() || table.widths_mm.empty()) return;
  std::vector<int> grid;
  int total = 0;
  for (const double mm : table.widths_mm) total += grid.emplace_back(twips(mm));
  body_ += fmt::format(
      "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>", total);
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
    body_ += fmt::format("<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>", side);
  body_ +=
      "</w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
      "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
      "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
      "w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (const int width : grid) body_ += fmt::format("<w:gridCol w:w=\"{}\"/>", width);
  body_ += "</w:tblGrid>";
  for (const TableRow& row : table.rows) {
    // A row is never split across pages; header rows repeat on each page.
    body_ += fmt::format("<w:tr><w:trPr><w:cantSplit/>{}</w:trPr>", row.header ? "<w:tblHeader/>" : "");
    double row_mm = 0;
    std::size_t column = 0;
    for (const Cell& cell : row.cells) {
      const std::size_t span = std::max(1u, cell.span);
      int width = 0;
      double width_mm = 0;
      for (std::size_t i = column; i < column + span && i < grid.size(); ++i) {
        width += grid[i];
        width_mm += table.widths_mm[i];
      }
      column += span;
      double cell_mm = 1;  // the cell's margins above and below
      for (const Paragraph& paragraph : cell.paragraphs) cell_mm += paragraph_mm(paragraph, width_mm - 3);
      row_mm = std::max(row_mm, cell_mm);
      body_ += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", width);
      if (span > 1) body_ += fmt::format("<w:gridSpan w:val=\"{}\"/>", span);
      if (!cell.fill.empty())
        body_ += fmt::format("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>", xml_escape(cell.fill));
      body_ += "</w:tcPr>";
      if (cell.paragraphs.empty()) body_ += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>";
      for (const Paragraph& paragraph : cell.paragraphs) append_paragraph(body_, paragraph);
      body_ += "</w:tc>";
    }
    body_ += "</w:tr>";
    advance(row_mm, false);
  }
  body_ += "</w:tbl>";
}

void Document::add(const Picture& picture) {
  pictures_.push_back(picture.png);
  const std::size_t n = pictures_.size();
  const long cx = std::lround(picture.width_mm * kEmuPerMm), cy = std::lround(picture.height_mm * kEmuPerMm);
  body_ += fmt::format(
      "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:r>"
      "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/>"
      "<wp:docPr id=\"{n}\" name=\"Picture {n}\" descr=\"{d}\"/><wp:cNvGraphicFramePr>"
      "<a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/>"
      "</wp:cNvGraphicFramePr><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
      "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
      "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr>"
      "<pic:cNvPr id=\"{n}\" name=\"image{n}.png\" descr=\"{d}\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
      "<a:blip r:embed=\"rIdImage{n}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>"
      "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
      "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
      fmt::arg("cx", cx), fmt::arg("cy", cy), fmt::arg("n", n), fmt::arg("d", xml_escape(picture.description)));
  advance(picture.height_mm + kPictureSpacingMm, false);
}

double Document::height_mm(const Paragraph& paragraph) const { return paragraph_mm(paragraph, text_width_mm()); }

void Document::new_section(Orientation orientation) {
  // A section's properties sit in its last paragraph.
  body_ += "<w:p><w:pPr><w:spacing w:after=\"0\"/>" + section_properties(orientation_) + "</w:pPr></w:p>";
  orientation_ = orientation;
  filled_mm_ = 0;
}

std::string Document::save(const std::string& path, const Properties& properties) const {
  package::ZipWriter zip(path, properties.created);
  std::string document = kXmlHeader;
  document += fmt::format(
      "<w:document xmlns:w=\"{}\" xmlns:r=\"{}\" "
      "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>",
      kMainNs, kRelNs);
  document += body_;
  document += section_properties(orientation_);
  document += "</w:body></w:document>";
  bool ok = zip.add("[Content_Types].xml", content_types_xml()) && zip.add("_rels/.rels", package_rels_xml()) &&
            zip.add("docProps/core.xml", core_xml(properties)) && zip.add("docProps/app.xml", app_xml()) &&
            zip.add("word/document.xml", document) && zip.add("word/_rels/document.xml.rels", document_rels_xml(pictures_.size())) &&
            zip.add("word/styles.xml", styles_xml(properties.language)) && zip.add("word/settings.xml", settings_xml()) &&
            zip.add("word/footer1.xml", footer_xml());
  for (std::size_t i = 0; ok && i < pictures_.size(); ++i)
    ok = zip.add(fmt::format("word/media/image{}.png", i + 1), pictures_[i]);
  if (!zip.close()) return zip.error();
  return "";
}

}  // namespace rmt::docx
