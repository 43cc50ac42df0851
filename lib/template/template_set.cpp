#include "template/template_set.h"

#include <filesystem>
#include <system_error>
#include <unordered_set>

#include "diag/messages.h"
#include "io/output_file.h"
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
    result.failed_path = out_dir;
    result.failure = diag::msg::os_reason(error.value());
    return result;
  }
  const std::string extension = options.xlsx ? ".xlsx" : ".csv";
  const auto& the_period = roadmap.periods.at(period);
  std::unordered_set<std::string> taken;  // folded names: two ids must not share a file, whatever the file system
  for (const auto& org : registry.organizations()) {
    const auto rows = template_rows(roadmap, org.id, period);
    if (rows.empty()) {
      result.nothing_to_report.push_back(org.id);
      continue;
    }
    std::string stem = file_stem(org.id);
    for (int n = 2; !taken.insert(text::fold_case(stem)).second; ++n) stem = file_stem(org.id) + "-" + std::to_string(n);
    const std::string path = (fs::path(out_dir) / (stem + extension)).string();

    const auto fail = [&](diag::Localized why) {
      result.failed_path = path;
      result.failure = std::move(why);
      return result;
    };
    for (const auto& kept : options.protected_paths)
      if (io::same_file(path, kept)) return fail(diag::msg::output_would_overwrite_input());
    io::OutputFile out;
    if (options.xlsx) {
      if (!out.open_for_writer(path)) return fail(out.error());
      const std::string why = write_xlsx_template(out.temp_path(), {roadmap, the_period, org.id, org.name, rows},
                                                  options.csv.lang);
      if (!why.empty()) return fail(diag::msg::library_reason("libxlsxwriter", why));
    } else {
      const CsvTemplate csv = csv_template(rows, org.id, the_period.label, options.csv);
      result.unrepresentable += csv.unrepresentable;
      if (!out.open(path) || !out.write(csv.bytes)) return fail(out.error());
    }
    if (!out.commit()) return fail(out.error());
    result.written.push_back({org.id, path, rows.size()});
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
