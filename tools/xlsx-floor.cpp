// xlsx-floor: the time libxlsxwriter itself needs to write the cells of a
// workbook, the floor roadmap-render is measured against (docs/performance.md).
//
//   xlsx-floor monitoring.xlsx floor.xlsx [--constant-memory]
//
// Reads every worksheet of the given workbook (with the toolkit's own .xlsx
// reader) into memory, then writes the same cells, numbers as numbers and
// the rest as strings, with no formats, charts or formulas, into a new
// workbook, and prints "<seconds> <cells>": the write and close time only.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "diag/sink.h"
#include "xlsx/package.h"
#include "xlsx/sheet_reader.h"
#include "package/zip_reader.h"

namespace {

struct Cell {
  std::uint32_t row, column;
  bool number;
  double value;
  std::string text;
};

struct Sheet {
  std::string name;
  std::vector<Cell> cells;
};

bool as_number(const std::string& text, double& value) {
  if (text.empty() || text.size() > 24) return false;
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && text.find_first_not_of("0123456789.-") == std::string::npos;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: xlsx-floor IN.xlsx OUT.xlsx [--constant-memory]\n");
    return 2;
  }
  const std::string in = argv[1], out = argv[2];
  const bool constant_memory = argc > 3 && std::string(argv[3]) == "--constant-memory";

  std::vector<Sheet> sheets;
  {
    rmt::package::ZipArchive zip(in);
    rmt::xlsx::Package package;
    if (!zip.is_open() || !rmt::xlsx::load_package(zip, package).en.empty()) {
      std::fprintf(stderr, "xlsx-floor: %s is not a readable workbook\n", in.c_str());
      return 2;
    }
    for (const auto& info : package.sheets) {
      rmt::diag::DiagnosticList findings;
      const std::string_view preferred[] = {info.name};
      rmt::xlsx::SheetReader reader(in, in, findings, {}, preferred);
      if (reader.sheet() != info.name) continue;  // a chart sheet
      Sheet sheet{info.name, {}};
      rmt::csv::Record record;
      while (reader.next(record)) {
        for (std::size_t column = 0; column < record.size(); ++column) {
          const std::string text(record.field(column));
          if (text.empty()) continue;
          Cell cell{record.line - 1, static_cast<std::uint32_t>(column), false, 0, text};
          cell.number = as_number(text, cell.value);
          sheet.cells.push_back(std::move(cell));
        }
      }
      sheets.push_back(std::move(sheet));
    }
  }

  std::size_t cells = 0;
  const auto started = std::chrono::steady_clock::now();
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(out.c_str(), &options);
  if (!workbook) {
    std::fprintf(stderr, "xlsx-floor: cannot create %s\n", out.c_str());
    return 2;
  }
  for (const auto& sheet : sheets) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
    for (const auto& cell : sheet.cells) {
      if (cell.number)
        worksheet_write_number(worksheet, cell.row, static_cast<lxw_col_t>(cell.column), cell.value, nullptr);
      else
        worksheet_write_string(worksheet, cell.row, static_cast<lxw_col_t>(cell.column), cell.text.c_str(), nullptr);
      ++cells;
    }
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) {
    std::fprintf(stderr, "xlsx-floor: cannot write %s\n", out.c_str());
    return 2;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("%.3f %zu\n", seconds, cells);
  return 0;
}
