// Fuzz target: roadmap-import's readers (the .docx table reader through zip
// and XML, HTML, text) and the draft made from what they read. The seeds are
// orders made by python-docx and the seeds' text, so mutations reach the
// table XML.
//
// Checked on every input: reading never crashes, hangs or exhausts memory; an
// order that cannot be read always has a finding; a draft, when one is made,
// is YAML that the roadmap loader accepts without an error.
#include "diag/sink.h"
#include "fuzz_input.h"
#include "order/draft.h"
#include "order/draft_yaml.h"
#include "order/read_order.h"
#include "roadmap/loader.h"

using namespace rmt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::MemoryFile file(fuzz::as_text(data, size));
  order::OrderLimits limits;
  limits.max_rows = 2000;
  limits.max_bytes = 1u << 20;
  diag::DiagnosticList findings;
  order::OrderDocument document;
  if (!order::read_order(file.path(), "fuzz.docx", document, findings, limits)) {
    if (findings.items().empty()) fuzz::violated("an unreadable order without a finding");
    return 0;
  }
  for (const auto& table : document.tables) {
    std::size_t width = table.rows.empty() ? 0 : table.rows[0].cells.size();
    for (const auto& row : table.rows)
      if (row.cells.size() != width) fuzz::violated("a table's rows differ in width");
    if (width > limits.max_columns) fuzz::violated("a table wider than the limit");
  }
  const auto draft = order::draft_roadmap(document, "fuzz.docx", {}, findings);
  if (!draft) {
    if (findings.items().empty()) fuzz::violated("no draft and no finding");
    return 0;
  }
  diag::DiagnosticList loaded;
  roadmap::load_roadmap_text(order::draft_yaml(*draft, vocab::Lang::ru), "draft.yaml", loaded);
  if (loaded.has_errors()) {
    std::fprintf(stderr, "%s\n", loaded.items()[0].message.en.c_str());
    fuzz::violated("a draft the roadmap loader refuses");
  }
  return 0;
}
