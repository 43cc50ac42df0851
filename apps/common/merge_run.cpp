#include "common/merge_run.h"

#include <iostream>

#include "run/closing_lines.h"

namespace rmt::cli {

merge::MergeOptions MergeCliOptions::merge_options(const CommonOptions& common) const {
  merge::MergeOptions options;
  options.on_conflict = on_conflict == "last" ? merge::ConflictPolicy::last : merge::ConflictPolicy::error;
  options.keep_valid_rows = keep_valid_rows;
  options.reader = common.reader_options();
  return options;
}

void add_merge_options(CLI::App& app, MergeCliOptions& options, vocab::Lang lang) {
  const auto tr = [lang](std::string_view ru, std::string_view en) { return std::string(vocab::tr(lang, ru, en)); };
  app.add_option("inputs", options.inputs,
                 tr("Файлы отчётов (.csv, .txt, .xlsx, .xlsm, .xls, .ods) или сводные CSV, или папки (все такие файлы "
                    "в них; прочие называются пропущенными); - — стандартный ввод",
                    "Submission files (.csv, .txt, .xlsx, .xlsm, .xls, .ods) or merged CSVs, or directories (every "
                    "such file below; others are named as skipped); - for stdin"))
      ->required();
  app.add_option("--on-conflict", options.on_conflict,
                 tr("Два файла расходятся в строке: error (по умолчанию: сообщить и не включать строку) или last "
                    "(побеждает файл, указанный позже; предупреждение)",
                    "Two files disagree on a row: error (default: report it, leave the row out) or last (the file "
                    "given later wins; a warning)"))
      ->check(CLI::IsMember(cli::values_of("--on-conflict")));
  app.add_flag("--keep-valid-rows", options.keep_valid_rows,
               tr("Включать верные строки отчётов с ошибками, а не отклонять их целиком",
                  "Merge the valid rows of submissions that have errors instead of rejecting them whole"));
}

void print_rejections(const merge::Merger& merger, bool keep_valid_rows, const CommonOptions& options) {
  if (options.format() != OutputFormat::text || options.quiet) return;
  const vocab::Lang lang = options.lang();
  for (const auto& rejection : merger.rejections()) {
    const std::string& path = merger.reports()[rejection.input].path;
    std::cerr << (rejection.org_id.empty()
                      ? run::lines::rejected_file(path).in(lang)
                      : run::lines::rejected_submission(path, rejection.org_id, rejection.period, rejection.rows,
                                                       rejection.error_rows, rejection.kept_rows, keep_valid_rows)
                            .in(lang))
              << '\n';
  }
}

}  // namespace rmt::cli
