#include "generator.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <span>
#include <stdexcept>

#include <fmt/format.h>

#include "calendar/date.h"
#include "roadmap/reporting.h"
#include "template/template_rows.h"
#include "text/encoder.h"

namespace rmt::tools {
namespace {

namespace fs = std::filesystem;

// splitmix64: tiny, fast and the same on every platform (std's distributions
// are not), so the same seed gives the same bytes everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1))); }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

 private:
  std::uint64_t state_;
};

// How a file is written: what Excel on Russian Windows saves ("CSV
// (разделители — точка с запятой)"), Excel's "CSV UTF-8", and what other
// programs (LibreOffice, Google Sheets, 1C exports) write.
struct Dialect {
  bool windows1251 = false;
  bool bom = false;
  char delimiter = ';';
  bool crlf = true;
  bool english = false;         // English headers, status words, ISO dates, decimal point
  bool template_columns = false;  // the ten columns of roadmap-template
  bool excel_padding = false;   // trailing empty cells, as Excel pads rows
};

Dialect pick_dialect(Random& random) {
  const std::size_t roll = random.below(100);
  Dialect d;
  if (roll < 34) {
    d.windows1251 = true;
    d.template_columns = random.chance(0.6);
    d.excel_padding = random.chance(0.15);
  } else if (roll < 50) {
    d.bom = true;
    d.template_columns = random.chance(0.6);
  } else {
    d.delimiter = ',';
    d.crlf = random.chance(0.3);
    d.english = random.chance(0.4);
  }
  return d;
}

enum class Mistake {
  none, bad_status, bad_value, bad_date, date_out_of_period, unknown_activity, empty_status, duplicate_row,
  not_reporter, missing_activity, formula_like, unknown_org, blank_row, missing_value, ragged_row, bad_period,
};
constexpr std::array kMistakes{Mistake::bad_status,       Mistake::bad_value,     Mistake::bad_date,
                               Mistake::date_out_of_period, Mistake::unknown_activity, Mistake::empty_status,
                               Mistake::duplicate_row,    Mistake::not_reporter,  Mistake::missing_activity,
                               Mistake::formula_like,     Mistake::unknown_org,   Mistake::blank_row,
                               Mistake::missing_value,    Mistake::ragged_row,    Mistake::bad_period};

enum class Status { done, partial, not_done, not_applicable };

struct Row {
  std::string org_id;
  std::string period;
  std::string activity_id;
  std::string title;   // template columns only
  std::string target;  // template columns only
  std::optional<Status> status;
  std::string status_text;  // overrides the status word when set (mistakes)
  std::string value;
  std::optional<calendar::Date> completed_on;
  std::string date_text;  // overrides the date when set (mistakes)
  std::string evidence;
  std::string comment;
  std::string extra;      // a cell past the header (a ragged row)
  bool blank = false;     // a blank line
  std::string expect;     // the finding this row must produce, if any
  bool counted = true;    // read as a row of its activity (a ragged row is not)
};

struct OrgPlan {
  std::string id, name, kind, district;
  bool silent = false;
  Mistake mistake = Mistake::none;
  enum { no_resubmission, identical, conflicting } resubmission = no_resubmission;
  Dialect dialect;
  std::vector<Row> rows;
  bool expect_missing_activity = false;  // placed at the first counted row
  std::uint32_t registry_line = 0;
};

// Realistic text of school reports: fragments joined into one to three sentences.
constexpr std::array<std::string_view, 24> kCommentFragments{
    "Сформировано {} наставнических пар из числа молодых педагогов",
    "программы наставничества утверждены приказом директора",
    "раздел «Развитие наставничества» на официальном сайте обновлён, размещено {} материала",
    "методическое объединение наставников работает по плану, проведено {} заседания",
    "проведена самодиагностика, справка направлена в МАУ «ЦРО»",
    "{} педагога приняли участие в конкурсе «Наставник года», один стал призёром",
    "наставники прошли курсы повышения квалификации ({} ч.)",
    "организована стажировка молодых специалистов на базе школы",
    "проведён педагогический совет «Наставничество как ресурс развития школы»",
    "в программу включены формы «учитель — учитель» и «ученик — ученик»",
    "подготовлены персонализированные программы на {} наставляемых",
    "результаты анкетирования наставляемых обсуждены на совещании при директоре",
    "работа продолжается; пары сформированы не во всех методических объединениях",
    "из-за кадровых изменений часть пар переформирована в {}-м квартале",
    "опыт представлен на муниципальном семинаре заместителей директоров",
    "наставляемые посетили {} открытых урока наставников",
    "создана рабочая группа по внедрению целевой модели наставничества",
    "обновлено Положение о системе наставничества педагогических работников",
    "проведён мастер-класс для молодых педагогов города",
    "ведётся электронный журнал наставнических пар",
    "материалы размещены в группе ОО в социальной сети",
    "отчёт подготовлен заместителем директора по УВР",
    "по итогам года наставники отмечены благодарственными письмами",
    "наставники провели {} консультации по подготовке к аттестации",
};
constexpr std::array<std::string_view, 8> kEvidence{
    "Приказ от {date} № {n}-о «Об организации наставничества»",
    "Протокол педагогического совета № {n} от {date}",
    "https://sch{org}.edu.example.ru/nastavnichestvo/{n}",
    "Справка заместителя директора по УВР от {date}",
    "Положение о системе наставничества, утв. приказом от {date} № {n}-од",
    "Отчёт размещён на сайте ОО в разделе «Наставничество»",
    "Программа наставничества на 2026/2027 учебный год, приказ № {n}",
    "Сертификаты участников, {n} шт.",
};
constexpr std::array<std::string_view, 12> kDistricts{"Центральный", "Северный", "Южный", "Восточный",
                                                      "Западный", "Заречный", "Старый город", "Нефтяников",
                                                      "Мира", "Победы", "Садовый", "Приозёрный"};
constexpr std::array<std::string_view, 6> kKindergartens{"Солнышко", "Ромашка", "Берёзка",
                                                         "Теремок", "Золотой ключик", "Радуга"};

// Sentence case for a fragment that starts with a lower-case Cyrillic letter.
void capitalize(std::string& s) {
  if (s.size() < 2) return;
  const auto lead = static_cast<unsigned char>(s[0]), next = static_cast<unsigned char>(s[1]);
  if (lead == 0xD0 && next >= 0xB0 && next <= 0xBF) {  // а..п → А..П
    s[1] = static_cast<char>(next - 0x20);
  } else if (lead == 0xD1 && next >= 0x80 && next <= 0x8F) {  // р..я → Р..Я
    s[0] = '\xD0';
    s[1] = static_cast<char>(next + 0x20);
  }
}

std::string make_comment(Random& random) {
  const std::size_t roll = random.below(10);
  if (roll < 1) return "";
  const int sentences = roll < 3 ? 2 : roll < 7 ? 3 : 4;
  std::string comment;
  for (int i = 0; i < sentences; ++i) {
    std::string s = fmt::format(fmt::runtime(random.pick(kCommentFragments)), random.between(2, 12));
    capitalize(s);
    if (!comment.empty()) comment += random.chance(0.1) ? "\n" : " ";  // Alt+Enter in Excel
    comment += s;
    comment += '.';
  }
  if (random.chance(0.05)) comment += " Проект \"Школа наставника\" продолжен.";  // straight quotes, doubled in CSV
  return comment;
}

std::string make_evidence(Random& random, std::size_t org_number, const calendar::Date& date) {
  std::string evidence;
  const int documents = random.chance(0.35) ? 2 : 1;
  for (int i = 0; i < documents; ++i) {
    if (i) evidence += "; ";
    evidence += fmt::format(fmt::runtime(random.pick(kEvidence)), fmt::arg("date", calendar::to_dotted(date)),
                            fmt::arg("n", random.between(12, 240)), fmt::arg("org", org_number));
  }
  return evidence;
}

calendar::Date date_in(Random& random, const roadmap::Period& period) {
  const long first = calendar::to_days(period.first_day()), last = calendar::to_days(period.last_day());
  return calendar::from_days(first + static_cast<long>(random.below(static_cast<std::size_t>(last - first + 1))));
}

const char* status_word(Status status, bool english) {
  static constexpr const char* ru[] = {"выполнено", "частично", "не выполнено", "не применимо"};
  static constexpr const char* en[] = {"done", "partial", "not-done", "n/a"};
  return (english ? en : ru)[static_cast<int>(status)];
}

bool is_sum(const roadmap::Activity& activity) {
  return activity.indicator && activity.indicator->measure == roadmap::Measure::sum;
}

Row make_row(Random& random, const OrgPlan& org, std::size_t org_number, const templates::TemplateRow& template_row,
             const roadmap::Period& period) {
  const roadmap::Activity& activity = *template_row.activity;
  Row row;
  row.org_id = org.id;
  row.period = period.label;
  row.activity_id = activity.id;
  row.title = activity.title;
  row.target = template_row.target;
  const std::size_t roll = random.below(100);
  row.status = roll < 72 ? Status::done : roll < 86 ? Status::partial : roll < 95 ? Status::not_done : Status::not_applicable;
  const bool reached = row.status == Status::done || row.status == Status::partial;
  if (is_sum(activity) && reached) {
    const int whole = random.between(1, 40);
    row.value = random.chance(0.2) ? fmt::format("{}{}5", whole, org.dialect.english ? '.' : ',') : fmt::format("{}", whole);
  }
  if (row.status == Status::done || (row.status == Status::partial && random.chance(0.5)))
    row.completed_on = date_in(random, period);
  if (reached) row.evidence = make_evidence(random, org_number, row.completed_on.value_or(date_in(random, period)));
  row.comment = make_comment(random);
  return row;
}

// Applies the organization's mistake to its rows, marking each row with the
// finding it must cause (an unknown org also leaves the real one silent).
void apply_mistake(Random& random, OrgPlan& org, const roadmap::Roadmap& roadmap, const roadmap::Period& period) {
  auto& rows = org.rows;
  const std::size_t k = random.below(rows.size());
  const auto find_row = [&](auto predicate) -> Row* {
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (Row& r = rows[(k + i) % rows.size()]; predicate(r)) return &r;
    return nullptr;
  };
  const auto sum_row = [&] {
    return find_row([&](const Row& r) {
      for (const auto& section : roadmap.sections)
        for (const auto& a : section.activities)
          if (a.id == r.activity_id) return is_sum(a);
      return false;
    });
  };
  switch (org.mistake) {
    case Mistake::none: return;
    case Mistake::bad_status:
      rows[k].status_text = random.chance(0.5) ? "сделано" : "в работе";
      rows[k].expect = "bad-status";
      return;
    case Mistake::bad_value:
    case Mistake::missing_value:
      if (Row* r = sum_row()) {
        r->status = Status::done;
        r->completed_on = date_in(random, period);
        if (r->evidence.empty()) r->evidence = "Приказ № 15-о";
        r->value = org.mistake == Mistake::bad_value ? "около 10" : "";
        r->expect = org.mistake == Mistake::bad_value ? "bad-value" : "missing-value";
        return;
      }
      rows[k].status_text = "сделано";  // no sum indicator to get wrong
      rows[k].expect = "bad-status";
      return;
    case Mistake::bad_date:
    case Mistake::date_out_of_period: {
      Row* dated = find_row([](const Row& r) { return r.completed_on.has_value(); });
      if (!dated) {
        rows[k].status_text = "сделано";
        rows[k].expect = "bad-status";
        return;
      }
      Row& r = *dated;
      if (org.mistake == Mistake::bad_date) {
        r.date_text = fmt::format("31.09.{}", period.year);
        r.expect = "bad-date";
      } else {
        // After the period's end: a date before it may be a real completion in an earlier period.
        r.completed_on = calendar::from_days(calendar::to_days(period.last_day()) + random.between(5, 60));
        r.expect = "date-out-of-period";
      }
      return;
    }
    case Mistake::unknown_activity: {
      Row extra = rows[k];
      extra.activity_id = "9.9";
      extra.expect = "unknown-activity";
      rows.insert(rows.begin() + static_cast<long>(k) + 1, extra);
      return;
    }
    case Mistake::empty_status:
      rows[k].status.reset();
      rows[k].expect = "missing-value";
      return;
    case Mistake::duplicate_row: {
      Row copy = rows[k];
      copy.expect = "duplicate-row";
      rows.insert(rows.begin() + static_cast<long>(k) + 1, copy);
      return;
    }
    case Mistake::not_reporter: {
      for (const auto& section : roadmap.sections)
        for (const auto& a : section.activities)
          if (!roadmap::reports_on(roadmap, a, org.id)) {
            Row extra = rows[k];
            extra.activity_id = a.id;
            if (!a.indicator) extra.value.clear();  // the one mistake planted: not also an unused value
            extra.expect = "not-reporter";
            rows.insert(rows.begin() + static_cast<long>(k) + 1, extra);
            return;
          }
      rows[k].status_text = "сделано";
      rows[k].expect = "bad-status";
      return;
    }
    case Mistake::missing_activity: {
      rows.erase(rows.begin() + static_cast<long>(k));
      org.expect_missing_activity = !rows.empty();
      return;
    }
    case Mistake::formula_like:
      rows[k].comment = "- " + (rows[k].comment.empty() ? std::string("проведено 2 заседания") : rows[k].comment);
      rows[k].expect = "formula-like";
      return;
    case Mistake::unknown_org: {
      // A digit dropped from the id: "SCH-00012" → "SCH-0012".
      const std::string typo = org.id.substr(0, 4) + org.id.substr(5);
      for (Row& r : rows) r.org_id = typo;
      rows.front().expect = "unknown-org";
      return;
    }
    case Mistake::blank_row: {
      if (rows.size() < 2) return;  // a blank line needs data rows on both sides
      Row blank;
      blank.blank = true;
      blank.expect = "blank-row";
      rows.insert(rows.begin() + static_cast<long>(std::max<std::size_t>(k, 1)), blank);
      return;
    }
    case Mistake::ragged_row:
      // Its cells are not read, so its activity also counts as missing.
      rows[k].extra = "см. приложение";
      rows[k].expect = "ragged-row";
      rows[k].counted = false;
      org.expect_missing_activity = rows.size() > 1;
      return;
    case Mistake::bad_period: {
      Row extra = rows[k];
      extra.period = std::to_string(roadmap.periods.front().year - 1);
      extra.expect = "bad-period";
      rows.insert(rows.begin() + static_cast<long>(k) + 1, extra);
      return;
    }
  }
}

// Writes one CSV file row by row, in its dialect, counting physical lines.
class CsvFile {
 public:
  CsvFile(const fs::path& path, std::string shown, const Dialect& dialect)
      : path_(path), file_(path, std::ios::binary), shown_(std::move(shown)), dialect_(dialect) {
    if (dialect.bom) out_ = "\xEF\xBB\xBF";
  }
  const std::string& shown() const { return shown_; }
  std::uint32_t next_line() const { return line_; }

  void write_record(std::span<const std::string_view> cells) {
    const char specials[] = {dialect_.delimiter, '"', '\n', '\r'};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out_ += dialect_.delimiter;
      const std::string_view cell = cells[i];
      if (cell.find_first_of(std::string_view(specials, 4)) == std::string_view::npos) {
        out_ += cell;
        continue;
      }
      out_ += '"';
      for (const char c : cell) {
        if (c == '"') out_ += '"';
        if (c == '\n') ++line_;
        out_ += c;
      }
      out_ += '"';
    }
    out_ += dialect_.crlf ? "\r\n" : "\n";
    ++line_;
    if (out_.size() > (1u << 20)) flush();  // whole records only: a character is never split
  }

  /// Flushes and closes the file; returns its size.
  std::uint64_t close() {
    flush();
    if (!file_.flush()) throw std::runtime_error("cannot write " + path_.string());
    file_.close();
    return written_;
  }

 private:
  void flush() {
    const std::string* bytes = &out_;
    if (dialect_.windows1251) {
      encoded_.clear();
      text::encode_windows1251(out_, encoded_);
      bytes = &encoded_;
    }
    file_.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    written_ += bytes->size();
    out_.clear();
  }

  fs::path path_;
  std::ofstream file_;
  std::string shown_;
  Dialect dialect_;
  std::string out_;      // UTF-8 not yet written
  std::string encoded_;  // its Windows-1251 form
  std::uint64_t written_ = 0;
  std::uint32_t line_ = 1;
};

std::vector<std::string_view> header_of(const Dialect& d) {
  if (d.english) return {"org_id", "period", "activity_id", "status", "value", "completed_on", "evidence", "comment"};
  if (d.template_columns)
    return {"Код ОО", "Период", "№ п/п", "Мероприятие", "Плановое значение", "Статус",
            "Значение", "Дата выполнения", "Подтверждение", "Комментарий"};
  return {"Код ОО", "Период", "№ п/п", "Статус", "Значение", "Дата выполнения", "Подтверждение", "Комментарий"};
}

class SetWriter {
 public:
  SetWriter(GeneratedSet& set, const fs::path& out_dir) : set_(set), out_dir_(out_dir) {}

  void start_file(const std::string& name, const Dialect& dialect) {
    finish_file();
    file_.emplace(out_dir_ / "submissions" / name, "submissions/" + name, dialect);
    dialect_ = dialect;
    const auto header = header_of(dialect);
    width_ = header.size();
    write_padded(header);
  }

  void write_org(const OrgPlan& org, bool with_expectations) {
    std::uint32_t first_counted = 0;
    for (const Row& row : org.rows) {
      const std::uint32_t line = file_->next_line();
      if (!first_counted && !row.blank && row.counted) first_counted = line;
      if (row.blank) {
        std::vector<std::string_view> empty(width_);
        file_->write_record(empty);
      } else {
        write_row(row);
        ++set_.submission_rows;
      }
      if (with_expectations && !row.expect.empty())
        set_.expected.push_back({"validate", file_->shown(), line, row.expect});
    }
    if (with_expectations && org.expect_missing_activity)
      set_.expected.push_back({"validate", file_->shown(), first_counted, "missing-activity"});
  }

  /// Where the organization's next row lands (for merge expectations).
  std::uint32_t next_line() const { return file_->next_line(); }
  const std::string& shown() const { return file_->shown(); }

  void finish_file() {
    if (!file_) return;
    set_.submission_bytes += file_->close();
    set_.submissions.push_back(out_dir_ / file_->shown());
    file_.reset();
  }

 private:
  void write_padded(std::vector<std::string_view> cells) {
    if (dialect_.excel_padding) cells.resize(cells.size() + 3);
    file_->write_record(cells);
  }

  void write_row(const Row& row) {
    const bool english = dialect_.english;
    const std::string status = !row.status_text.empty() ? row.status_text
                               : row.status             ? status_word(*row.status, english)
                                                        : "";
    const std::string date = !row.date_text.empty() ? row.date_text
                             : !row.completed_on   ? ""
                             : english              ? calendar::to_iso(*row.completed_on)
                                                    : calendar::to_dotted(*row.completed_on);
    std::vector<std::string_view> cells{row.org_id, row.period, row.activity_id};
    if (dialect_.template_columns && !english) {
      cells.push_back(row.title);
      cells.push_back(row.target);
    }
    for (const std::string_view cell : {std::string_view(status), std::string_view(row.value), std::string_view(date),
                                        std::string_view(row.evidence), std::string_view(row.comment)})
      cells.push_back(cell);
    if (!row.extra.empty()) cells.push_back(row.extra);
    write_padded(std::move(cells));
  }

  GeneratedSet& set_;
  fs::path out_dir_;
  std::optional<CsvFile> file_;
  Dialect dialect_;
  std::size_t width_ = 0;
};

std::vector<OrgPlan> plan_organizations(const roadmap::Roadmap& roadmap, const GeneratorOptions& options,
                                        const roadmap::Period& period, std::size_t period_index) {
  std::vector<OrgPlan> orgs;
  std::size_t schools = 0, kindergartens = 0, others = 0;
  for (std::size_t i = 0; i < options.organizations; ++i) {
    OrgPlan org;
    const std::size_t slot = i % 20;  // 40 % schools, 45 % kindergartens, 15 % additional education
    Random random(options.seed * 0x100000001B3ull + i);
    if (slot < 8) {
      org.id = fmt::format("SCH-{:05d}", ++schools);
      org.name = fmt::format("МБОУ «Средняя общеобразовательная школа №{}»", schools);
      org.kind = "school";
    } else if (slot < 17) {
      org.id = fmt::format("DOU-{:05d}", ++kindergartens);
      org.name = fmt::format("МАДОУ «Детский сад №{} «{}»»", kindergartens, random.pick(kKindergartens));
      org.kind = "kindergarten";
    } else {
      org.id = fmt::format("DOD-{:05d}", ++others);
      org.name = fmt::format("МАУДО «Центр дополнительного образования №{}»", others);
      org.kind = "additional";
    }
    org.district = std::string(random.pick(kDistricts));
    org.dialect = pick_dialect(random);
    org.silent = random.chance(options.silent_share);
    if (!org.silent && random.chance(options.mistake_share)) org.mistake = random.pick(kMistakes);
    if (!org.silent && org.mistake == Mistake::none && random.chance(options.resubmit_share))
      org.resubmission = random.chance(0.5) ? OrgPlan::identical : OrgPlan::conflicting;
    for (const auto& template_row : templates::template_rows(roadmap, org.id, period_index))
      org.rows.push_back(make_row(random, org, i + 1, template_row, period));
    if (!org.rows.empty()) apply_mistake(random, org, roadmap, period);
    orgs.push_back(std::move(org));
  }
  // The bodies the roadmap names (the centre) report too; they make no mistakes.
  for (const auto& body : roadmap.body_org_ids) {
    OrgPlan org;
    Random random(options.seed ^ 0xC0FFEEull);
    org.id = body;
    org.name = "МАУ «Центр развития образования»";
    org.kind = "centre";
    org.district = "Центральный";
    org.dialect.windows1251 = true;
    for (const auto& template_row : templates::template_rows(roadmap, org.id, period_index))
      org.rows.push_back(make_row(random, org, 0, template_row, period));
    orgs.push_back(std::move(org));
  }
  return orgs;
}

void write_registry(const fs::path& path, std::vector<OrgPlan>& orgs) {
  std::string text = "\xEF\xBB\xBFКод ОО;Наименование;Тип;Район\r\n";
  std::uint32_t line = 2;
  for (auto& org : orgs) {
    org.registry_line = line++;
    text += fmt::format("{};{};{};{}\r\n", org.id, org.name, org.kind, org.district);
  }
  std::ofstream file(path, std::ios::binary);
  file.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!file.flush()) throw std::runtime_error("cannot write " + path.string());
}

void write_expected(const fs::path& path, const GeneratedSet& set) {
  std::string text = "program,file,line,code\n";
  for (const auto& e : set.expected) text += fmt::format("{},{},{},{}\n", e.program, e.file, e.line, e.code);
  std::ofstream file(path, std::ios::binary);
  file.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!file.flush()) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

GeneratedSet generate(const roadmap::Roadmap& roadmap, const GeneratorOptions& options, const fs::path& out_dir) {
  if (roadmap.periods.empty()) throw std::runtime_error("the roadmap has no periods");
  std::size_t period_index = 0;
  if (!options.period.empty()) {
    const auto index = roadmap.period_index(options.period);
    if (!index) throw std::runtime_error("the roadmap has no period " + options.period);
    period_index = *index;
  }
  const roadmap::Period& period = roadmap.periods[period_index];

  GeneratedSet set;
  fs::create_directories(out_dir / "submissions");
  for (const auto& entry : fs::directory_iterator(out_dir / "submissions")) fs::remove_all(entry.path());
  auto orgs = plan_organizations(roadmap, options, period, period_index);
  set.registry = out_dir / "orgs.csv";
  write_registry(set.registry, orgs);

  for (const auto& org : orgs) {
    // The real organization of a mistyped id sent nothing as far as the
    // registry can tell, unless its own file is named for it (per-org layout).
    if (org.silent || (org.mistake == Mistake::unknown_org && options.layout != Layout::per_org))
      set.expected.push_back({"validate", "orgs.csv", org.registry_line, "missing-submission"});
  }

  SetWriter writer(set, out_dir);
  // A resubmission: the same rows again; a conflicting one turns one "done" into "partial".
  const auto write_resubmission = [&](const OrgPlan& org) {
    OrgPlan again = org;
    std::uint32_t line = writer.next_line();
    for (Row& row : again.rows) {
      if (org.resubmission == OrgPlan::conflicting && row.status == Status::done) {
        row.status = Status::partial;  // keeps its date and evidence: still a valid row
        // Both programs see it: validate compares files' accepted rows as a merge does.
        set.expected.push_back({"merge", writer.shown(), line, "conflict"});
        set.expected.push_back({"validate", writer.shown(), line, "conflict"});
        break;
      }
      line += 1 + static_cast<std::uint32_t>(std::count(row.comment.begin(), row.comment.end(), '\n'));
    }
    writer.write_org(again, false);
  };

  if (options.layout == Layout::per_org) {
    // In sorted order, as the programs read a directory: "X.csv" before "X_повторно.csv".
    std::vector<const OrgPlan*> sorted;
    for (const auto& org : orgs) sorted.push_back(&org);
    std::sort(sorted.begin(), sorted.end(), [](const OrgPlan* a, const OrgPlan* b) { return a->id < b->id; });
    for (const OrgPlan* org : sorted) {
      if (org->silent || org->rows.empty()) continue;
      writer.start_file(org->id + ".csv", org->dialect);
      writer.write_org(*org, true);
      if (org->resubmission == OrgPlan::no_resubmission) continue;
      writer.start_file(org->id + "_повторно.csv", org->dialect);
      write_resubmission(*org);
    }
  } else {
    // One district file as Excel on Russian Windows saves it, then one file
    // of resubmissions from another program (UTF-8, commas, English words).
    writer.start_file("all.csv", Dialect{.windows1251 = true, .template_columns = true});
    for (const auto& org : orgs)
      if (!org.silent) writer.write_org(org, true);
    bool started = false;
    for (const auto& org : orgs) {
      if (org.resubmission == OrgPlan::no_resubmission) continue;
      if (!started) writer.start_file("resubmitted.csv", Dialect{.delimiter = ',', .crlf = false, .english = true});
      started = true;
      write_resubmission(org);
    }
  }
  writer.finish_file();
  std::sort(set.submissions.begin(), set.submissions.end());
  write_expected(out_dir / "expected.csv", set);
  return set;
}

}  // namespace rmt::tools
