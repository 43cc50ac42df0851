#include "feedback/school_links.h"

#include <fstream>

#include <fmt/format.h>

#include "csv/reader.h"
#include "diag/sink.h"

namespace rmt::feedback {

std::optional<std::map<std::string, std::string>> read_school_links(const std::string& path, vocab::Localized& why) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = {fmt::format("список ссылок не читается: {}", path), fmt::format("the list of links cannot be read: {}", path)};
    return std::nullopt;
  }
  diag::DiagnosticList ignored;
  csv::Reader reader(in, path, ignored);
  csv::Record record;
  std::optional<std::size_t> org_column, url_column;
  std::map<std::string, std::string> links;
  while (reader.next(record)) {
    if (record.blank()) continue;
    if (!org_column) {
      for (std::size_t i = 0; i < record.size(); ++i) {
        if (record.field(i) == "org_id") org_column = i;
        if (record.field(i) == "url") url_column = i;
      }
      if (!org_column || !url_column) {
        why = {fmt::format("{}: нет столбцов org_id и url (список пишет roadmap-serve links)", path),
               fmt::format("{}: no org_id and url columns (roadmap-serve links writes the list)", path)};
        return std::nullopt;
      }
      continue;
    }
    if (record.size() <= std::max(*org_column, *url_column)) continue;
    const std::string url(record.field(*url_column));
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
      why = {fmt::format("{}:{}: «{}» — не адрес http(s)", path, record.line, url),
             fmt::format("{}:{}: \"{}\" is not an http(s) address", path, record.line, url)};
      return std::nullopt;
    }
    links[std::string(record.field(*org_column))] = url;
  }
  return links;
}

}  // namespace rmt::feedback
