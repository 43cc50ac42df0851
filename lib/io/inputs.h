// Turns the input arguments of a program into the list of files to read, and
// the list of files a directory held that are not read (SPEC.md §2).
//
// A directory stands for every submission file below it, in natural order;
// everything else found there is named in `skipped` with the reason, so that a
// school whose file was passed over is never reported as silent unnoticed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vocab/lang.h"

namespace rmt::json {
class Writer;
}

namespace rmt::io {

/// A file found in a directory input and not read.
struct SkippedFile {
  std::string path;
  vocab::Localized reason;  ///< e.g. «не файл отчёта (.docx)»
};

struct InputList {
  std::vector<std::string> files;    ///< to read, in order
  std::vector<SkippedFile> skipped;  ///< found in directories, not read, in natural order
  std::size_t directories = 0;       ///< how many of the arguments were directories
};

/// The endings read as submissions or registries: .csv .txt .tsv .xlsx .xlsm .xls .ods (any case).
bool is_table_file_name(std::string_view name);

/// True when `a` sorts before `b` in natural order: path components compare in
/// turn, a file name by its stem first (so «SCH-01.xlsx» < «SCH-01 (2).xlsx»),
/// runs of digits by their value («school-2» < «school-10»), letters by their
/// case-folded text; ties fall back to the bytes, so the order is total.
bool natural_less(std::string_view a, std::string_view b);

/// Each argument as given, except that a directory stands for every table file
/// (is_table_file_name) below it, recursively, in natural order. Left out
/// silently: hidden files and directories (a leading dot) and the lock files
/// office programs keep beside an open document («~$name.xlsx», «.~lock.name#»).
/// Every other entry found is skipped with a reason: another kind of file, a
/// link to a directory (not followed, so a link loop cannot trap the walk), a
/// directory that cannot be read. A link with a table file's name is read even
/// when it leads nowhere: reading it reports the problem at that file.
/// Paths given as arguments are kept even when they do not exist.
InputList expand_inputs(const std::vector<std::string>& arguments);

/// Writes the member `"skipped": [{"path", "reason"}]` (SPEC.md §2) into an
/// object the caller has opened.
void write_json_skipped(json::Writer& writer, const std::vector<SkippedFile>& skipped, vocab::Lang lang);

}  // namespace rmt::io
