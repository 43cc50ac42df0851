#include "registry/loader.h"

#include "csv/table.h"
#include "diag/messages.h"
#include "io/tabular_input.h"

namespace rmt::registry {
namespace {

enum Column : std::size_t { org_id, name, kind, district, email };

const std::vector<csv::ColumnSpec>& registry_columns() {
  static const std::vector<csv::ColumnSpec> columns{
      {"org_id", "Код ОО", {"код", "код организации", "id"}, true, false},
      {"name", "Наименование", {"наименование ОО", "название", "организация"}, true, false},
      {"kind", "Тип", {"тип ОО", "вид"}, false, false},
      {"district", "Район", {"округ", "территория", "муниципальный район", "муниципалитет"}, false, false},
      {"email", "Эл. почта", {"e-mail", "email", "электронная почта", "адрес электронной почты", "эл.почта", "почта"}, false, false},
  };
  return columns;
}

}  // namespace

std::optional<Registry> load_registry(const std::string& path, diag::DiagnosticSink& sink,
                                      const csv::ReaderOptions& options) {
  diag::CountingSink counting(sink);
  const std::string shown = path == "-" ? "<stdin>" : path;
  const io::TabularInput input = io::open_tabular(path, shown, counting, options, {}, csv::header_probe(registry_columns()));
  csv::Table table(*input.records, registry_columns(), counting);
  // Registries exported from other systems carry ИНН, addresses, phones: none of our business.
  table.ignore_unknown_columns();
  Registry registry;
  registry.source = shown;
  if (!table.read_header()) return std::nullopt;
  while (table.next()) {
    if (table.row_is_ragged()) continue;
    Organization organization{std::string(table.cell(org_id)), std::string(table.cell(name)),
                              std::string(table.cell(kind)), std::string(table.cell(district)),
                              std::string(table.cell(email)), table.line()};
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
  if (counting.errors() > 0) return std::nullopt;
  return registry;
}

}  // namespace rmt::registry
