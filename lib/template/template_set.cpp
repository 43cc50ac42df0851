#include "template/template_set.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <unordered_set>

#include <fmt/format.h>

#include "diag/messages.h"
#include "io/output_file.h"
#include "io/output_names.h"
#include "registry/reporting_centre.h"
#include "io/read_file.h"
#include "text/fingerprint.h"
#include "json/writer.h"
#include "text/case_fold.h"
#include "template/xlsx_template.h"

namespace rmt::templates {

TemplateSetResult write_templates(const roadmap::Roadmap& roadmap, const registry::Registry& registry,
                                  std::size_t period, const std::string& out_dir, const TemplateSetOptions& options) {
  namespace fs = std::filesystem;
  TemplateSetResult result;
  std::error_code error;
  fs::create_directories(out_dir, error);
  if (error) {
    result.failure = io::WriteResult::failed(out_dir, diag::msg::os_reason(error.value()));
    return result;
  }
  // What is in the folder already: this program's own earlier templates
  // (listed, unchanged), and anything else, which is never written over.
  std::map<std::string, std::uint64_t> manifest;
  const fs::path manifest_path = fs::path(out_dir) / std::string(kTemplateManifest);
  if (const auto listed = io::read_file(manifest_path.string())) {
    std::size_t at = 0;
    while (at < listed->size()) {
      const std::size_t end = std::min(listed->find('\n', at), listed->size());
      const std::string line = listed->substr(at, end - at);
      at = end + 1;
      const auto tab = line.find('\t');
      if (tab != std::string::npos) manifest[line.substr(tab + 1)] = std::strtoull(line.substr(0, tab).c_str(), nullptr, 16);
    }
  }
  std::set<std::string> foreign;
  for (const auto& entry : fs::directory_iterator(out_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0) continue;  // hidden, lock files
    const auto listed = manifest.find(name);
    const auto bytes = entry.is_regular_file() ? io::read_file(entry.path().string()) : std::nullopt;
    if (listed == manifest.end() || !bytes || text::fingerprint(*bytes) != listed->second) foreign.insert(name);
  }
  result.foreign_files.assign(foreign.begin(), foreign.end());
  if (!foreign.empty() && !options.force) {
    result.failure = io::WriteResult::failed(out_dir, diag::msg::template_folder_not_own(foreign.size(), *foreign.begin()));
    return result;
  }
  const std::string extension = options.xlsx ? ".xlsx" : ".csv";
  const auto& the_period = roadmap.periods.at(period);
  // Where reports go, for the instructions: the reporting centre's address in the registry.
  std::string send_to;
  if (const auto* centre = registry::reporting_centre(roadmap, &registry)) send_to = centre->email;
  io::OrgFileNames names;  // two ids never share a file, whatever the file system (io/output_names.h)
  for (const auto& org : registry.organizations()) {
    const auto rows = template_rows(roadmap, org.id, period, options.csv.lang);
    if (rows.empty()) {
      result.nothing_to_report.push_back(org.id);
      continue;
    }
    const std::string stem = names.stem(org.id);
    const std::string path = (fs::path(out_dir) / (stem + extension)).string();

    const auto fail = [&](vocab::Localized why) {
      result.failure = io::WriteResult::failed(path, std::move(why));
      return result;
    };
    for (const auto& kept : options.protected_paths)
      if (io::same_file(path, kept)) return fail(diag::msg::output_would_overwrite_input());
    if (foreign.contains(stem + extension)) {  // a report saved under the template's name: kept
      result.kept_foreign.push_back(org.id);
      continue;
    }
    io::OutputFile out;
    if (options.xlsx) {
      if (!out.open_for_writer(path)) return fail(out.error());
      const io::WriteResult written = write_xlsx_template(
          out.temp_path(), {roadmap, the_period, org.id, org.name, rows, std::nullopt, roadmap.reports_due(period), send_to},
          options.csv.lang);
      if (!written.ok()) return fail(written.reason);
    } else {
      const CsvTemplate csv = csv_template(rows, org.id, the_period.label, options.csv);
      result.unrepresentable += csv.unrepresentable;
      if (!out.open(path) || !out.write(csv.bytes)) return fail(out.error());
    }
    if (!out.commit()) return fail(out.error());
    result.written.push_back({org.id, path, rows.size()});
    if (const auto bytes = io::read_file(path)) manifest[stem + extension] = text::fingerprint(*bytes);
  }
  // The list is written after the templates: a file it names is one of ours.
  std::string listed;
  for (const auto& [name, print] : manifest)
    if (!foreign.contains(name)) listed += fmt::format("{:016x}\t{}\n", print, name);
  io::OutputFile out;
  if (!out.open(manifest_path.string()) || !out.write(listed) || !out.commit()) {
    result.failure = io::WriteResult::failed(manifest_path.string(), out.error());
  }
  return result;
}

void write_templates_document(std::ostream& out, const TemplateSetResult& result, const std::string& out_dir,
                              std::string_view period, bool xlsx) {
  json::Writer w(out);
  w.begin_object();
  w.key("templates");
  w.begin_object();
  w.key("out_dir");
  w.value(out_dir);
  w.key("period");
  w.value(period);
  w.key("format");
  w.value(xlsx ? "xlsx" : "csv");
  w.key("files");
  w.begin_array();
  for (const auto& file : result.written) {
    w.begin_object();
    w.key("org_id");
    w.value(file.org_id);
    w.key("path");
    w.value(file.path);
    w.key("rows");
    w.value(std::uint64_t{file.rows});
    w.end_object();
  }
  w.end_array();
  w.key("not_needed");
  w.begin_array();
  for (const auto& id : result.nothing_to_report) w.value(id);
  w.end_array();
  w.key("unrepresentable_characters");
  w.value(std::uint64_t{result.unrepresentable});
  w.end_object();
  w.end_object();
  out << '\n';
}

}  // namespace rmt::templates
