#include "order/draft_yaml.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/utf8.h"
#include <fmt/ranges.h>

#include "text/number.h"

namespace rmt::order {
namespace {

class Writer {
 public:
  explicit Writer(vocab::Lang lang) : lang_(lang) {}

  void line(int indent, std::string_view text) {
    out_.append(static_cast<std::size_t>(indent), ' ');
    out_ += text;
    out_ += '\n';
  }
  void checks(int indent, const std::vector<Check>& checks) {
    for (const auto& check : checks) {
      // A comment ends at the line's end, and YAML allows no control characters:
      // quoted text in a check could carry either.
      std::string text = text::xml_safe(check.in(lang_));
      std::replace_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }, ' ');
      line(indent, fmt::format("# {}: {}", vocab::tr(lang_, "ПРОВЕРЬТЕ", "CHECK"), text));
    }
  }
  std::string take() { return std::move(out_); }

 private:
  vocab::Lang lang_;
  std::string out_;
};

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += yaml_quoted(items[i]);
  }
  return out + "]";
}

// A period label as a key or list item: years bare (YAML reads 2026 as the
// number the loader expects), quarters quoted.
std::string period_scalar(const std::string& label) {
  return label.find_first_not_of("0123456789") == std::string::npos ? label : yaml_quoted(label);
}

}  // namespace

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  // YAML's printable set, like XML's, has no noncharacters nor ill-formed bytes.
  for (const char ch : text::xml_safe(text)) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02X}", c);
        else out += ch;
    }
  }
  return out + "\"";
}

std::string draft_yaml(const Draft& draft, vocab::Lang lang) {
  Writer w(lang);
  if (lang == vocab::Lang::ru) {
    w.line(0, fmt::format("# Черновик дорожной карты: roadmap-import из «{}».", draft.source));
    w.line(0, "# Прочитайте каждое «ПРОВЕРЬТЕ», исправьте, что нужно, и удалите комментарий;");
    w.line(0, "# затем проверьте файл: roadmap-validate -r <этот файл>. Формат: docs/roadmap-format.md.");
  } else {
    w.line(0, fmt::format("# Draft roadmap: roadmap-import from «{}».", draft.source));
    w.line(0, "# Read every «CHECK», fix what needs fixing and delete the comment;");
    w.line(0, "# then check the file: roadmap-validate -r <this file>. Format: docs/roadmap-format.md.");
  }
  w.line(0, "format: roadmap/1");
  w.line(0, "roadmap:");
  w.checks(2, draft.roadmap_checks);
  w.line(2, "id: " + yaml_quoted(draft.id));
  w.line(2, "title: " + yaml_quoted(draft.title));
  if (!draft.issuer.empty()) w.line(2, "issuer: " + yaml_quoted(draft.issuer));
  if (!draft.approved.document.empty()) {
    std::string approved = "approved: {document: " + yaml_quoted(draft.approved.document);
    if (!draft.approved.number.empty()) approved += ", number: " + yaml_quoted(draft.approved.number);
    if (draft.approved.date)
      approved += fmt::format(", date: {:04}-{:02}-{:02}", draft.approved.date->year, draft.approved.date->month,
                              draft.approved.date->day);
    w.line(2, approved + "}");
  }
  std::string periods = "periods: [";
  for (std::size_t i = 0; i < draft.periods.size(); ++i) periods += (i > 0 ? ", " : "") + period_scalar(draft.periods[i]);
  w.line(2, periods + "]");
  if (!draft.submissions_due.empty()) w.line(2, "submissions_due: " + yaml_quoted(draft.submissions_due));

  // The loader needs the key even when the table names no responsible body.
  if (draft.parties.empty()) {
    w.line(0, "parties: []");
  } else {
    w.line(0, "parties:");
    for (const auto& party : draft.parties) {
      w.checks(2, party.checks);
      w.line(2, "- id: " + party.id);
      w.line(4, "name: " + yaml_quoted(party.name));
      if (!party.aliases.empty()) w.line(4, "aliases: " + quoted_list(party.aliases));
      if (!party.org_id.empty()) w.line(4, "org_id: " + party.org_id);
      if (party.each_organization) w.line(4, "each_organization: true");
    }
  }

  w.line(0, "sections:");
  for (const auto& section : draft.sections) {
    w.checks(2, section.checks);
    w.line(2, "- id: " + yaml_quoted(section.id));
    if (!section.number.empty()) w.line(4, "number: " + yaml_quoted(section.number));
    if (!section.title.empty()) w.line(4, "title: " + yaml_quoted(section.title));
    w.line(4, section.activities.empty() ? "activities: []" : "activities:");
    for (const auto& activity : section.activities) {
      w.checks(6, activity.checks);
      w.line(6, "- id: " + yaml_quoted(activity.id));
      if (!activity.number.empty()) w.line(8, "number: " + yaml_quoted(activity.number));
      w.line(8, "title: " + yaml_quoted(activity.title));
      if (!activity.steps.empty()) {
        w.line(8, "steps:");
        for (const auto& step : activity.steps) w.line(10, "- " + yaml_quoted(step));
      }
      if (activity.indicator) {
        const auto& indicator = *activity.indicator;
        w.line(8, "indicator:");
        w.line(10, fmt::format("measure: {}", roadmap::measure_name(indicator.measure)));
        if (!indicator.unit.empty()) w.line(10, "unit: " + yaml_quoted(indicator.unit));
        std::string targets = "targets: {";
        for (std::size_t i = 0; i < indicator.targets.size(); ++i)
          targets += fmt::format("{}{}: {}", i > 0 ? ", " : "", period_scalar(indicator.targets[i].first),
                                 text::format_decimal(indicator.targets[i].second));
        w.line(10, targets + "}");
        if (!indicator.by.empty()) w.line(10, "by: " + indicator.by);
      }
      if (!activity.result.empty()) w.line(8, "result: " + yaml_quoted(activity.result));
      if (!activity.deadline.empty())
        w.line(8, activity.deadline_text ? "deadline: {text: " + yaml_quoted(activity.deadline) + "}"
                                         : "deadline: " + yaml_quoted(activity.deadline));
      if (!activity.responsible.empty()) w.line(8, "responsible: [" + fmt::format("{}", fmt::join(activity.responsible, ", ")) + "]");
    }
  }
  return w.take();
}

}  // namespace rmt::order
