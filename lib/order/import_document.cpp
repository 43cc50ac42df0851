#include "order/import_document.h"

#include "diag/render.h"
#include "json/writer.h"

namespace rmt::order {
namespace {

void write_checks(json::Writer& w, std::string_view at, const std::vector<Check>& checks, vocab::Lang lang) {
  for (const auto& check : checks) {
    w.begin_object();
    w.key("at");
    w.value(at);
    w.key("message");
    w.value(check.in(lang));
    w.end_object();
  }
}

}  // namespace

void write_import_document(std::ostream& out, const std::vector<diag::FileReport>& files, const Draft* draft,
                           const std::string& output, vocab::Lang lang, bool strict) {
  json::Writer w(out);
  w.begin_object();
  diag::write_json_files(w, files, lang, strict);
  w.key("import");
  if (!draft) {
    w.null();
    w.end_object();
    out << '\n';
    return;
  }
  w.begin_object();
  w.key("output");
  w.value(output);
  w.key("id");
  w.value(draft->id);
  w.key("title");
  w.value(draft->title);
  w.key("periods");
  w.begin_array();
  for (const auto& period : draft->periods) w.value(period);
  w.end_array();
  w.key("sections");
  w.value(std::uint64_t{draft->sections.size()});
  w.key("activities");
  w.value(std::uint64_t{draft->activity_count()});
  w.key("parties");
  w.begin_array();
  for (const auto& party : draft->parties) {
    w.begin_object();
    w.key("id");
    w.value(party.id);
    w.key("name");
    w.value(party.name);
    w.key("each_organization");
    w.value(party.each_organization);
    w.end_object();
  }
  w.end_array();
  w.key("checks");
  w.begin_array();
  write_checks(w, "roadmap", draft->roadmap_checks, lang);
  for (const auto& party : draft->parties) write_checks(w, "party " + party.id, party.checks, lang);
  for (const auto& section : draft->sections) {
    write_checks(w, "section " + section.id, section.checks, lang);
    for (const auto& activity : section.activities) write_checks(w, "activity " + activity.id, activity.checks, lang);
  }
  w.end_array();
  w.end_object();
  w.end_object();
  out << '\n';
}

}  // namespace rmt::order
