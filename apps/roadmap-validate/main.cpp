// roadmap-validate: checks a roadmap YAML alone, or school submissions
// against it (and against the organization registry).
#include "roadmap-validate/validate.h"

int main(int argc, char** argv) {
  using namespace rmt;
  validate_app::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  CLI::App app(tr("Проверить отчёты школ (CSV или книги) по дорожной карте и реестру организаций или, без отчётов, "
                  "проверить сам YAML дорожной карты и показать её мероприятия, плановые значения и сроки.",
                  "Check school submissions (CSV or workbooks) against a roadmap and the organization registry, or, with "
                  "no submissions, check the roadmap YAML itself and show its activities, targets and due dates."),
               "roadmap-validate");
  cli::setup_app(app, "roadmap-validate -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/", options);
  cli::add_csv_options(app, options);
  CLI::Option* inputs = app.add_option("inputs", options.inputs,
                 tr("Файлы отчётов (.csv, .txt, .xlsx, .xlsm, .xls, .ods) или папки (все такие файлы в них; прочие "
                    "называются пропущенными); - — стандартный ввод",
                    "Submission files (.csv, .txt, .xlsx, .xlsm, .xls, .ods) or directories (every such file below; "
                    "others are named as skipped); - for stdin"));
  cli::add_store_option(app, options, inputs);
  app.add_flag("--list-missing", options.list_missing,
               tr("С --orgs назвать каждую организацию, не приславшую отчёт (при проверке папки это делается и так; "
                  "для отдельных файлов — одно примечание с их числом)",
                  "With --orgs, name every organization that sent nothing (a directory input does so by itself; for "
                  "single files one note gives their count)"));
  app.add_option("--on-conflict", options.on_conflict,
                 tr("Два файла расходятся в строке: error (по умолчанию: ошибка conflict, как при сводке) или last "
                    "(файл, указанный позже, заменяет прежний — повторная отправка)",
                    "Two files disagree on a row: error (default: a conflict error, as in a merge) or last (the file "
                    "given later replaces the earlier: a resend)"))
      ->check(CLI::IsMember(cli::values_of("--on-conflict")));
  app.add_option("--period", options.period,
                 tr("Период, за который проверяются отчёты и кто их не прислал (по умолчанию — тот, за который больше "
                    "всего отчётов), например 2026 или 2022-Q3",
                    "The period the reports are checked for, and who has not sent one (default: the one most reports "
                    "are for), e.g. 2026 or 2022-Q3"));
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return options.inputs.empty() && options.store_path.empty() ? validate_app::run_roadmap_check(app, options)
                                : validate_app::run_submission_check(app, options);
}
