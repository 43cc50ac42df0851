#include "registry/loader.h"

#include "csv/table.h"
#include "diag/messages.h"
#include "io/tabular_input.h"

namespace rmt::registry {
namespace {

enum Column : std::size_t { org_id, name, full_name, kind, district, email };

// Registries exported from other systems name their columns their own way:
// the short name is preferred, the full name taken where it is the only one.
const std::vector<csv::ColumnSpec>& registry_columns() {
  static const std::vector<csv::ColumnSpec> columns{
      {"org_id", "Код ОО", {"код", "код организации", "id"}, true, false},
      {"name", "Наименование",
       {"краткое наименование", "сокращённое наименование", "сокращенное наименование", "наименование ОО",
        "наименование организации", "название", "организация", "short_name"},
       false, false},
      {"full_name", "Полное наименование", {"полное наименование организации", "полное наименование ОО"}, false, false},
      {"kind", "Тип", {"тип ОО", "вид"}, false, false},
      {"district", "Район", {"округ", "территория", "муниципальный район", "муниципалитет"}, false, false},
      {"email", "Эл. почта", {"e-mail", "email", "электронная почта", "адрес электронной почты", "эл.почта", "почта"}, false, false},
  };
  return columns;
}

// Holds the table's blank-row warnings until it is known whether a table row
// or only the footer follows them: a blank line before «Сформировано …» is
// how a footer is set apart, not a slip.
class BlankRowsHeld final : public diag::DiagnosticSink {
 public:
  explicit BlankRowsHeld(diag::DiagnosticSink& next) : next_(next) {}
  void report(diag::Diagnostic diagnostic) override {
    if (diagnostic.code == diag::Code::blank_row)
      held_.push_back(std::move(diagnostic));
    else
      next_.report(std::move(diagnostic));
  }
  void note(diag::Note note) override { next_.note(std::move(note)); }
  void release() {
    for (auto& d : held_) next_.report(std::move(d));
    held_.clear();
  }
  void drop() { held_.clear(); }

 private:
  diag::DiagnosticSink& next_;
  std::vector<diag::Diagnostic> held_;
};

}  // namespace

std::optional<Registry> load_registry(const std::string& path, diag::DiagnosticSink& sink,
                                      const csv::ReaderOptions& options) {
  diag::CountingSink counting(sink);
  const std::string shown = csv::shown_name(path, options);
  const io::TabularInput input = io::open_tabular(path, shown, counting, options, {}, csv::header_probe(registry_columns()));
  BlankRowsHeld held(counting);
  csv::Table table(*input.records, registry_columns(), held);
  // Registries exported from other systems carry ИНН, addresses, phones: none of our business.
  table.ignore_unknown_columns();
  Registry registry;
  registry.source = shown;
  if (!table.read_header()) return std::nullopt;
  if (!table.has_column(name) && !table.has_column(full_name)) {
    counting.report(diag::msg::missing_column({shown, table.header_line(), 0}, "name", "Наименование"));
    return std::nullopt;
  }
  // Rows without a code wait: followed by an organization they are errors
  // inside the table; after a blank row and to the end they are its footer
  // («Сформировано …», «Итого», signatures), skipped with a note.
  std::vector<diag::Diagnostic> pending;
  std::uint32_t pending_first = 0, pending_last = 0, last_data_line = table.header_line();
  bool after_gap = false;
  const auto settle_pending = [&](bool footer) {
    if (footer && !pending.empty()) {
      held.drop();
      counting.note(diag::msg::registry_footer_skipped({shown, pending_first, 0}, pending_first, pending_last));
    } else {
      held.release();
      for (auto& finding : pending) counting.report(std::move(finding));
    }
    pending.clear();
  };
  while (table.next()) {
    if (table.row_is_ragged()) continue;
    std::string short_name(table.cell(name));
    Organization organization{std::string(table.cell(org_id)),
                              short_name.empty() ? std::string(table.cell(full_name)) : std::move(short_name),
                              std::string(table.cell(kind)), std::string(table.cell(district)),
                              std::string(table.cell(email)), table.line()};
    const bool other_data = !organization.kind.empty() || !organization.district.empty() || !organization.email.empty();
    // A line of text in the code column (codes have no spaces) with nothing else.
    const bool text_in_code = organization.id.find(' ') != std::string::npos && organization.name.empty();
    if ((organization.id.empty() || text_in_code) && !other_data) {
      if (pending.empty()) {
        pending_first = table.line();
        after_gap = table.line() > last_data_line + 1;
      }
      pending_last = table.line();
      pending.push_back(table.at_cell(diag::msg::empty_cell(table.row_pos(), "org_id"), org_id));
      continue;
    }
    settle_pending(false);
    last_data_line = table.line();
    if (organization.id.empty()) {
      counting.report(table.at_cell(diag::msg::empty_cell(table.row_pos(), "org_id"), org_id));
      continue;
    }
    if (organization.name.empty())
      counting.report(table.at_cell(diag::msg::empty_cell(table.row_pos(), "name"), name));
    if (const Organization* first = registry.find(organization.id)) {
      counting.report(table.at_cell(diag::msg::duplicate_org(table.row_pos(), organization.id, first->line), org_id));
      continue;
    }
    registry.add(std::move(organization));
  }
  settle_pending(after_gap);
  if (counting.errors() > 0) return std::nullopt;
  return registry;
}

}  // namespace rmt::registry
