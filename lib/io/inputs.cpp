#include "io/inputs.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include "diag/messages.h"
#include "json/writer.h"
#include "text/case_fold.h"

namespace rmt::io {
namespace {

namespace fs = std::filesystem;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Compares two texts (already case-folded) with runs of digits by value.
int compare_natural(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t ie = i, je = j;
      while (ie < a.size() && is_digit(a[ie])) ++ie;
      while (je < b.size() && is_digit(b[je])) ++je;
      std::string_view x = a.substr(i, ie - i), y = b.substr(j, je - j);
      while (x.size() > 1 && x.front() == '0') x.remove_prefix(1);
      while (y.size() > 1 && y.front() == '0') y.remove_prefix(1);
      if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
      if (const int c = x.compare(y); c != 0) return c < 0 ? -1 : 1;
      i = ie;
      j = je;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
    ++i;
    ++j;
  }
  if (i == a.size() && j == b.size()) return 0;
  return i == a.size() ? -1 : 1;
}

// A file name's stem and extension ("SCH-01 (2)", ".xlsx"); a leading dot is part of the stem.
std::pair<std::string_view, std::string_view> split_name(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {name, {}};
  return {name.substr(0, dot), name.substr(dot)};
}

int compare_paths(std::string_view a, std::string_view b) {
  for (;;) {
    const std::size_t as = a.find('/'), bs = b.find('/');
    const std::string_view ac = a.substr(0, as), bc = b.substr(0, bs);
    const bool a_last = as == std::string_view::npos, b_last = bs == std::string_view::npos;
    if (a_last && b_last) {
      const auto [a_stem, a_ext] = split_name(ac);
      const auto [b_stem, b_ext] = split_name(bc);
      if (const int c = compare_natural(a_stem, b_stem); c != 0) return c;
      return compare_natural(a_ext, b_ext);
    }
    if (const int c = compare_natural(ac, bc); c != 0) return c;
    if (a_last != b_last) return a_last ? -1 : 1;  // same name: the file before the folder's contents
    a.remove_prefix(as + 1);
    b.remove_prefix(bs + 1);
  }
}

// Left out without a word: what nobody put there on purpose.
bool ignored_silently(std::string_view name) {
  return name.starts_with('.') ||   // hidden; also LibreOffice's ".~lock.name#"
         name.starts_with("~$");    // Excel's and Word's lock files
}

struct Found {
  std::string key;  // the path relative to the directory, case-folded, for sorting
  std::string path;
  bool skipped = false;
  vocab::Localized reason;
};

// One directory's entries, and below it, recursively (links to directories are
// not followed, so the depth is the tree's own).
void walk(const std::string& root, const fs::path& directory, std::vector<Found>& found) {
  const auto add = [&](const fs::path& path, bool skipped, vocab::Localized reason) {
    std::string shown = path.string();
    // The path below the root, for sorting (every path found starts with it).
    std::string_view relative = shown;
    relative.remove_prefix(std::min(relative.size(), root.size()));
    while (relative.starts_with('/')) relative.remove_prefix(1);
    found.push_back({text::fold_case(relative), std::move(shown), skipped, std::move(reason)});
  };
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) {
    add(directory, true, diag::msg::skipped_unreadable_directory(error.value()));
    return;
  }
  std::vector<fs::path> subdirectories;
  for (const fs::directory_iterator end; it != end; it.increment(error)) {
    if (error) break;
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (ignored_silently(name)) continue;
    // The entry's type as the directory listing gave it: no stat() per file
    // (40,000 of them in a national folder), except to see where a link leads.
    std::error_code type_error;
    if (it->is_symlink(type_error)) {
      if (fs::is_directory(fs::status(path, type_error)))
        add(path, true, diag::msg::skipped_directory_link());
      else if (is_table_file_name(name))
        add(path, false, {});  // read: a link that leads nowhere is reported at the file
      else
        add(path, true, diag::msg::skipped_not_table(path.extension().string()));
    } else if (it->is_directory(type_error)) {
      subdirectories.push_back(path);
    } else if (!it->is_regular_file(type_error)) {
      add(path, true, diag::msg::skipped_special_file());
    } else if (is_table_file_name(name)) {
      add(path, false, {});
    } else {
      add(path, true, diag::msg::skipped_not_table(path.extension().string()));
    }
  }
  if (error) add(directory, true, diag::msg::skipped_unreadable_directory(error.value()));
  for (const auto& subdirectory : subdirectories) walk(root, subdirectory, found);
}

}  // namespace

bool is_table_file_name(std::string_view name) {
  const std::string extension = text::fold_case(split_name(name).second);
  for (const std::string_view known : {".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})
    if (extension == known) return true;
  return false;
}

bool natural_less(std::string_view a, std::string_view b) {
  const std::string fa = text::fold_case(a), fb = text::fold_case(b);
  if (const int c = compare_paths(fa, fb); c != 0) return c < 0;
  return a < b;
}

InputList expand_inputs(const std::vector<std::string>& arguments) {
  InputList list;
  for (const auto& argument : arguments) {
    std::error_code error;
    if (argument == "-" || !fs::is_directory(argument, error)) {
      list.files.push_back(argument);
      continue;
    }
    ++list.directories;
    std::vector<Found> found;
    walk(argument, argument, found);
    // Sorted by index: a Found is four strings, too many to move about.
    std::vector<std::uint32_t> order(found.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (const int c = compare_paths(found[a].key, found[b].key); c != 0) return c < 0;
      return found[a].path < found[b].path;
    });
    for (const std::uint32_t index : order) {
      Found& entry = found[index];
      if (entry.skipped)
        list.skipped.push_back({std::move(entry.path), std::move(entry.reason)});
      else
        list.files.push_back(std::move(entry.path));
    }
  }
  return list;
}

void write_json_skipped(json::Writer& writer, const std::vector<SkippedFile>& skipped, vocab::Lang lang) {
  writer.key("skipped");
  writer.begin_array();
  for (const auto& file : skipped) {
    writer.begin_object();
    writer.key("path");
    writer.value(file.path);
    writer.key("reason");
    writer.value(file.reason.in(lang));
    writer.end_object();
  }
  writer.end_array();
}

}  // namespace rmt::io
