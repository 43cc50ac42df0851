#include "roadmap/deadline.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <span>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "text/case_fold.h"

namespace rmt::roadmap {

calendar::Date MonthDay::in_year(int year) const {
  const int last = calendar::days_in_month(year, month);
  return calendar::Date{year, month, day == 0 ? last : std::min(day, last)};
}

namespace {

using vocab::Localized;

// Every form an order uses for a month: nominative ("сентябрь"), genitive
// ("до 15 сентября"), prepositional ("в сентябре"), and common abbreviations.
// All already case-folded (ё -> е).
struct MonthForm {
  std::string_view word;
  int month;
};
constexpr std::array kMonthForms{
    MonthForm{"январь", 1},   MonthForm{"января", 1},   MonthForm{"январе", 1},   MonthForm{"янв", 1},
    MonthForm{"февраль", 2},  MonthForm{"февраля", 2},  MonthForm{"феврале", 2},  MonthForm{"фев", 2},
    MonthForm{"февр", 2},     MonthForm{"март", 3},     MonthForm{"марта", 3},    MonthForm{"марте", 3},
    MonthForm{"мар", 3},      MonthForm{"апрель", 4},   MonthForm{"апреля", 4},   MonthForm{"апреле", 4},
    MonthForm{"апр", 4},      MonthForm{"май", 5},      MonthForm{"мая", 5},      MonthForm{"мае", 5},
    MonthForm{"июнь", 6},     MonthForm{"июня", 6},     MonthForm{"июне", 6},     MonthForm{"июн", 6},
    MonthForm{"июль", 7},     MonthForm{"июля", 7},     MonthForm{"июле", 7},     MonthForm{"июл", 7},
    MonthForm{"август", 8},   MonthForm{"августа", 8},  MonthForm{"августе", 8},  MonthForm{"авг", 8},
    MonthForm{"сентябрь", 9}, MonthForm{"сентября", 9}, MonthForm{"сентябре", 9}, MonthForm{"сен", 9},
    MonthForm{"сент", 9},     MonthForm{"октябрь", 10}, MonthForm{"октября", 10}, MonthForm{"октябре", 10},
    MonthForm{"окт", 10},     MonthForm{"ноябрь", 11},  MonthForm{"ноября", 11},  MonthForm{"ноябре", 11},
    MonthForm{"нояб", 11},    MonthForm{"ноя", 11},     MonthForm{"декабрь", 12}, MonthForm{"декабря", 12},
    MonthForm{"декабре", 12}, MonthForm{"дек", 12},
};

// Words that carry no date: prepositions, "года", "г.", "срок", ...
constexpr std::string_view kFillers[] = {
    "до", "не", "позднее", "позже", "в", "во", "к", "на", "по", "с", "и", "а", "также", "срок",
    "сроки", "срока", "г", "гг", "год", "года", "году", "годы", "годов", "годах", "го", "включительно", "отчетного",
    "отчетный", "отчетном", "текущего", "текущий", "текущем", "итогам", "итогах", "результатам", "за", "о", "об",
    "чем", "каждого", "каждый", "каждом", "каждую", "каждая",
    // A weekday after a date («22.04. (пт)», «24 мая (ср)») names no other day.
    "пн", "вт", "ср", "чт", "пт", "сб", "вс", "понедельник", "вторник", "среда", "среду", "четверг", "пятница",
    "пятницу", "суббота", "субботу", "воскресенье"};

// Words after which the rest of the phrase only describes an ongoing activity.
constexpr std::string_view kContinuous[] = {
    "постоянно", "течение", "течении", "протяжении", "систематически", "регулярно", "непрерывно", "весь",
    "continuous"};
// «в течение / на протяжении года»: the year as a span, not continuous work.
constexpr std::string_view kSpanWords[] = {"течение", "течении", "протяжении"};

constexpr std::string_view kYearWords[] = {"год", "года", "году"};
constexpr std::string_view kEndWords[] = {"конец", "конца", "окончания"};
constexpr std::string_view kQuarterWords[] = {"квартал", "квартала", "квартале", "кв"};
constexpr std::string_view kHalfWords[] = {"полугодие", "полугодия", "полугодии"};
constexpr std::string_view kMonthWords[] = {"месяц", "месяца", "месяце"};
constexpr std::string_view kTimesWords[] = {"раз", "раза"};
constexpr std::string_view kDayWords[] = {"числа", "число"};
// «в течение недели / 3 дней / месяца после …»: spans counted from an event.
constexpr std::string_view kEventSpans[] = {"недели", "недель", "дня", "дней", "суток", "месяца", "месяцев", "часа", "часов"};
constexpr std::string_view kRomanQuarters[] = {"i", "ii", "iii", "iv"};

bool one_of(std::string_view word, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::optional<int> month_of(std::string_view word) {
  for (const auto& form : kMonthForms)
    if (form.word == word) return form.month;
  return std::nullopt;
}

enum class TokenKind { word, number, dash };
struct Token {
  TokenKind kind;
  std::string_view text;
};

bool is_letter_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  // Folded text: ASCII lower case, or a two-byte Cyrillic letter (lead byte D0/D1).
  return (c >= 'a' && c <= 'z') || ((c == 0xD0 || c == 0xD1) && i + 1 < s.size());
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Splits folded text into words and numbers ("10.09.2022" and "15.06" are one
// number token); everything else (spaces, commas, dashes, quotes) separates.
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_digit(s[i])) {
      std::size_t j = i;
      while (j < s.size() && (is_digit(s[j]) || (s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])))) ++j;
      tokens.push_back({TokenKind::number, s.substr(i, j - i)});
      i = j;
    } else if (is_letter_at(s, i)) {
      std::size_t j = i;
      while (j < s.size() && is_letter_at(s, j)) j += static_cast<unsigned char>(s[j]) < 0x80 ? 1 : 2;
      tokens.push_back({TokenKind::word, s.substr(i, j - i)});
      i = j;
    } else if (s[i] == '-' || s.substr(i, 3) == "\u2013" || s.substr(i, 3) == "\u2014") {
      // A dash joins a range («апрель – май»), except in «1-го».
      const std::size_t after = i + (s[i] == '-' ? 1 : 3);
      if (s.substr(after, std::string_view("го").size()) != "го" && !tokens.empty() && tokens.back().kind != TokenKind::dash)
        tokens.push_back({TokenKind::dash, s.substr(i, after - i)});
      i = after;
    } else {
      ++i;
    }
  }
  return tokens;
}

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// One due day as the phrase names it; year 0 until a year is attached.
struct Item {
  MonthDay when;
  int year = 0;
  bool bare_year = false;    ///< "2026 год": the end of a year named alone
  bool range_start = false;  ///< the first end of a range («апрель» in «апрель – май»): not a due date
};

DeadlineError error(std::string ru, std::string en) { return DeadlineError{Localized{std::move(ru), std::move(en)}}; }

class PhraseParser {
 public:
  explicit PhraseParser(std::string_view phrase) : folded_(text::fold_case(phrase)), tokens_(tokenize(folded_)) {}

  std::variant<Deadline, DeadlineError> parse(std::string_view phrase) {
    Deadline deadline;
    deadline.phrase = std::string(phrase);
    for (pos_ = 0; pos_ < tokens_.size(); ++pos_) {
      const Token& token = tokens_[pos_];
      if (token.kind == TokenKind::word && one_of(token.text, kContinuous)) {
        // «в течение недели после совещания» counts from an event: no date.
        std::size_t span = pos_ + 1;  // «в течение 3 дней»: past the count
        if (span < tokens_.size() && tokens_[span].kind == TokenKind::number && tokens_[span].text.size() <= 3) ++span;
        if (span < tokens_.size() && tokens_[span].kind == TokenKind::word && one_of(tokens_[span].text, kEventSpans))
          return error(fmt::format("непонятное слово «{}»: срок отсчитывается от события, а не от даты", tokens_[span].text),
                       fmt::format("unexpected word «{}»: the deadline counts from an event, not a date", tokens_[span].text));
        // "в течение всего периода реализации ЦМН": the rest is description,
        // unless it names years («в течение 2023 года») or the school year.
        if (const auto bounded = bounded_continuous(deadline)) return *bounded;
        // «в течение года»: due at the end of each year; what follows may name more.
        if (one_of(token.text, kSpanWords) && next_is_word([](std::string_view w) { return one_of(w, kYearWords); })) {
          ++pos_;
          deadline.each_year = true;
          continue;
        }
        deadline.continuous = true;
        break;
      }
      if (token.kind == TokenKind::dash) {
        mark_range_start();
        continue;
      }
      if (auto failure = token.kind == TokenKind::number ? take_number(token.text) : take_word(token.text))
        return *failure;
    }
    // A range is due once, at its end.
    std::erase_if(items_, [](const Item& item) { return item.range_start; });
    if (items_.empty() && !deadline.continuous && !deadline.each_year) {
      if (half_yearly_) {
        deadline.every_year = {{6, 0}, {12, 0}};
      } else if (quarterly_) {
        for (int quarter = 1; quarter <= 4; ++quarter) deadline.every_year.push_back({quarter * 3, 0});
      } else if (monthly_) {  // «ежемесячно, до 5 числа»: the 5th of every month
        for (int month = 1; month <= 12; ++month) deadline.every_year.push_back({month, monthly_day_});
      } else if (yearly_) {
        deadline.every_year.push_back({12, 0});
      } else {
        return error("нет ни даты, ни месяца, ни слов «ежегодно» или «постоянно»",
                     "it names no date, month, \"ежегодно\" or \"постоянно\"");
      }
    }
    for (const Item& item : items_) {
      if (item.year != 0)
        deadline.once.push_back(item.when.in_year(item.year));
      else
        deadline.every_year.push_back(item.when);
    }
    std::sort(deadline.once.begin(), deadline.once.end());
    deadline.once.erase(std::unique(deadline.once.begin(), deadline.once.end()), deadline.once.end());
    std::sort(deadline.every_year.begin(), deadline.every_year.end());
    deadline.every_year.erase(std::unique(deadline.every_year.begin(), deadline.every_year.end()),
                              deadline.every_year.end());
    return deadline;
  }

 private:
  const Token* next() const { return pos_ + 1 < tokens_.size() ? &tokens_[pos_ + 1] : nullptr; }
  bool next_is_word(auto&& predicate) const {
    const Token* token = next();
    return token && token->kind == TokenKind::word && predicate(token->text);
  }

  void add(MonthDay when) { items_.push_back({when, 0}); }

  // A dash after a month or a date makes it the start of a range. Between
  // two years («2023-2024 годах») it names every year from the first to the
  // last: each is due at its end.
  void mark_range_start() {
    if (items_.empty()) return;
    if (items_.back().bare_year) {
      year_range_from_ = items_.back().year;
      return;
    }
    items_.back().range_start = true;
  }

  // «в течение 2023 года», «в течение 2023-2024 учебного года», «в течение
  // учебного года»: a continuous phrase bounded by years or by the school year.
  std::optional<Deadline> bounded_continuous(Deadline& deadline) {
    std::vector<int> years;
    bool school = false, range = false;
    // Only what follows the word: «сентябрь 2022, в течение года» keeps its September.
    for (std::size_t i = pos_; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind == TokenKind::word && t.text.starts_with("учебн")) school = true;
      if (t.kind == TokenKind::dash) range = true;
      if (t.kind == TokenKind::number && t.text.size() == 4) {
        const int year = to_int(t.text);
        if (year >= 1900 && year <= 2200) {
          if (range && !years.empty())
            for (int y = years.back() + 1; y < year; ++y) years.push_back(y);
          years.push_back(year);
          range = false;
        }
      }
    }
    if (school && !years.empty()) {  // a school year ends on 31 August of its second year
      deadline.once.push_back({years.back() + (years.size() == 1 ? 1 : 0), 8, 31});
      return deadline;
    }
    if (school) {
      deadline.every_year.push_back({8, 31});
      return deadline;
    }
    if (years.empty()) return std::nullopt;
    for (const int year : years) deadline.once.push_back({year, 12, 31});
    return deadline;
  }

  // «1 раз в квартал», «2 раза в год», «раз в полугодие»: how often, from the unit after «в».
  bool take_frequency(int times) {
    std::size_t at = pos_ + 1;
    if (at < tokens_.size() && (tokens_[at].text == "в" || tokens_[at].text == "во")) ++at;
    if (at >= tokens_.size() || tokens_[at].kind != TokenKind::word) return false;
    const std::string_view unit = tokens_[at].text;
    if (one_of(unit, kHalfWords)) half_yearly_ = true;
    else if (one_of(unit, kQuarterWords)) quarterly_ = true;
    else if (one_of(unit, kMonthWords)) monthly_ = true;
    else if (one_of(unit, kYearWords)) (times == 2 ? half_yearly_ : times == 4 ? quarterly_ : yearly_) = true;
    else return false;
    pos_ = at;
    return true;
  }

  // A year names the year of every preceding item that has none yet:
  // "Сентябрь, 2022, февраль, 2023", "сентябрь и декабрь 2026".
  void attach_year(int year) {
    bool attached = false;
    for (auto it = items_.rbegin(); it != items_.rend() && it->year == 0; ++it) {
      it->year = year;
      attached = true;
    }
    if (attached) return;
    // "2026 год": by the end of 2026; «2023-2026»: the end of every year of it.
    for (int y = year_range_from_ ? year_range_from_ + 1 : year; y <= year; ++y) items_.push_back({{12, 0}, y, true});
    year_range_from_ = 0;
  }

  std::optional<DeadlineError> take_number(std::string_view number) {
    const auto dots = std::count(number.begin(), number.end(), '.');
    if (dots == 2) {
      const auto date = calendar::parse_dotted(number);
      if (!date)
        return error(fmt::format("«{}» — несуществующая дата или год не из четырёх цифр", number),
                     fmt::format("«{}» is not a real date, or its year does not have four digits", number));
      items_.push_back({{date->month, date->day}, date->year});
      return std::nullopt;
    }
    if (dots == 1) {  // "15.06": a day of every year
      const auto dot = number.find('.');
      const int day = to_int(number.substr(0, dot));
      const int month = to_int(number.substr(dot + 1));
      if (!calendar::is_valid(2024, month, day))  // a leap year, so that 29.02 is allowed
        return error(fmt::format("«{}» — несуществующая дата", number),
                     fmt::format("«{}» is not a real date", number));
      add({month, day});
      return std::nullopt;
    }
    const int value = to_int(number);
    // "1-го сентября": the ordinal ending is not a word of its own.
    if (next_is_word([](std::string_view w) { return w == "го"; })) ++pos_;
    // «с 07 по 16 ноября»: the first day only opens the range.
    if (number.size() <= 2 && next_is_word([](std::string_view w) { return w == "по"; })) {
      ++pos_;
      return std::nullopt;
    }
    // «2-4 октября», «11 – 17 октября 2022 г.»: a range of days, due on the last.
    if (number.size() <= 2 && value >= 1 && value <= 31 && pos_ + 2 < tokens_.size() &&
        tokens_[pos_ + 1].kind == TokenKind::dash && tokens_[pos_ + 2].kind == TokenKind::number &&
        tokens_[pos_ + 2].text.size() <= 2) {
      ++pos_;  // past the dash: the last day comes next, with its month
      return std::nullopt;
    }
    // «ежемесячно, до 5 числа»: a day of every month.
    if (number.size() <= 2 && value >= 1 && value <= 28 && next_is_word([](std::string_view w) { return one_of(w, kDayWords); })) {
      ++pos_;
      monthly_day_ = value;
      monthly_ = true;  // «не позднее 20 числа»: of every month
      return std::nullopt;
    }
    if (number.size() == 1 && next_is_word([](std::string_view w) { return one_of(w, kTimesWords); })) {
      ++pos_;
      if (take_frequency(value)) return std::nullopt;
      return error(fmt::format("«{} раз» — непонятно, как часто", value),
                   fmt::format("«{} раз» does not say how often", value));
    }
    if (number.size() == 4 && value >= 1900 && value <= 2200) {
      attach_year(value);
      return std::nullopt;
    }
    if (number.size() <= 2 && next_is_word([](std::string_view w) { return month_of(w).has_value(); })) {
      const int month = *month_of(tokens_[++pos_].text);
      if (!calendar::is_valid(2024, month, value))
        return error(fmt::format("в месяце нет {}-го числа", value),
                     fmt::format("the month has no day {}", value));
      add({month, value});
      return std::nullopt;
    }
    if (number.size() == 1 && value >= 1 && value <= 4 &&
        next_is_word([](std::string_view w) { return one_of(w, kQuarterWords); })) {
      ++pos_;
      add({value * 3, 0});
      return std::nullopt;
    }
    if (number.size() == 1 && value >= 1 && value <= 2 &&
        next_is_word([](std::string_view w) { return one_of(w, kHalfWords); })) {
      ++pos_;
      add({value * 6, 0});
      return std::nullopt;
    }
    return error(fmt::format("число «{}» не похоже ни на день месяца, ни на год, ни на квартал", number),
                 fmt::format("the number «{}» is neither a day of a month, a year nor a quarter", number));
  }

  std::optional<DeadlineError> take_word(std::string_view word) {
    if (const auto month = month_of(word)) {
      add({*month, 0});
      return std::nullopt;
    }
    if (word.starts_with("ежегодн")) {
      yearly_ = true;
      return std::nullopt;
    }
    if (word.starts_with("ежекварт")) {
      quarterly_ = true;
      return std::nullopt;
    }
    if (word.starts_with("ежемесяч")) {
      monthly_ = true;
      return std::nullopt;
    }
    if (one_of(word, kRomanQuarters) && next_is_word([](std::string_view w) { return one_of(w, kQuarterWords); })) {
      ++pos_;
      add({static_cast<int>(word == "i" ? 1 : word == "ii" ? 2 : word == "iii" ? 3 : 4) * 3, 0});
      return std::nullopt;
    }
    if ((word == "i" || word == "ii") && next_is_word([](std::string_view w) { return one_of(w, kHalfWords); })) {
      ++pos_;
      add({word == "i" ? 6 : 12, 0});
      return std::nullopt;
    }
    if ((word == "итогам" || word == "итогах") && next_is_word([](std::string_view w) { return one_of(w, kYearWords); })) {
      ++pos_;  // «по итогам года»
      yearly_ = true;
      return std::nullopt;
    }
    if (one_of(word, kTimesWords)) {  // «раз в полугодие»
      if (take_frequency(1)) return std::nullopt;
      return error("«раз» — непонятно, как часто", "«раз» does not say how often");
    }
    // «по итогам полугодия / квартала / месяца»: due at the end of each.
    if (one_of(word, kHalfWords)) {
      half_yearly_ = true;
      return std::nullopt;
    }
    if (one_of(word, kQuarterWords)) {
      quarterly_ = true;
      return std::nullopt;
    }
    if (one_of(word, kMonthWords)) {
      monthly_ = true;
      return std::nullopt;
    }
    if (one_of(word, kEndWords) && next_is_word([](std::string_view w) { return one_of(w, kYearWords); })) {
      ++pos_;
      add({12, 0});  // "до конца года"
      return std::nullopt;
    }
    if (one_of(word, kEndWords) || one_of(word, kFillers)) return std::nullopt;
    // «24.05.2011, общеобразовательные учреждения, 10.00 - 12.00 ч»: after a
    // dated day, a place and hours describe it, as long as they name no other date.
    if (!items_.empty() && items_.back().year != 0 && !items_.back().bare_year && rest_names_no_date()) {
      pos_ = tokens_.size();
      return std::nullopt;
    }
    return error(fmt::format("непонятное слово «{}»", word), fmt::format("unexpected word «{}»", word));
  }

  // True when the tokens from here on hold no month, date, year, quarter or
  // frequency: only words of a place and times of day («10.00», «12.00»).
  bool rest_names_no_date() const {
    for (std::size_t i = pos_; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind == TokenKind::dash) continue;
      if (t.kind == TokenKind::word) {
        if (month_of(t.text) || one_of(t.text, kContinuous) || one_of(t.text, kQuarterWords) ||
            one_of(t.text, kHalfWords) || one_of(t.text, kYearWords) || t.text.starts_with("ежегодн") ||
            t.text.starts_with("ежекварт") || t.text.starts_with("ежемесяч"))
          return false;
        continue;
      }
      // A time of day: «10.00», «9.30».
      const auto dot = t.text.find('.');
      if (dot == std::string_view::npos || dot > 2 || t.text.size() != dot + 3) return false;
      if (to_int(t.text.substr(0, dot)) > 23 || to_int(t.text.substr(dot + 1)) > 59) return false;
    }
    return true;
  }

  std::string folded_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::vector<Item> items_;
  bool yearly_ = false;
  bool half_yearly_ = false;
  bool quarterly_ = false;
  bool monthly_ = false;
  int monthly_day_ = 0;     ///< «до 5 числа»; 0: the month's end
  int year_range_from_ = 0; ///< the first year of «2023-2024», until the second comes
};

}  // namespace

std::variant<Deadline, DeadlineError> parse_deadline_phrase(std::string_view phrase) {
  if (text::trim(phrase).empty()) return error("срок пуст", "the deadline is empty");
  PhraseParser parser(phrase);
  return parser.parse(phrase);
}

std::optional<MonthDay> parse_month_day(std::string_view text) {
  text = text::trim(text);
  auto two_digits = [](std::string_view s) -> std::optional<int> {
    if (s.size() != 2 || !is_digit(s[0]) || !is_digit(s[1])) return std::nullopt;
    return to_int(s);
  };
  if (text.size() == 2) {
    const auto month = two_digits(text);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    return MonthDay{*month, 0};
  }
  if (text.size() != 5 || text[2] != '-') return std::nullopt;
  const auto month = two_digits(text.substr(0, 2));
  const auto day = two_digits(text.substr(3, 2));
  if (!month || !day || !calendar::is_valid(2024, *month, *day)) return std::nullopt;
  return MonthDay{*month, *day};
}

std::vector<calendar::Date> due_dates(const Deadline& deadline, const Period& period, const calendar::Date& roadmap_end) {
  std::vector<calendar::Date> dates;
  for (const auto& date : deadline.once)
    if (period.contains(date)) dates.push_back(date);
  // A school year spans two calendar years: «сентябрь ежегодно» falls in its
  // first, «май ежегодно» in its second.
  for (const auto& when : deadline.every_year)
    for (int year = period.first_day().year; year <= period.last_day().year; ++year) {
      const auto date = when.in_year(year);
      if (period.contains(date)) dates.push_back(date);
    }
  // The year as a span ends with the calendar year, or with the school year
  // where the roadmap's periods are school years.
  if (deadline.each_year) {
    if (period.kind == PeriodKind::school_year)
      dates.push_back(period.last_day());
    else
      for (int year = period.first_day().year; year <= period.last_day().year; ++year)
        if (period.contains({year, 12, 31})) dates.push_back({year, 12, 31});
  }
  if (deadline.continuous && period.contains(roadmap_end)) dates.push_back(roadmap_end);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

std::string describe(const Deadline& deadline, vocab::Lang lang) {
  if (!deadline.phrase.empty()) return deadline.phrase;
  const bool ru = lang == vocab::Lang::ru;
  if (deadline.continuous) return ru ? "постоянно" : "ongoing";
  std::vector<std::string> parts;
  for (const auto& date : deadline.once) parts.push_back(calendar::to_dotted(date));
  for (const auto& when : deadline.every_year) {
    if (when.day == 0)
      parts.push_back(ru ? fmt::format("ежегодно, до конца месяца {:02}", when.month)
                         : fmt::format("yearly, by the end of month {:02}", when.month));
    else
      parts.push_back(ru ? fmt::format("ежегодно до {:02}.{:02}", when.day, when.month)
                         : fmt::format("yearly by {:02}.{:02}", when.day, when.month));
  }
  if (deadline.each_year) parts.push_back(ru ? "в течение года" : "within each year");
  if (parts.empty()) return ru ? "без вычислимого срока" : "no computable date";
  return fmt::format("{}{}", deadline.once.empty() ? "" : (ru ? "до " : "by "), fmt::join(parts, ", "));
}

}  // namespace rmt::roadmap
