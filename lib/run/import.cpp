#include "run/import.h"

#include "diag/messages.h"
#include "io/output_file.h"
#include "order/draft_yaml.h"
#include "roadmap/loader.h"

namespace rmt::run {

ImportOutcome import_order(const ImportRequest& request) {
  ImportOutcome result;
  order::DraftOptions options;
  options.id = request.id;
  if (!request.periods.empty()) {
    const auto periods = order::parse_period_list(request.periods);
    if (!periods) {
      result.stop = Stop{diag::msg::bad_periods_option(request.periods), {}};
      return result;
    }
    options.periods = *periods;
  }
  if (request.output != "-" && io::same_file(request.output, request.order)) {
    result.stop = Stop{diag::msg::cannot_write_output(request.output, diag::msg::output_would_overwrite_input()), {}};
    return result;
  }
  diag::DiagnosticList order_findings;
  result.draft = order::import_order(request.order, request.order, options, order_findings);
  result.order.path = request.order;
  result.order.findings = order_findings.items();
  if (!result.draft) return result;

  // The draft must pass the loader that every program uses: checked before it is written.
  const std::string yaml = order::draft_yaml(*result.draft, request.lang);
  diag::DiagnosticList draft_findings;
  roadmap::load_roadmap_text(yaml, request.output, draft_findings);
  result.draft_file.path = request.output;
  result.draft_file.findings = draft_findings.items();
  // A draft the loader refuses is never written: it would stop every program.
  io::OutputFile output;
  if (!draft_findings.has_errors() && (!output.open(request.output) || !output.write(yaml) || !output.commit()))
    result.stop = Stop{diag::msg::cannot_write_output(request.output, output.error()), {}};
  return result;
}

}  // namespace rmt::run
