#include "common/manual.h"

#include <algorithm>

#include <fmt/format.h>

#include "common/option_values.h"

namespace rmt::cli {
namespace {

// Text for roff: backslashes escaped, a line never starting with '.' or '\''
// (a request), hyphens in names as \- (so that they are minus signs to copy).
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string roff_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (c == '-') out += "\\-";
    else if (c == '\\') out += "\\e";
    else out += c;
  }
  return out;
}

std::string upper_ascii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

// The footer setup_app() writes: «Пример:\n  EXAMPLE\n\nКоды завершения: …».
struct Footer {
  std::string example, exit_codes;
};

Footer split_footer(const std::string& footer) {
  Footer out;
  const auto blank = footer.find("\n\n");
  const std::string first = footer.substr(0, blank);
  const auto newline = first.find('\n');
  if (newline != std::string::npos) out.example = std::string(first.substr(newline + 1));
  while (!out.example.empty() && out.example.front() == ' ') out.example.erase(0, 1);
  if (blank != std::string::npos) out.exit_codes = footer.substr(blank + 2);
  return out;
}

// «-r, --roadmap» for an option's names.
std::string option_names(const CLI::Option& option) {
  std::string out;
  for (const auto& name : option.get_snames()) out += (out.empty() ? "" : ", ") + ("\\fB\\-" + roff_name(name) + "\\fR");
  for (const auto& name : option.get_lnames()) out += (out.empty() ? "" : ", ") + ("\\fB\\-\\-" + roff_name(name) + "\\fR");
  return out;
}

bool takes_value(const CLI::Option& option) { return option.get_items_expected_max() > 0; }

// «TEXT», «UINT»: CLI11's type name without the list of values it appends.
std::string metavar(const CLI::Option& option) {
  std::string type = option.get_type_name();
  if (const auto colon = type.find(':'); colon != std::string::npos) type.resize(colon);
  return type.empty() ? "VALUE" : type;
}

std::vector<const CLI::Option*> visible_options(const CLI::App& app) {
  std::vector<const CLI::Option*> out;
  for (const CLI::Option* option : app.get_options())
    if (!option->get_group().empty()) out.push_back(option);
  return out;
}

}  // namespace

std::string man_page(const CLI::App& app, vocab::Lang lang) {
  const bool ru = lang == vocab::Lang::ru;
  const std::string name = app.get_name();
  const std::string description = app.get_description();
  const Footer footer = split_footer(app.get_footer());
  // The first sentence names the program in NAME; the whole text follows.
  auto stop = description.find(". ");
  const std::string summary = stop == std::string::npos ? description : description.substr(0, stop);

  std::string out;
  out += fmt::format(".TH {} 1 \"{}\" \"roadmap-monitoring {}\" \"{}\"\n", roff_name(upper_ascii(name)), RMT_RELEASE_DATE,
                     RMT_VERSION, ru ? "Команды пользователя" : "User Commands");
  out += fmt::format(".SH {}\n{} \\- {}\n", ru ? "ИМЯ" : "NAME", roff_name(name), roff(summary));
  out += fmt::format(".SH {}\n.B {}\n", ru ? "СИНТАКСИС" : "SYNOPSIS", roff_name(name));
  for (const CLI::Option* option : visible_options(app)) {
    if (option->get_positional()) {
      out += fmt::format("\\fI{}\\fR{}\n", roff_name(option->get_name(true)), option->get_items_expected_max() > 1 ? "..." : "");
    } else if (option->get_required()) {
      const auto& longs = option->get_lnames();
      out += fmt::format("\\fB\\-\\-{}\\fR \\fI{}\\fR\n", roff_name(longs.empty() ? option->get_name() : longs.front()),
                         roff(metavar(*option)));
    }
  }
  out += fmt::format("[\\fI{}\\fR]\n", ru ? "ПАРАМЕТРЫ" : "OPTIONS");
  out += fmt::format(".SH {}\n{}\n", ru ? "ОПИСАНИЕ" : "DESCRIPTION", roff(description));

  const auto describe_options = [&](const CLI::App& of) {
  for (const CLI::Option* option : visible_options(of)) {
    out += ".TP\n";
    if (option->get_positional()) {
      out += fmt::format("\\fI{}\\fR\n", roff_name(option->get_name(true)));
    } else {
      out += option_names(*option);
      if (takes_value(*option))
        out += fmt::format(" \\fI{}\\fR", roff(metavar(*option)));
      out += '\n';
    }
    std::string text = option->get_description();
    if (option->get_required()) text += ru ? " (обязательно)" : " (required)";
    const auto& values = values_of(option->get_lnames().empty() ? "" : "--" + option->get_lnames().front());
    if (!values.empty()) {
      std::string joined;
      for (const auto& value : values) joined += (joined.empty() ? "" : ", ") + value;
      text += (ru ? ". Значения: " : ". Values: ") + joined;
    }
    out += roff(text) + '\n';
  }
  };
  out += fmt::format(".SH {}\n", ru ? "ПАРАМЕТРЫ" : "OPTIONS");
  describe_options(app);
  // A program with subcommands (roadmap-store): each with its own options.
  const auto subcommands = app.get_subcommands([](const CLI::App*) { return true; });
  if (!subcommands.empty()) {
    out += fmt::format(".SH {}\n", ru ? "КОМАНДЫ" : "COMMANDS");
    for (const CLI::App* sub : subcommands) {
      out += fmt::format(".SS {}\n{}\n", roff_name(sub->get_name()), roff(sub->get_description()));
      describe_options(*sub);
    }
  }
  if (!footer.example.empty())
    out += fmt::format(".SH {}\n.nf\n{}\n.fi\n", ru ? "ПРИМЕР" : "EXAMPLE", roff(footer.example));
  if (!footer.exit_codes.empty()) {
    // «Коды завершения: 0 — успех; 1 — …»: the part after the colon.
    std::string codes = footer.exit_codes;
    if (const auto colon = codes.find(": "); colon != std::string::npos) codes = codes.substr(colon + 2);
    out += fmt::format(".SH {}\n{}\n", ru ? "КОДЫ ЗАВЕРШЕНИЯ" : "EXIT STATUS", roff(codes));
  }
  out += fmt::format(".SH {}\n.TP\n.I /usr/share/roadmap\\-monitoring/roadmaps/\n{}\n", ru ? "ФАЙЛЫ" : "FILES",
                     ru ? "Установленные дорожные карты: \\fB\\-r nizhnevartovsk\\-mentoring\\-2026\\fR находит "
                          "/usr/share/roadmap\\-monitoring/roadmaps/nizhnevartovsk\\-mentoring\\-2026.yaml."
                        : "The installed roadmaps: \\fB\\-r nizhnevartovsk\\-mentoring\\-2026\\fR finds "
                          "/usr/share/roadmap\\-monitoring/roadmaps/nizhnevartovsk\\-mentoring\\-2026.yaml.");
  std::string see_also;
  for (std::string_view program : {"roadmap-feedback", "roadmap-import", "roadmap-merge", "roadmap-render",
                                   "roadmap-report", "roadmap-template", "roadmap-validate"})
    if (program != name) see_also += fmt::format("{}\\fB{}\\fR(1)", see_also.empty() ? "" : ",\n", roff_name(program));
  out += fmt::format(".SH {}\n{}\n", ru ? "СМ. ТАКЖЕ" : "SEE ALSO", see_also);
  out += ru ? "Документация: /usr/share/doc/roadmap\\-monitoring/.\n" : "Documentation: /usr/share/doc/roadmap\\-monitoring/.\n";
  return out;
}

std::string bash_completion(const CLI::App& app) {
  std::string function = "_" + app.get_name();
  std::replace(function.begin(), function.end(), '-', '_');
  std::string all_options, value_cases, dir_options, file_options, free_options;
  auto add = [](std::string& list, const std::string& name) { list += (list.empty() ? "" : "|") + name; };
  for (const CLI::Option* option : visible_options(app)) {
    if (option->get_positional()) continue;
    std::vector<std::string> names;
    for (const auto& s : option->get_snames()) names.push_back("-" + s);
    for (const auto& l : option->get_lnames()) names.push_back("--" + l);
    for (const auto& n : names) all_options += (all_options.empty() ? "" : " ") + n;
    if (!takes_value(*option)) continue;
    const std::string long_name = option->get_lnames().empty() ? "" : "--" + option->get_lnames().front();
    std::string pattern;
    for (const auto& n : names) add(pattern, n);
    if (const auto& values = values_of(long_name); !values.empty()) {
      std::string words;
      for (const auto& value : values) words += (words.empty() ? "" : " ") + value;
      value_cases += fmt::format("    {}) COMPREPLY=($(compgen -W '{}' -- \"$cur\")); return ;;\n", pattern, words);
    } else if (long_name == "--roadmap") {
      value_cases += fmt::format(
          "    {}) _filedir '@(yaml|yml)'\n"
          "      local dir=/usr/share/roadmap-monitoring/roadmaps\n"
          "      [ -d \"$dir\" ] && COMPREPLY+=($(compgen -W \"$(cd \"$dir\" && ls *.yaml 2>/dev/null | sed 's/\\.yaml$//')\" -- \"$cur\"))\n"
          "      return ;;\n",
          pattern);
    } else if (long_name == "--out-dir") {
      add(dir_options, pattern);
    } else if (long_name == "--output" || long_name == "--orgs" || long_name == "--report" ||
               long_name == "--smtp-password-file") {
      add(file_options, pattern);
    } else {
      add(free_options, pattern);  // a date, a period, a number, an address: nothing to offer
    }
  }
  std::string out = fmt::format("# bash completion for {} (generated from its options; roadmap-monitoring {})\n",
                                app.get_name(), RMT_VERSION);
  out += fmt::format("{}() {{\n  local cur prev words cword\n  _init_completion || return\n  case $prev in\n", function);
  out += value_cases;
  if (!dir_options.empty()) out += fmt::format("    {}) _filedir -d; return ;;\n", dir_options);
  if (!file_options.empty()) out += fmt::format("    {}) _filedir; return ;;\n", file_options);
  if (!free_options.empty()) out += fmt::format("    {}) return ;;\n", free_options);
  out += "  esac\n";
  out += fmt::format("  if [[ $cur == -* ]]; then\n    COMPREPLY=($(compgen -W '{} --help --version' -- \"$cur\"))\n    return\n  fi\n",
                     all_options);
  out += "  _filedir\n}\n";
  out += fmt::format("complete -F {} {}\n", function, app.get_name());
  return out;
}

}  // namespace rmt::cli
