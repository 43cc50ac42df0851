#include "order/parties.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "order/words.h"
#include "text/case_fold.h"
#include "text/edit_distance.h"
#include "text/transliterate.h"
#include "text/utf8.h"

namespace rmt::order {
namespace {

bool each_organization_name(std::string_view name) {
  const std::string f = folded(name);
  if (f == "оо" || f == "оу" || f == "доо" || f == "школы" || f == "оо города") return true;
  if (f.starts_with("руководител") &&
      (has(f, " оо") || has(f, "образовательн") || has(f, "организаци") || has(f, "учреждени") || has(f, "оу")))
    return true;
  return has(f, "образовательн") && (has(f, "организации") || has(f, "учреждения") || has(f, "организаций"));
}

// People every organization has («Кураторы ЦМН», «Педагоги-наставники»,
// «Классные руководители»): plural, so not one official. Whether each
// organization reports for them is the analyst's call (Balakhna's curators
// sit in every school; a department's «Кураторы» might not), so it is
// suggested, not decided.
bool people_of_each_organization(std::string_view name) {
  const std::string f = folded(name);
  for (std::string_view start : {"кураторы", "педагоги", "наставники", "учителя", "классные руководители",
                                 "заместители руководителей", "заместители директоров", "руководители"})
    if (f.starts_with(start)) return true;
  return false;
}

// «Лещенко М.А.», «М.А. Лещенко».
bool person_name(std::string_view name) {
  const auto dots = std::count(name.begin(), name.end(), '.');
  if (dots < 1 || dots > 3 || text::count_chars(name) > 40) return false;
  std::size_t pos = 0, capitals_with_dot = 0;
  char32_t previous = 0;
  while (pos < name.size()) {
    const char32_t c = text::next_code_point(name, pos);
    if (c == '.' && previous >= 0x0410 && previous <= 0x042F) ++capitals_with_dot;
    previous = c;
  }
  return capitals_with_dot >= 1 && name.find(' ') != std::string_view::npos;
}

}  // namespace

std::vector<std::string> split_responsible(std::string_view text) {
  std::vector<std::string> pieces;
  std::string current;
  int quotes = 0;  // inside «…»
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(text, pos);
    if (c == 0xAB) ++quotes;
    if (c == 0xBB && quotes > 0) --quotes;
    if ((c == ',' || c == ';' || c == '\n') && quotes == 0) {
      pieces.push_back(std::string(text::trim(current)));
      current.clear();
      continue;
    }
    current.append(text.substr(at, pos - at));
  }
  pieces.push_back(std::string(text::trim(current)));
  std::vector<std::string> out;
  for (auto& piece : pieces) {
    while (!piece.empty() && (piece.back() == '.' && !person_name(piece))) piece.pop_back();
    piece = std::string(text::trim(piece));
    if (piece.empty()) continue;
    // «Руководители ОО, МБОУ ДО»: a list of kinds after heads of organizations.
    if (!out.empty() && abbreviation_words(piece) && folded(out.back()).starts_with("руководител")) {
      out.back() += ", " + piece;
      continue;
    }
    out.push_back(std::move(piece));
  }
  return out;
}

namespace {

// Words a proper spelling of a name shares with the rest of the order.
std::size_t known_words(std::string_view name, const std::set<std::string>& vocabulary) {
  std::size_t known = 0;
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && vocabulary.count(text::fold_case(word))) ++known;
    word.clear();
  };
  for (std::size_t pos = 0; pos < name.size();) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(name, pos);
    const bool letter = (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451 || (c < 128 && std::isalnum(static_cast<int>(c)));
    if (letter) word.append(name.substr(at, pos - at));
    else flush();
  }
  flush();
  return known;
}

void add_words(std::string_view text, std::set<std::string>& vocabulary) {
  std::string word;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(text, pos);
    const bool letter = (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451;
    if (letter) {
      word.append(text.substr(at, pos - at));
    } else {
      if (word.size() > 2) vocabulary.insert(text::fold_case(word));
      word.clear();
    }
  }
  if (word.size() > 2) vocabulary.insert(text::fold_case(word));
}

class PartyBook {
 public:
  explicit PartyBook(const std::set<std::string>& vocabulary) : vocabulary_(vocabulary) {}

  /// The index of the party with this spelling (a new one, or one a letter or two away).
  std::size_t mention(const std::string& spelling) {
    const std::string key = folded(spelling);
    // «ОО» and «Образовательные организации» are the organizations, however written.
    const std::string kind = organizations_kind(spelling);
    for (std::size_t i = 0; i < parties_.size(); ++i) {
      if (!kind.empty() && organizations_kind(parties_[i].spellings.front().first) == kind) {
        add_spelling(parties_[i], spelling);
        return i;
      }
      for (const auto& seen : parties_[i].spellings)
        if (folded(seen.first) == key || close(folded(seen.first), key)) {
          add_spelling(parties_[i], spelling);
          return i;
        }
    }
    // «Кураторы ЦМН» and «Кураторы внедрения ЦМН»: one name inside the
    // other with a word or two added between; proposed as one, to be checked.
    for (std::size_t i = 0; i < parties_.size(); ++i)
      for (const auto& seen : parties_[i].spellings)
        if (words_inserted(folded(seen.first), key) || words_inserted(key, folded(seen.first))) {
          add_spelling(parties_[i], spelling);
          parties_[i].words_inserted = true;
          return i;
        }
    parties_.push_back({});
    add_spelling(parties_.back(), spelling);
    return parties_.size() - 1;
  }

  void count_activity(std::size_t index) { ++parties_[index].activities; }

  std::vector<DraftParty> finish() {
    std::vector<DraftParty> out;
    std::set<std::string> ids;
    for (auto& entry : parties_) {
      DraftParty party;
      // The name: the spelling whose words the order uses elsewhere, then the commonest.
      auto best = entry.spellings.begin();
      for (auto it = entry.spellings.begin(); it != entry.spellings.end(); ++it) {
        const auto score = std::make_pair(known_words(it->first, vocabulary_), it->second);
        const auto best_score = std::make_pair(known_words(best->first, vocabulary_), best->second);
        if (score > best_score) best = it;
      }
      party.name = best->first;
      for (const auto& spelling : entry.spellings)
        if (spelling.first != party.name) party.aliases.push_back(spelling.first);
      party.each_organization = each_organization_name(party.name);
      party.person = !party.each_organization && person_name(party.name);
      const bool people = !party.each_organization && people_of_each_organization(party.name);
      party.mentions = entry.activities;
      party.id = unique_id(make_id(party), ids);
      if (!party.each_organization) {
        party.org_id = party.id;
        std::transform(party.org_id.begin(), party.org_id.end(), party.org_id.begin(),
                       [](char c) { return c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
        party.checks.push_back(party.person
            ? Check{"org_id — код в реестре организации, где работает это должностное лицо; предложен по фамилии: "
                    "замените кодом из реестра или удалите строку, если отчёт за него не сдаётся",
                    "org_id is the registry code of the organization this official works for; made from the surname: "
                    "replace it with the registry's code, or delete the line if nobody reports for this person"}
            : Check{"org_id — код этого органа в реестре организаций; предложен по названию: замените кодом из реестра "
                    "или удалите строку, если орган не отчитывается",
                    "org_id is this body's code in the organization registry; made from its name: replace it with the "
                    "registry's code, or delete the line if the body does not report"});
        if (people)
          party.checks.push_back(
              {"похоже, это люди каждой организации (кураторы, педагоги, руководители): если за них отчитывается "
               "каждая организация реестра, замените строку org_id на «each_organization: true»",
               "these look like people every organization has (curators, teachers, heads): if every organization of "
               "the registry reports for them, replace the org_id line with «each_organization: true»"});
      } else {
        party.checks.push_back({"каждая организация реестра отчитывается за этого исполнителя (each_organization)",
                                "every organization of the registry reports for this party (each_organization)"});
      }
      if (entry.words_inserted)
        party.checks.push_back(
            {fmt::format("названия, различающиеся вставленными словами, собраны в одного исполнителя: {}; если это "
                         "разные исполнители, разделите их",
                         fmt::join(all_spellings(entry), " / ")),
             fmt::format("names that differ by inserted words are gathered as one party: {}; if they are different "
                         "parties, split them",
                         fmt::join(all_spellings(entry), " / "))});
      else if (!party.aliases.empty())
        party.checks.push_back({fmt::format("написания, различающиеся регистром или буквой-двумя, собраны в одного "
                                            "исполнителя, имя выбрано по тексту приказа; другие написания: {}",
                                            fmt::join(party.aliases, "; ")),
                                fmt::format("spellings that differ in case or by a letter or two are gathered as one "
                                            "party, named as the order's text names it; the other spellings: {}",
                                            fmt::join(party.aliases, "; "))});
      out.push_back(std::move(party));
    }
    return out;
  }

 private:
  struct Entry {
    std::vector<std::pair<std::string, std::size_t>> spellings;  // spelling, times seen
    std::size_t activities = 0;
    bool words_inserted = false;  // a spelling joined by words_inserted(), not by a letter or two
  };

  static std::vector<std::string> all_spellings(const Entry& entry) {
    std::vector<std::string> out;
    for (const auto& spelling : entry.spellings) out.push_back("«" + spelling.first + "»");
    return out;
  }

  // `longer` is `shorter` with one or two words put between its words: the
  // first and last words the same, the shorter one of two words at least.
  static bool words_inserted(const std::string& shorter, const std::string& longer) {
    const auto a = words(shorter), b = words(longer);
    if (a.size() < 2 || b.size() <= a.size() || b.size() > a.size() + 2) return false;
    if (a.front() != b.front() || a.back() != b.back()) return false;
    std::size_t matched = 0;
    for (const auto& word : b)
      if (matched < a.size() && word == a[matched]) ++matched;
    return matched == a.size();
  }

  // A letter or two apart, and not in the endings of words: «Куратор ЦМН»
  // and «Кураторы ЦМН» are two parties (one official, the curators of every
  // school), «Нижевартовска» is a typo of «Нижневартовска».
  static bool close(const std::string& a, const std::string& b) {
    const std::size_t shorter = std::min(text::count_chars(a), text::count_chars(b));
    if (shorter < 8 || text::bounded_edit_distance(a, b, 3) > 2) return false;
    return !only_endings_differ(a, b);
  }

  static std::vector<std::u32string> words(std::string_view text) {
    std::vector<std::u32string> out(1);
    for (std::size_t pos = 0; pos < text.size();) {
      const char32_t c = text::next_code_point(text, pos);
      if (c == ' ') {
        if (!out.back().empty()) out.emplace_back();
      } else {
        out.back() += c;
      }
    }
    return out;
  }

  static bool only_endings_differ(std::string_view a, std::string_view b) {
    const auto wa = words(a), wb = words(b);
    if (wa.size() != wb.size()) return false;
    for (std::size_t i = 0; i < wa.size(); ++i) {
      if (wa[i] == wb[i]) continue;
      std::size_t common = 0;
      while (common < wa[i].size() && common < wb[i].size() && wa[i][common] == wb[i][common]) ++common;
      if (std::max(wa[i].size(), wb[i].size()) - common > 2) return false;
    }
    return true;
  }

  static void add_spelling(Entry& entry, const std::string& spelling) {
    for (auto& seen : entry.spellings)
      if (seen.first == spelling) {
        ++seen.second;
        return;
      }
    entry.spellings.emplace_back(spelling, 1);
  }

  // "schools" or "heads" for the organizations themselves or their heads; "" for a body.
  static std::string organizations_kind(std::string_view name) {
    if (!each_organization_name(name)) return {};
    return folded(name).starts_with("руководител") ? "heads" : "schools";
  }

  static std::string make_id(const DraftParty& party) {
    if (party.each_organization) return organizations_kind(party.name);
    // A short name in quotes («ЦРО», "Сфера") names the body best.
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"«", "»"}, {"\"", "\""}}) {
      const auto start = party.name.rfind(open);
      if (start == std::string::npos) continue;
      const auto begin = start + open.size();
      const auto end = party.name.find(close, begin);
      if (end == std::string::npos || end == begin) continue;
      const auto inner = std::string_view(party.name).substr(begin, end - begin);
      if (text::count_chars(inner) <= 16) {
        const auto id = text::transliterate_id(inner, 24);
        if (!id.empty()) return id;
      }
    }
    if (party.person) {
      // The surname: the word without a dot.
      std::string_view name = party.name;
      std::size_t start = 0;
      while (start < name.size()) {
        auto end = name.find(' ', start);
        if (end == std::string_view::npos) end = name.size();
        const auto word = name.substr(start, end - start);
        if (word.find('.') == std::string_view::npos && !word.empty()) return text::transliterate_id(word, 24);
        start = end + 1;
      }
    }
    // The first word, or the abbreviation the name is made of.
    std::string_view name = party.name;
    const auto space = name.find(' ');
    const auto first = name.substr(0, space);
    if (abbreviation_words(first) && space != std::string_view::npos) {
      const auto two = name.substr(0, name.find(' ', space + 1));
      return text::transliterate_id(two, 24);
    }
    std::string id = text::transliterate_id(first, 16);
    // «Кураторы ЦМН», «Кураторы внедрения ЦМН»: the abbreviation tells them apart.
    for (std::size_t start = space; start != std::string_view::npos && start < name.size();) {
      const auto end = name.find(' ', start + 1);
      const auto word = text::trim(name.substr(start, end == std::string_view::npos ? end : end - start));
      if (abbreviation_words(word) && id.size() < 24) id += "-" + text::transliterate_id(word, 8);
      start = end;
    }
    return id.empty() ? "party" : id;
  }

  static std::string unique_id(std::string id, std::set<std::string>& ids) {
    if (id.empty()) id = "party";
    std::string candidate = id;
    for (int n = 2; ids.count(candidate); ++n) candidate = fmt::format("{}-{}", id, n);
    ids.insert(candidate);
    return candidate;
  }

  const std::set<std::string>& vocabulary_;
  std::vector<Entry> parties_;
};

}  // namespace

// «РНЦ НЦ "Сфера" Бесперебойная деятельность …»: the responsible and result
// columns printed in one cell. The body's name is a known party, or runs of
// capitals and quoted names.
// `known`: the folded names of bodies seen in rows that have a result.
std::optional<std::pair<std::string, std::string>> split_merged_responsible(std::string_view text,
                                                                            const std::vector<std::string>& known) {
  const std::string f = folded(text);
  for (const auto& key : known) {
    if (key.size() < f.size() && f.starts_with(key) && f[key.size()] == ' ')
      return std::make_pair(std::string(text.substr(0, key.size())), std::string(text::trim(text.substr(key.size()))));
  }
  std::size_t i = 0, end_of_name = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    if (i >= text.size()) break;
    if (text.substr(i).starts_with("«") || text[i] == '"') {
      const std::string_view close = text[i] == '"' ? "\"" : "»";
      const auto end = text.find(close, i + (text[i] == '"' ? 1 : 2));
      if (end == std::string_view::npos) break;
      i = end + close.size();
      end_of_name = i;
      continue;
    }
    while (i < text.size() && text[i] != ' ') ++i;
    if (!abbreviation_words(text.substr(start, i - start))) {
      i = start;
      break;
    }
    end_of_name = i;
  }
  if (end_of_name == 0) return std::nullopt;
  const auto rest = text::trim(text.substr(end_of_name));
  if (rest.find(' ') == std::string_view::npos) return std::nullopt;  // a single word is no result
  std::size_t pos = 0;
  const char32_t c = text::next_code_point(rest, pos);
  if (!(c >= 0x0410 && c <= 0x042F)) return std::nullopt;
  return std::make_pair(std::string(text::trim(text.substr(0, end_of_name))), std::string(rest));
}

GatheredParties gather_parties(const std::vector<std::vector<std::string>>& mentions,
                               const std::vector<std::string>& document_lines) {
  std::set<std::string> vocabulary;
  for (const auto& line : document_lines) add_words(line, vocabulary);
  PartyBook book(vocabulary);
  GatheredParties out;
  for (const auto& pieces : mentions) {
    auto& indexes = out.indexes.emplace_back();
    for (const auto& piece : pieces) {
      const std::size_t index = book.mention(piece);
      if (std::find(indexes.begin(), indexes.end(), index) != indexes.end()) continue;
      indexes.push_back(index);
      book.count_activity(index);
    }
  }
  out.parties = book.finish();
  return out;
}

}  // namespace rmt::order
