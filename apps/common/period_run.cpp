#include "common/period_run.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"

namespace rmt::cli {

void add_period_options(CLI::App& app, PeriodCliOptions& options, vocab::Lang lang, const vocab::Localized& output_help) {
  if (!output_help.empty()) app.add_option("-o,--output", options.output, output_help.in(lang))->required();
  app.add_option("--period", options.period,
                 std::string(vocab::tr(lang, "Период (по умолчанию — тот, за который больше всего отчётов), например 2026 или 2022-Q3",
                                      "Period (default: the one most reports are for), e.g. 2026 or 2022-Q3")));
  app.add_option("--as-of", options.as_of,
                 std::string(vocab::tr(lang, "Дата, на которую считаются сроки и просрочка (ГГГГ-ММ-ДД; по умолчанию — сегодня)",
                                      "Date for due and overdue (YYYY-MM-DD; default: today)")));
}

}  // namespace rmt::cli
