#include "xlsx/package.h"

#include <charconv>
#include <unordered_map>

#include "text/utf8.h"
#include "package/xml_stream.h"

namespace rmt::xlsx {
namespace {

std::uint32_t to_uint(std::string_view text) {
  std::uint32_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// A relationship's target, resolved against the directory of the part that
// owns it ("worksheets/sheet1.xml" from "xl/workbook.xml"); absolute targets
// start at the archive's root.
std::string resolve(std::string_view owner, std::string_view target) {
  std::string path;
  if (target.starts_with('/')) {
    target.remove_prefix(1);
  } else if (const auto slash = owner.rfind('/'); slash != std::string_view::npos) {
    path = std::string(owner.substr(0, slash + 1));
  }
  path += target;
  // Collapse "dir/../".
  for (std::size_t at; (at = path.find("/../")) != std::string::npos;) {
    const auto start = path.rfind('/', at == 0 ? 0 : at - 1);
    path.erase(start == std::string::npos ? 0 : start + 1, at + 4 - (start == std::string::npos ? 0 : start + 1));
  }
  return path;
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string rels_of(std::string_view part) {
  const auto slash = part.rfind('/');
  if (slash == std::string_view::npos) return "_rels/" + std::string(part) + ".rels";
  return std::string(part.substr(0, slash + 1)) + "_rels/" + std::string(part.substr(slash + 1)) + ".rels";
}

struct Relationship {
  std::string type;  ///< the last segment of the Type URI: "officeDocument", "worksheet"
  std::string target;
};

class RelationshipsHandler final : public XmlHandler {
 public:
  explicit RelationshipsHandler(std::string owner) : owner_(std::move(owner)) {}
  std::unordered_map<std::string, Relationship> by_id;

  void start(XmlStream&, std::string_view name, const XmlAttributes& a) override {
    if (name != "Relationship" || a.get("TargetMode") == "External") return;
    std::string_view type = a.get("Type");
    if (const auto slash = type.rfind('/'); slash != std::string_view::npos) type.remove_prefix(slash + 1);
    by_id[std::string(a.get("Id"))] = {std::string(type), resolve(owner_, a.get("Target"))};
  }
  void end(XmlStream&, std::string_view) override {}
  void text(XmlStream&, std::string_view) override {}

 private:
  std::string owner_;
};

class WorkbookHandler final : public XmlHandler {
 public:
  struct Sheet {
    std::string name, relationship;
  };
  std::vector<Sheet> sheets;
  bool date1904 = false;

  void start(XmlStream&, std::string_view name, const XmlAttributes& a) override {
    if (name == "sheet") {
      sheets.push_back({std::string(a.get("name")), std::string(a.get("id"))});
    } else if (name == "workbookPr") {
      const auto flag = a.get("date1904");
      date1904 = flag == "1" || flag == "true";
    }
  }
  void end(XmlStream&, std::string_view) override {}
  void text(XmlStream&, std::string_view) override {}
};

class StylesHandler final : public XmlHandler {
 public:
  std::unordered_map<std::uint32_t, std::string> custom_formats;
  std::vector<std::uint32_t> cell_formats;  // numFmtId of each cellXfs entry

  void start(XmlStream&, std::string_view name, const XmlAttributes& a) override {
    if (name == "numFmt") {
      custom_formats[to_uint(a.get("numFmtId"))] = std::string(a.get("formatCode"));
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      cell_formats.push_back(to_uint(a.get("numFmtId")));
    }
  }
  void end(XmlStream&, std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }
  void text(XmlStream&, std::string_view) override {}

 private:
  bool in_cell_xfs_ = false;
};

// <si> holds <t>, or rich-text runs <r><t>; phonetic hints <rPh> are not text.
class SharedStringsHandler final : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& out, std::uint64_t max_bytes) : out_(out), max_bytes_(max_bytes) {}

  void start(XmlStream&, std::string_view name, const XmlAttributes&) override {
    if (name == "si") {
      item_.clear();
    } else if (name == "t") {
      in_text_ = phonetic_ == 0;
    } else if (name == "rPh") {
      ++phonetic_;
    }
  }
  void end(XmlStream& stream, std::string_view name) override {
    if (name == "t") {
      in_text_ = false;
    } else if (name == "rPh") {
      --phonetic_;
    } else if (name == "si") {
      unescape_ooxml(item_);
      out_.add(item_);
      if (out_.bytes() > max_bytes_)
        stream.fail({"общие строки книги больше допустимого", "the workbook's shared strings exceed the limit"});
    }
  }
  void text(XmlStream&, std::string_view chars) override {
    if (in_text_) item_ += chars;
  }

 private:
  SharedStrings& out_;
  std::uint64_t max_bytes_;
  std::string item_;
  bool in_text_ = false;
  int phonetic_ = 0;
};

}  // namespace

bool is_date_format(std::uint32_t id, std::string_view code) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
  if (id < 164) return false;  // the other built-in formats are numbers, text and times
  // Drop quoted literals, escaped characters and bracketed parts (colours,
  // locales, elapsed times), then look for day or year letters.
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == ';') {
      return false;  // only the first section decides
    } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') {
      return true;
    }
  }
  return false;
}

void unescape_ooxml(std::string& text) {
  if (text.find("_x") == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      std::uint32_t code = 0;
      const auto [end, error] = std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16);
      if (error == std::errc() && end == text.data() + i + 6) {
        if (code != '\r') text::append_utf8(out, code);  // Excel's CRLF in a cell is a line break
        i += 6;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  text = std::move(out);
}

vocab::Localized load_package(ZipArchive& zip, Package& package, const PackageLimits& limits) {
  // The root relationships name the main document; old writers omit them.
  std::string workbook_part = "xl/workbook.xml";
  if (zip.contains("_rels/.rels")) {
    RelationshipsHandler root("");
    if (auto error = parse_part(zip, "_rels/.rels", root, limits.max_part_bytes); !error.empty()) return error;
    for (const auto& [id, relationship] : root.by_id)
      if (relationship.type == "officeDocument") workbook_part = relationship.target;
  }
  if (!zip.contains(workbook_part))
    return {"в архиве нет книги Excel (xl/workbook.xml): это не файл .xlsx",
            "the archive holds no Excel workbook (xl/workbook.xml): this is not an .xlsx file"};
  WorkbookHandler workbook;
  if (auto error = parse_part(zip, workbook_part, workbook, limits.max_part_bytes); !error.empty()) return error;
  package.date1904 = workbook.date1904;

  RelationshipsHandler relationships(workbook_part);
  if (const std::string rels = rels_of(workbook_part); zip.contains(rels))
    if (auto error = parse_part(zip, rels, relationships, limits.max_part_bytes); !error.empty()) return error;
  std::string styles_part, strings_part;
  for (const auto& [id, relationship] : relationships.by_id) {
    if (relationship.type == "styles") styles_part = relationship.target;
    if (relationship.type == "sharedStrings") strings_part = relationship.target;
  }
  for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
    const auto& sheet = workbook.sheets[i];
    const auto found = relationships.by_id.find(sheet.relationship);
    // Without relationships, fall back to the conventional part names.
    std::string part = found != relationships.by_id.end() ? found->second.target
                                                          : "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml";
    if (found != relationships.by_id.end() && found->second.type != "worksheet") continue;  // chart sheets
    package.sheets.push_back({sheet.name, std::move(part)});
  }
  if (package.sheets.empty()) return {"в книге нет ни одного листа", "the workbook has no worksheet"};

  if (!styles_part.empty() && zip.contains(styles_part)) {
    StylesHandler styles;
    if (auto error = parse_part(zip, styles_part, styles, limits.max_part_bytes); !error.empty()) return error;
    package.date_styles.reserve(styles.cell_formats.size());
    for (const auto id : styles.cell_formats) {
      const auto custom = styles.custom_formats.find(id);
      package.date_styles.push_back(is_date_format(id, custom == styles.custom_formats.end() ? "" : custom->second));
    }
  }
  if (!strings_part.empty() && zip.contains(strings_part)) {
    SharedStringsHandler strings(package.strings, limits.max_part_bytes);
    if (auto error = parse_part(zip, strings_part, strings, limits.max_part_bytes); !error.empty()) return error;
  }
  return {};
}

}  // namespace rmt::xlsx
