#include "roadmap/loader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "roadmap/reporting.h"
#include "text/case_fold.h"
#include "text/edit_distance.h"
#include "text/number.h"
#include "text/utf8.h"

namespace rmt::roadmap {
namespace {

using diag::SourcePos;
namespace msg = diag::msg;

using Keys = std::initializer_list<std::string_view>;

class Loader {
 public:
  Loader(std::string_view text, std::string_view file, diag::DiagnosticSink& sink)
      : text_(text), file_(file), sink_(sink) {}

  std::optional<Roadmap> run(const YAML::Node& root) {
    roadmap_.source = file_;
    if (root.IsNull() || !root.IsDefined()) {
      report(msg::empty_roadmap(SourcePos{file_, 1, 1}));
      return std::nullopt;
    }
    if (!expect_map(root, "/", {"format", "roadmap", "parties", "sections"})) return std::nullopt;

    if (const auto format = required_scalar(root, "format", "/")) {
      if (text::trim(*format) != "roadmap/1") report(msg::bad_format(at(root["format"]), *format));
    }
    if (const auto meta = required(root, "roadmap", "/")) load_meta(*meta);
    if (const auto parties = required(root, "parties", "/")) load_parties(*parties);
    if (const auto sections = required(root, "sections", "/")) load_sections(*sections);
    resolve_references();

    if (failed_) return std::nullopt;
    return std::move(roadmap_);
  }

  SourcePos at(const YAML::Mark& mark) const {
    if (mark.is_null()) return SourcePos{file_, 0, 0};
    // yaml-cpp counts columns in bytes; people count characters.
    // Only the mark's own line is scanned: a roadmap of 10,000 activities has
    // a mark per activity, and counting from the top each time was quadratic.
    if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) <= text_.size()) {
      const auto pos = static_cast<std::size_t>(mark.pos);
      const auto line_start = pos == 0 ? 0 : text_.rfind('\n', pos - 1);
      const auto begin = line_start == std::string_view::npos ? 0 : line_start + 1;
      const auto where = text::line_column_at(text_.substr(begin), pos - begin);
      return SourcePos{file_, static_cast<std::uint32_t>(mark.line + 1), where.column};
    }
    return SourcePos{file_, static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
  }
  SourcePos at(const YAML::Node& node) const { return at(node.Mark()); }

  void report(diag::Diagnostic diagnostic) {
    if (diagnostic.severity == diag::Severity::error) failed_ = true;
    sink_.report(std::move(diagnostic));
  }

 private:
  // --- shape helpers ---------------------------------------------------------

  // Checks that `node` is a mapping whose keys are all in `allowed`, each once.
  bool expect_map(const YAML::Node& node, std::string_view path, Keys allowed) {
    if (!node.IsMap()) {
      report(msg::wrong_node_type(at(node), path, "mapping"));
      return false;
    }
    std::map<std::string, std::uint32_t, std::less<>> seen;
    const std::vector<std::string_view> candidates(allowed);
    for (const auto& pair : node) {
      const YAML::Node& key = pair.first;
      if (!key.IsScalar()) {
        report(msg::wrong_node_type(at(key), path, "scalar"));
        continue;
      }
      const std::string& name = key.Scalar();
      const auto [it, inserted] = seen.emplace(name, at(key).line);
      if (!inserted) {
        // yaml-cpp keeps one of the two silently; a repeated key is almost
        // always a copy-paste slip that would lose data.
        report(msg::duplicate_key(at(key), name, it->second));
        continue;
      }
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
        report(msg::unknown_key(at(key), name, text::closest_match(name, candidates)));
    }
    return true;
  }

  static std::string child_path(std::string_view path, std::string_view key) {
    return path == "/" ? std::string(key) : fmt::format("{}.{}", path, key);
  }

  std::optional<YAML::Node> required(const YAML::Node& map, std::string_view key, std::string_view path) {
    const YAML::Node child = map[std::string(key)];
    if (!child.IsDefined() || child.IsNull()) {
      report(msg::missing_key(at(map), key, path));
      return std::nullopt;
    }
    return child;
  }

  std::optional<YAML::Node> optional_child(const YAML::Node& map, std::string_view key) {
    const YAML::Node child = map[std::string(key)];
    if (!child.IsDefined() || child.IsNull()) return std::nullopt;
    return child;
  }

  std::optional<std::string> as_scalar(const YAML::Node& node, std::string_view path) {
    if (!node.IsScalar()) {
      report(msg::wrong_node_type(at(node), path, "scalar"));
      return std::nullopt;
    }
    return node.Scalar();
  }

  std::optional<std::string> required_scalar(const YAML::Node& map, std::string_view key, std::string_view path) {
    const auto child = required(map, key, path);
    if (!child) return std::nullopt;
    auto value = as_scalar(*child, child_path(path, key));
    if (value && text::trim(*value).empty()) {
      report(msg::empty_value(at(*child), child_path(path, key)));
      return std::nullopt;
    }
    return value;
  }

  std::string optional_scalar(const YAML::Node& map, std::string_view key, std::string_view path) {
    const auto child = optional_child(map, key);
    if (!child) return {};
    return as_scalar(*child, child_path(path, key)).value_or("");
  }

  // A list of strings; a single scalar counts as a list of one.
  std::vector<std::string> scalar_list(const YAML::Node& map, std::string_view key, std::string_view path) {
    std::vector<std::string> values;
    const auto child = optional_child(map, key);
    if (!child) return values;
    const std::string where = child_path(path, key);
    if (child->IsScalar()) {
      values.push_back(child->Scalar());
    } else if (child->IsSequence()) {
      for (const auto& item : *child)
        if (auto value = as_scalar(item, where)) values.push_back(std::move(*value));
    } else {
      report(msg::wrong_node_type(at(*child), where, "sequence"));
    }
    return values;
  }

  std::optional<calendar::Date> date_value(const YAML::Node& node, std::string_view path) {
    const auto value = as_scalar(node, path);
    if (!value) return std::nullopt;
    auto date = calendar::parse_date(text::trim(*value));
    if (!date) report(msg::bad_yaml_date(at(node), path, *value));
    return date;
  }

  // --- sections of the document ----------------------------------------------

  void load_meta(const YAML::Node& meta) {
    if (!expect_map(meta, "roadmap", {"id", "title", "issuer", "approved", "periods", "submissions_due"})) return;
    roadmap_.id = required_scalar(meta, "id", "roadmap").value_or("");
    roadmap_.title = required_scalar(meta, "title", "roadmap").value_or("");
    roadmap_.issuer = optional_scalar(meta, "issuer", "roadmap");
    if (const auto approved = optional_child(meta, "approved")) {
      if (expect_map(*approved, "roadmap.approved", {"document", "number", "date"})) {
        roadmap_.approved.document = optional_scalar(*approved, "document", "roadmap.approved");
        roadmap_.approved.number = optional_scalar(*approved, "number", "roadmap.approved");
        if (const auto date = optional_child(*approved, "date"))
          roadmap_.approved.date = date_value(*date, "roadmap.approved.date");
      }
    }
    if (const auto periods = required(meta, "periods", "roadmap")) load_periods(*periods);
    if (const auto due = optional_child(meta, "submissions_due"))
      roadmap_.submissions_due = load_deadline(*due, "roadmap.submissions_due");
  }

  void load_periods(const YAML::Node& node) {
    if (!node.IsSequence()) {
      report(msg::wrong_node_type(at(node), "roadmap.periods", "sequence"));
      return;
    }
    for (const auto& item : node) {
      const auto value = as_scalar(item, "roadmap.periods");
      if (!value) continue;
      auto period = parse_period(*value);
      if (!period) {
        report(msg::bad_period_label(at(item), *value));
        continue;
      }
      if (roadmap_.period_index(period->label)) {
        report(msg::duplicate_period(at(item), period->label));
        continue;
      }
      if (!roadmap_.periods.empty() && roadmap_.periods.front().kind != period->kind) {
        report(msg::mixed_periods(at(item)));
        continue;
      }
      roadmap_.periods.push_back(std::move(*period));
    }
    if (roadmap_.periods.empty() && node.size() == 0) report(msg::empty_value(at(node), "roadmap.periods"));
    // Ascending order makes "the latest period" and trend columns well defined.
    std::sort(roadmap_.periods.begin(), roadmap_.periods.end(),
              [](const Period& a, const Period& b) { return a.first_day() < b.first_day(); });
  }

  void load_parties(const YAML::Node& node) {
    if (!node.IsSequence()) {
      report(msg::wrong_node_type(at(node), "parties", "sequence"));
      return;
    }
    for (const auto& item : node) {
      if (!expect_map(item, "parties[]", {"id", "name", "aliases", "org_id", "each_organization"})) continue;
      Party party;
      party.line = at(item).line;
      party.id = required_scalar(item, "id", "parties[]").value_or("");
      party.name = required_scalar(item, "name", "parties[]").value_or("");
      party.aliases = scalar_list(item, "aliases", "parties[]");
      party.org_id = std::string(text::trim(optional_scalar(item, "org_id", "parties[]")));
      if (const auto each = optional_child(item, "each_organization")) {
        if (const auto value = as_scalar(*each, "each_organization")) {
          const std::string folded = text::fold_case(text::trim(*value));
          if (folded == "true" || folded == "yes")
            party.each_organization = true;
          else if (folded != "false" && folded != "no")
            report(msg::bad_boolean(at(*each), "each_organization", *value));
        }
      }
      if (party.id.empty()) continue;
      if (const Party* first = roadmap_.find_party(party.id)) {
        report(msg::duplicate_id(at(item["id"]), "party", party.id, first->line));
        continue;
      }
      roadmap_.parties.push_back(std::move(party));
    }
  }

  void load_sections(const YAML::Node& node) {
    if (!node.IsSequence()) {
      report(msg::wrong_node_type(at(node), "sections", "sequence"));
      return;
    }
    for (const auto& item : node) {
      if (!expect_map(item, "sections[]", {"id", "number", "title", "activities"})) continue;
      Section section;
      section.line = at(item).line;
      section.id = required_scalar(item, "id", "sections[]").value_or("");
      section.number = optional_scalar(item, "number", "sections[]");
      section.title = required_scalar(item, "title", "sections[]").value_or("");
      if (!section.id.empty()) {
        const auto first = section_lines_.emplace(section.id, section.line);
        if (!first.second) report(msg::duplicate_id(at(item["id"]), "section", section.id, first.first->second));
      }
      if (const auto activities = required(item, "activities", "sections[]")) {
        if (!activities->IsSequence()) {
          report(msg::wrong_node_type(at(*activities), "sections[].activities", "sequence"));
        } else {
          for (const auto& activity : *activities)
            if (auto loaded = load_activity(activity)) section.activities.push_back(std::move(*loaded));
        }
      }
      roadmap_.sections.push_back(std::move(section));
    }
  }

  std::optional<Activity> load_activity(const YAML::Node& node) {
    constexpr std::string_view path = "activities[]";
    if (!expect_map(node, path,
                    {"id", "number", "title", "indicator", "result", "deadline", "responsible", "steps"}))
      return std::nullopt;
    Activity activity;
    activity.line = at(node).line;
    activity.id = std::string(text::trim(required_scalar(node, "id", path).value_or("")));
    activity.number = optional_scalar(node, "number", path);
    if (activity.number.empty()) activity.number = activity.id;
    activity.title = required_scalar(node, "title", path).value_or("");
    activity.result = optional_scalar(node, "result", path);
    activity.steps = scalar_list(node, "steps", path);
    if (const auto deadline = optional_child(node, "deadline"))
      activity.deadline = load_deadline(*deadline, "deadline");
    if (const auto responsible = optional_child(node, "responsible")) {
      activity.responsible = scalar_list(node, "responsible", path);
      responsible_nodes_.push_back({activity.id, *responsible});
    }
    if (const auto indicator = optional_child(node, "indicator")) activity.indicator = load_indicator(*indicator, activity.id);
    if (activity.id.empty()) return std::nullopt;
    const auto first = activity_lines_.emplace(activity.id, activity.line);
    if (!first.second) {
      report(msg::duplicate_id(at(node["id"]), "activity", activity.id, first.first->second));
      return std::nullopt;
    }
    activity_nodes_.emplace(activity.id, node);
    return activity;
  }

  std::optional<Indicator> load_indicator(const YAML::Node& node, std::string_view activity_id) {
    if (!expect_map(node, "indicator", {"measure", "unit", "targets", "by"})) return std::nullopt;
    Indicator indicator;
    indicator.targets.resize(roadmap_.periods.size());
    const auto measure_name = required_scalar(node, "measure", "indicator");
    if (!measure_name) return std::nullopt;
    const auto measure = parse_measure(text::trim(*measure_name));
    if (!measure) {
      report(msg::unknown_measure(at(node["measure"]), *measure_name));
      return std::nullopt;
    }
    indicator.measure = *measure;
    indicator.unit = optional_scalar(node, "unit", "indicator");
    if (const auto by = optional_child(node, "by")) {
      if (indicator.measure != Measure::done) report(msg::by_without_done(at(*by), activity_id));
      decider_nodes_.push_back({std::string(activity_id), *by});
    }
    if (const auto targets = optional_child(node, "targets")) load_targets(*targets, indicator);
    return indicator;
  }

  void load_targets(const YAML::Node& node, Indicator& indicator) {
    if (!node.IsMap()) {
      report(msg::wrong_node_type(at(node), "indicator.targets", "mapping"));
      return;
    }
    const std::string known = roadmap_.period_list();
    for (const auto& pair : node) {
      const auto key = as_scalar(pair.first, "indicator.targets");
      if (!key) continue;
      const auto period = parse_period(*key);
      const auto index = period ? roadmap_.period_index(period->label) : std::nullopt;
      if (!index) {
        report(msg::target_unknown_period(at(pair.first), *key, known));
        continue;
      }
      const auto raw = as_scalar(pair.second, "indicator.targets");
      if (!raw) continue;
      const auto value = text::parse_decimal(*raw);
      if (!value) {
        report(msg::target_not_number(at(pair.second), *raw));
      } else if (*value < 0) {
        report(msg::target_negative(at(pair.second), *raw));
      } else if (indicator.measure == Measure::done && *value != 1) {
        report(msg::target_done_not_one(at(pair.second), *raw));
      } else if (indicator.targets[*index]) {
        report(msg::duplicate_key(at(pair.first), *key, at(pair.first).line));
      } else {
        indicator.targets[*index] = *value;
      }
    }
  }

  std::optional<Deadline> load_deadline(const YAML::Node& node, std::string_view path) {
    if (node.IsScalar()) {
      const std::string& phrase = node.Scalar();
      auto parsed = parse_deadline_phrase(phrase);
      if (auto* failure = std::get_if<DeadlineError>(&parsed)) {
        report(msg::bad_deadline(at(node), phrase, failure->reason));
        return std::nullopt;
      }
      return std::get<Deadline>(std::move(parsed));
    }
    if (!expect_map(node, path, {"by", "every_year", "continuous", "text"})) return std::nullopt;
    Deadline deadline;
    deadline.phrase = optional_scalar(node, "text", path);
    if (const auto by = optional_child(node, "by")) {
      auto add = [&](const YAML::Node& item) {
        if (auto date = date_value(item, "deadline.by")) deadline.once.push_back(*date);
      };
      if (by->IsSequence())
        for (const auto& item : *by) add(item);
      else
        add(*by);
    }
    if (const auto every_year = optional_child(node, "every_year")) {
      for (const auto& value : scalar_list(node, "every_year", path)) {
        if (const auto when = parse_month_day(value))
          deadline.every_year.push_back(*when);
        else
          report(msg::bad_deadline(at(*every_year), value,
                                   {"every_year ожидает «ММ-ДД» или «ММ»", "every_year expects \"MM-DD\" or \"MM\""}));
      }
    }
    if (const auto continuous = optional_child(node, "continuous")) {
      const auto value = as_scalar(*continuous, "continuous");
      if (value && (*value == "true" || *value == "yes"))
        deadline.continuous = true;
      else if (value && *value != "false" && *value != "no")
        report(msg::bad_boolean(at(*continuous), "continuous", *value));
    }
    std::sort(deadline.once.begin(), deadline.once.end());
    std::sort(deadline.every_year.begin(), deadline.every_year.end());
    return deadline;
  }

  // --- cross references --------------------------------------------------------

  void resolve_references() {
    std::vector<std::string> party_ids;
    for (const auto& party : roadmap_.parties) {
      party_ids.push_back(party.id);
      if (!party.org_id.empty()) roadmap_.body_org_ids.push_back(party.org_id);
    }
    std::sort(roadmap_.body_org_ids.begin(), roadmap_.body_org_ids.end());
    roadmap_.body_org_ids.erase(std::unique(roadmap_.body_org_ids.begin(), roadmap_.body_org_ids.end()),
                                roadmap_.body_org_ids.end());

    for (const auto& [activity_id, node] : responsible_nodes_) {
      const auto check = [&](const YAML::Node& item) {
        if (item.IsScalar() && !roadmap_.find_party(text::trim(item.Scalar())))
          report(msg::unknown_party(at(item), item.Scalar(), text::closest_match(item.Scalar(), party_ids)));
      };
      if (node.IsSequence())
        for (const auto& item : node) check(item);
      else
        check(node);
    }

    for (auto& section : roadmap_.sections) {
      for (auto& activity : section.activities) {
        for (auto& party_id : activity.responsible) party_id = std::string(text::trim(party_id));
        activity.reporters = resolve_reporters(roadmap_.parties, activity.responsible);
        const YAML::Node& node = activity_nodes_.at(activity.id);
        if (activity.reporters.nobody()) report(msg::no_reporter(at(node), activity.id));
        if (activity.indicator && activity.indicator->measure == Measure::done) resolve_decider(activity, node);
      }
    }
  }

  // A done indicator is decided by one report: indicator.by (an org_id, or a
  // party id for convenience), else the one responsible party with an org_id.
  void resolve_decider(Activity& activity, const YAML::Node& node) {
    const auto by = std::find_if(decider_nodes_.begin(), decider_nodes_.end(),
                                 [&](const auto& entry) { return entry.first == activity.id; });
    if (by != decider_nodes_.end()) {
      const auto value = as_scalar(by->second, "indicator.by");
      if (!value) return;
      const std::string name(text::trim(*value));
      if (const Party* party = roadmap_.find_party(name); party && !party->org_id.empty()) {
        activity.indicator->decided_by = party->org_id;
      } else if (std::binary_search(roadmap_.body_org_ids.begin(), roadmap_.body_org_ids.end(), name)) {
        activity.indicator->decided_by = name;
      } else {
        report(msg::unknown_decider(at(by->second), name, text::closest_match(name, roadmap_.body_org_ids)));
      }
      return;
    }
    const auto& candidates = activity.reporters.org_ids;
    if (candidates.size() == 1)
      activity.indicator->decided_by = candidates.front();
    else if (candidates.empty())
      report(msg::done_without_decider(at(node["indicator"]), activity.id));
    else
      report(msg::done_ambiguous(at(node["indicator"]), activity.id, fmt::format("{}", fmt::join(candidates, ", "))));
  }

  std::string_view text_;
  std::string file_;
  diag::DiagnosticSink& sink_;
  Roadmap roadmap_;
  bool failed_ = false;
  std::map<std::string, std::uint32_t, std::less<>> section_lines_;
  std::map<std::string, std::uint32_t, std::less<>> activity_lines_;
  std::map<std::string, YAML::Node, std::less<>> activity_nodes_;
  std::vector<std::pair<std::string, YAML::Node>> responsible_nodes_;
  std::vector<std::pair<std::string, YAML::Node>> decider_nodes_;
};

// Rejects bytes that are not text before yaml-cpp sees them: yaml-cpp would
// guess another encoding or stop with a less helpful message.
bool check_is_text(std::string_view text, std::string_view file, diag::DiagnosticSink& sink) {
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    const auto where = text::line_column_at(text, nul);
    sink.report(diag::msg::yaml_nul_byte(SourcePos{std::string(file), where.line, where.column}));
    return false;
  }
  if (const auto bad = text::first_invalid_utf8(text)) {
    const auto where = text::line_column_at(text, *bad);
    sink.report(diag::msg::yaml_not_utf8(SourcePos{std::string(file), where.line, where.column}));
    return false;
  }
  return true;
}

}  // namespace

std::optional<Roadmap> load_roadmap_text(std::string_view yaml, std::string_view file_name,
                                         diag::DiagnosticSink& sink, const LoaderOptions& options) {
  if (yaml.size() > options.max_bytes) {
    sink.report(msg::file_too_large(SourcePos{std::string(file_name), 0, 0}, yaml.size(), options.max_bytes));
    return std::nullopt;
  }
  // A UTF-8 BOM is harmless; drop it so that byte offsets match what we show.
  if (yaml.starts_with("\xEF\xBB\xBF")) yaml.remove_prefix(3);
  if (!check_is_text(yaml, file_name, sink)) return std::nullopt;

  Loader loader(yaml, file_name, sink);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::DeepRecursion& e) {
    loader.report(msg::yaml_too_deep(loader.at(e.mark), 2000));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    loader.report(msg::yaml_parse_error(loader.at(e.mark), e.msg));
    return std::nullopt;
  }
  try {
    return loader.run(root);
  } catch (const YAML::Exception& e) {
    // Node access on a well-formed document should not throw; if a yaml-cpp
    // corner case does, report it at its place rather than crash.
    loader.report(msg::yaml_parse_error(loader.at(e.mark), e.msg));
    return std::nullopt;
  }
}

std::optional<Roadmap> load_roadmap_file(const std::string& path, diag::DiagnosticSink& sink,
                                         const LoaderOptions& options) {
  const std::string shown = path == "-" ? "<stdin>" : path;
  const auto unreadable = [&](int error) {
    sink.report(msg::unreadable_file(SourcePos{shown, 0, 0}, error));
    return std::nullopt;
  };
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error) return unreadable(error.value());
    if (std::filesystem::is_directory(status)) return unreadable(EISDIR);
    file.open(path, std::ios::binary);
    if (!file) return unreadable(errno);
    in = &file;
  }
  // Read at most one byte past the limit, so that neither a huge file nor an
  // endless pipe is held in memory.
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= options.max_bytes && in->read(chunk, sizeof chunk).gcount() > 0)
    text.append(chunk, static_cast<std::size_t>(in->gcount()));
  if (in->bad()) return unreadable(errno ? errno : EIO);
  if (text.size() > options.max_bytes) {
    std::error_code ignored;
    const auto size = path == "-" ? text.size() : std::filesystem::file_size(path, ignored);
    sink.report(msg::file_too_large(SourcePos{shown, 0, 0}, ignored ? text.size() : size, options.max_bytes));
    return std::nullopt;
  }
  return load_roadmap_text(text, shown, sink, options);
}

}  // namespace rmt::roadmap
