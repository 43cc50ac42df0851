#include "serve/service.h"

#include <httplib.h>
#include <unistd.h>

#include <chrono>
#include <deque>
#include <functional>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>

#include <fmt/format.h>

#include "feedback/annotated_copy.h"
#include "io/inputs.h"
#include "io/read_file.h"
#include "outcome/organization_status.h"
#include "registry/reporting_centre.h"
#include "package/zip_writer.h"
#include "run/feedback.h"
#include "run/merge.h"
#include "run/render.h"
#include "run/report.h"
#include "run/store.h"
#include "run/store_copy.h"
#include "run/store_lines.h"
#include "serve/html.h"
#include "serve/secrets.h"
#include "serve/sending.h"
#include "serve/sending_page.h"
#include "store/file_names.h"
#include "store/moment.h"
#include "store/store.h"
#include "template/csv_template.h"
#include "template/template_rows.h"
#include "template/xlsx_template.h"
#include "text/case_fold.h"
#include "text/cell_ref.h"
#include "validate/validator.h"

namespace rmt::serve {
namespace fs = std::filesystem;
using vocab::Lang;
using vocab::Localized;

namespace {

constexpr auto kSessionHours = 8;
constexpr std::size_t kLoginTries = 5;  // failures per address in a minute; the next is refused
constexpr std::size_t kMaxRowsShown = 1000;  // organizations in the collection's table; the rest are counted

// A private folder, removed with the object.
struct Scratch {
  std::string dir;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "rmt-serve-XXXXXX").string();
    if (mkdtemp(pattern.data())) dir = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    if (!dir.empty()) fs::remove_all(dir, ec);
  }
  bool ok() const { return !dir.empty(); }
  std::string path(const std::string& name) const { return (fs::path(dir) / name).string(); }
};

bool write_bytes(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return static_cast<bool>(out);
}

// Who reads: ?lang=, else the browser's first language when it is Russian
// or English, else the service's own (--lang).
Lang lang_of(const httplib::Request& req, Lang fallback) {
  if (req.has_param("lang")) return req.get_param_value("lang") == "en" ? Lang::en : Lang::ru;
  const std::string accept = req.get_header_value("Accept-Language");
  if (accept.rfind("ru", 0) == 0) return Lang::ru;
  if (accept.rfind("en", 0) == 0) return Lang::en;
  return fallback;
}

std::string say(Lang lang, std::string_view ru, std::string_view en) { return std::string(vocab::tr(lang, ru, en)); }

// A request's path as the log shows it: a link's token left out.
std::string redacted(const std::string& path) {
  if (path.rfind("/o/", 0) != 0) return path;
  const auto rest = path.find('/', 3);
  return "/o/…" + (rest == std::string::npos ? std::string{} : path.substr(rest));
}

void html(httplib::Response& res, int status, const std::string& title, const std::string& body, Lang lang) {
  res.status = status;
  res.set_content(page(title, body, lang), "text/html; charset=utf-8");
}

// RFC 5987: every byte but unreserved ASCII as %XX.
std::string percent_encoded(std::string_view text) {
  std::string out;
  for (const unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

void attachment(httplib::Response& res, const std::string& bytes, const std::string& type, const std::string& name) {
  res.set_content(bytes, type);
  // An ASCII fallback, and the real name for browsers that read RFC 5987.
  std::string ascii;
  for (const char c : name) ascii += (static_cast<unsigned char>(c) < 0x80 && c != '"' && c != '\\') ? c : '_';
  res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"; filename*=UTF-8''{}", ascii,
                                                    percent_encoded(name)));
}

// The value of cookie `name`, or "".
std::string cookie(const httplib::Request& req, std::string_view name) {
  const std::string cookies = req.get_header_value("Cookie");
  for (std::size_t at = 0; at < cookies.size();) {
    const auto end = std::min(cookies.find(';', at), cookies.size());
    std::string_view pair(cookies.data() + at, end - at);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name && pair[name.size()] == '=')
      return std::string(pair.substr(name.size() + 1));
    at = end + 1;
  }
  return {};
}

std::string status_badge(const std::string& key, const Localized& label, Lang lang) {
  return fmt::format("<span class=\"status status-{}\">{}</span>", escape(key), escape(label.in(lang)));
}

std::string location(const diag::Diagnostic& d, Lang lang) {
  if (d.pos.line == 0) return say(lang, "весь файл", "the whole file");
  if (!d.pos.sheet.empty() && d.pos.column > 0)
    return fmt::format("{} «{}», {} {}", say(lang, "лист", "sheet"), d.pos.sheet, say(lang, "ячейка", "cell"),
                       text::cell_address(d.pos.column, d.pos.line));
  if (!d.pos.sheet.empty())
    return fmt::format("{} «{}», {} {}", say(lang, "лист", "sheet"), d.pos.sheet, say(lang, "строка", "row"), d.pos.line);
  return fmt::format("{} {}", say(lang, "строка", "line"), d.pos.line);
}

std::string findings_table(const std::vector<diag::Diagnostic>& findings, Lang lang) {
  std::string out = fmt::format("<table class=\"findings\">\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                                say(lang, "Где", "Where"), say(lang, "Столбец", "Column"), say(lang, "Вид", "Kind"),
                                say(lang, "Что не так", "What is wrong"), say(lang, "Что сделать", "What to do"));
  for (const auto& d : findings)
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", escape(location(d, lang)),
                       escape(d.column_header), d.severity == diag::Severity::error ? say(lang, "ошибка", "error")
                                                                                     : say(lang, "предупреждение", "warning"),
                       escape(d.message.in(lang)), escape(d.hint.in(lang)));
  return out + "</table>\n";
}

}  // namespace

struct Service::State {
  ServiceOptions options;
  std::string secret;  // keys the schools' CSRF tokens; new at every start
  std::mutex setup_mutex;
  std::shared_ptr<run::Setup> setup;
  std::int64_t roadmap_version = 0, registry_version = 0;
  std::size_t period = 0;
  std::mutex login_mutex;
  std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> failures;
  std::mutex log_mutex;
  std::unique_ptr<Sending> sending;  // null: no SMTP settings

  // The store's roadmap and registry, loaded again when a new version was added.
  std::shared_ptr<run::Setup> current_setup(run::Stop& stop) {
    store::Store s;
    if (!s.open(options.store)) {
      stop = {s.error(), {}};
      return nullptr;
    }
    const auto roadmaps = s.setup_versions(store::SetupKind::roadmap);
    const auto registries = s.setup_versions(store::SetupKind::registry);
    const std::int64_t r = roadmaps.empty() ? 0 : roadmaps.back().id, g = registries.empty() ? 0 : registries.back().id;
    std::lock_guard lock(setup_mutex);
    if (setup && r == roadmap_version && g == registry_version) return setup;
    run::Listener quiet;
    auto loaded = run::load_setup({{}, {}, {}, {}, 1, {options.store, options.period, false}}, quiet, stop);
    if (!loaded || !loaded->registry) {
      if (loaded) stop = {{"в хранилище нет реестра организаций", "the store holds no organization registry"}, {}};
      return nullptr;
    }
    setup = std::make_shared<run::Setup>(std::move(*loaded));
    roadmap_version = r;
    registry_version = g;
    period = collection_period(setup->roadmap);
    return setup;
  }

  // The period collected: the one asked for; else the one whose reports are due
  // next (on or after today); else the latest begun.
  std::size_t collection_period(const roadmap::Roadmap& roadmap) const {
    if (!options.period.empty())
      if (const auto p = roadmap.find_period(options.period)) return *p;
    const calendar::Date today = calendar::today();
    std::optional<std::size_t> best;
    for (std::size_t p = 0; p < roadmap.periods.size(); ++p) {
      const auto due = roadmap.reports_due(p);
      if (due && today <= *due && (!best || *due < *roadmap.reports_due(*best))) best = p;
    }
    if (best) return *best;
    std::size_t latest = 0;
    for (std::size_t p = 0; p < roadmap.periods.size(); ++p)
      if (roadmap.periods[p].first_day() <= today) latest = p;
    return latest;
  }

  std::string csrf_for_link(const std::string& hash) const { return keyed_hash(secret, hash); }

  // Who is asking: the connection's address; behind a reverse proxy on this
  // machine (--behind-proxy), the address the proxy names in X-Real-IP.
  std::string client(const httplib::Request& req) const {
    if (options.behind_proxy && (req.remote_addr == "127.0.0.1" || req.remote_addr == "::1")) {
      const std::string named = req.get_header_value("X-Real-IP");
      if (!named.empty() && named.size() <= 45 &&
          named.find_first_not_of("0123456789abcdefABCDEF.:") == std::string::npos)
        return named;
    }
    return req.remote_addr;
  }

  void log(const httplib::Request& req, const httplib::Response& res) {
    if (!options.log) return;
    std::lock_guard lock(log_mutex);
    *options.log << store::utc_now() << ' ' << client(req) << ' ' << req.method << ' ' << redacted(req.path) << ' '
                 << res.status << '\n';
    options.log->flush();
  }

  // Every organization's status for the collection page, checked again only
  // when something new was received, the roadmap or the registry changed, or
  // the day turned: a national store takes seconds to check, and the analyst
  // filters the same table many times.
  struct StatusCache {
    std::int64_t last_receipt = -1, roadmap = 0, registry = 0;
    std::string period;
    calendar::Date day{};
    std::shared_ptr<const run::ValidateOutcome> outcome;
  };
  std::mutex status_mutex;
  StatusCache status_cache;

  std::shared_ptr<const run::ValidateOutcome> collection_status(const std::string& period) {
    store::Store s;
    if (!s.open(options.store)) return nullptr;
    const std::int64_t last = s.last_receipt_id();
    const calendar::Date today = calendar::today();
    std::int64_t roadmap_now = 0, registry_now = 0;
    {
      std::lock_guard setup_lock(setup_mutex);
      roadmap_now = roadmap_version;
      registry_now = registry_version;
    }
    std::lock_guard lock(status_mutex);  // one check at a time; the others wait for it and share it
    StatusCache& c = status_cache;
    if (c.outcome && c.last_receipt == last && c.roadmap == roadmap_now && c.registry == registry_now &&
        c.period == period && c.day == today)
      return c.outcome;
    run::Sources sources;
    sources.store.path = options.store;
    run::Listener quiet;
    auto outcome = std::make_shared<const run::ValidateOutcome>(run::store_status(sources, period, today, quiet));
    if (outcome->stop) return outcome;  // not kept: the next view tries again
    c = {last, roadmap_now, registry_now, period, today, outcome};
    return outcome;
  }

  // Login attempts: false when this address failed too often in the last minute.
  bool may_try_login(const std::string& address) {
    std::lock_guard lock(login_mutex);
    auto& times = failures[address];
    const auto now = std::chrono::steady_clock::now();
    while (!times.empty() && now - times.front() > std::chrono::minutes(1)) times.pop_front();
    return times.size() < kLoginTries;
  }
  void failed_login(const std::string& address) {
    std::lock_guard lock(login_mutex);
    failures[address].push_back(std::chrono::steady_clock::now());
  }

  // The analyst's session from the cookie: its hash and CSRF token, when valid.
  std::optional<std::pair<std::string, std::string>> session(const httplib::Request& req) {
    const std::string token = cookie(req, "rmt_session");
    if (!looks_like_token(token)) return std::nullopt;
    store::Store s;
    if (!s.open(options.store)) return std::nullopt;
    const std::string hash = token_hash(token);
    const auto csrf = s.session_csrf(hash, store::utc_now());
    if (!csrf) return std::nullopt;
    return std::make_pair(hash, *csrf);
  }
};

Service::Service(ServiceOptions options) : state_(std::make_unique<State>()) { state_->options = std::move(options); }
Service::~Service() = default;

bool Service::start(run::Stop& stop) {
  if (!init_secrets()) {
    stop = {{"нет источника случайных чисел (libsodium)", "no source of randomness (libsodium)"}, {}};
    return false;
  }
  state_->secret = new_token() + new_token();
  if (!state_->current_setup(stop)) return false;
  const ServiceOptions& o = state_->options;
  if (o.send) {
    // The SMTP settings checked now, not when the analyst first presses the button.
    run::FeedbackRequest request;
    request.period.sources.store.path = o.store;
    request.from = o.from;
    request.send = o.send;
    mail::SmtpServer server;
    if (auto broken = run::check_request(request, server)) {
      stop = std::move(*broken);
      return false;
    }
    state_->sending = std::make_unique<Sending>(
        SendingSettings{o.store, o.base_url, *o.send, o.from, o.from_name, o.signature, o.lang});
  }
  return true;
}

namespace {

struct SchoolView {
  std::string org_id, name, token_hash, token;
};

std::string school_page_body(Service::State& st, const run::Setup& setup, const SchoolView& school, Lang lang,
                             const std::string& result) {
  const roadmap::Roadmap& roadmap = setup.roadmap;
  const roadmap::Period& period = roadmap.periods[st.period];
  const auto due = roadmap.reports_due(st.period);
  store::Store s;
  std::vector<store::Receipt> receipts;
  if (s.open(st.options.store)) receipts = s.receipts(school.org_id);
  // Its status for the period: what its latest receipt for it says.
  std::string status_key = "not-received";
  for (const auto& receipt : receipts)
    for (const auto& org : receipt.orgs)
      if (org.org_id == school.org_id && org.period == period.label) status_key = org.status;
  const Localized status_label = status_key == "not-received" ? outcome::org_status_label(outcome::OrgStatus::not_received)
                                                               : run::store_lines::receipt_status_label(status_key);
  const std::string base = "/o/" + school.token;
  const std::string lang_query = lang == Lang::en ? "?lang=en" : "";
  std::string body = fmt::format("<h1>{}</h1>\n<p class=\"muted\">{} {} · {}</p>\n", escape(school.name),
                                 say(lang, "Код", "Code"), escape(school.org_id), escape(roadmap.title));
  body += fmt::format("<div class=\"card\"><p>{} <b>{}</b>{}</p><p>{} {}</p></div>\n",
                      say(lang, "Отчёт за", "Report for"), escape(roadmap::describe_period(period).in(lang)),
                      due ? escape(fmt::format("{} {}", say(lang, "; срок — до", "; due by"), calendar::to_dotted(*due)))
                          : std::string{},
                      say(lang, "Состояние:", "Status:"), status_badge(status_key, status_label, lang));
  body += result;
  body += fmt::format(
      "<h2>{}</h2>\n<form class=\"upload card\" method=\"post\" action=\"{}/upload{}\" enctype=\"multipart/form-data\">\n"
      "<input type=\"hidden\" name=\"csrf\" value=\"{}\">\n<div class=\"drop\"><p>{}</p>\n"
      "<input type=\"file\" name=\"file\" id=\"file\" accept=\".xlsx,.xlsm,.xls,.ods,.csv,.txt,.tsv\" required></div>\n"
      "<progress value=\"0\" max=\"1\"></progress>\n<p><input type=\"submit\" value=\"{}\"></p>\n</form>\n",
      say(lang, "Загрузить отчёт", "Upload the report"), base, lang_query, st.csrf_for_link(school.token_hash),
      say(lang, "Перетащите файл сюда или выберите его (.xlsx, .xls, .ods, .csv; до 20 МБ)",
         "Drop the file here or choose it (.xlsx, .xls, .ods, .csv; up to 20 MB)"),
      say(lang, "Проверить и отправить", "Check and send"));
  body += fmt::format("<h2>{}</h2>\n<p><a href=\"{}/template.xlsx\">{}</a> · <a href=\"{}/template.csv\">{}</a></p>\n",
                      say(lang, "Шаблон отчёта", "Report template"), base, say(lang, "шаблон Excel (.xlsx)", "Excel template (.xlsx)"),
                      base, say(lang, "шаблон CSV", "CSV template"));
  if (!receipts.empty()) {
    body += fmt::format("<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                        say(lang, "Присланные файлы", "Files sent"), say(lang, "Когда", "When"), say(lang, "Файл", "File"),
                        say(lang, "Итог", "Outcome"), say(lang, "Ошибок", "Errors"));
    for (auto it = receipts.rbegin(); it != receipts.rend(); ++it) {
      std::string outcome;
      for (const auto& org : it->orgs)
        if (org.org_id == school.org_id)
          outcome += (outcome.empty() ? "" : ", ") + org.period + ": " + run::store_lines::receipt_status_label(org.status).in(lang);
      body += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", escape(store::local_moment(it->received_at)),
                          escape(it->name), escape(outcome), it->errors);
    }
    body += "</table>\n";
  }
  return body;
}

// A school's link from the path: its organization, or nullopt (unknown or revoked: one answer for both).
std::optional<SchoolView> school_of(Service::State& st, const run::Setup& setup, const std::string& token) {
  if (!looks_like_token(token)) return std::nullopt;
  store::Store s;
  if (!s.open(st.options.store)) return std::nullopt;
  const std::string hash = token_hash(token);
  const auto owner = s.link_owner(hash);
  if (!owner) return std::nullopt;
  const auto* org = setup.registry->find(*owner);
  return SchoolView{*owner, org ? org->name : *owner, hash, token};
}

void no_such_link(httplib::Response& res, Lang lang) {
  html(res, 404, say(lang, "Ссылка не действует", "The link does not work"),
       fmt::format("<h1>{}</h1><p>{}</p>", say(lang, "Ссылка не действует", "The link does not work"),
                   say(lang, "Ссылка неверна или заменена новой. Попросите новую ссылку у методического центра.",
                      "The link is wrong or was replaced by a new one. Ask the methodological centre for a new one.")),
       lang);
}

std::string upload_result(Service::State& st, const run::Setup& setup, const SchoolView& school,
                          const httplib::MultipartFormData& file, Lang lang) {
  const auto card = [](const std::string& cls, const std::string& text, const std::string& rest = {}) {
    return fmt::format("<div class=\"card\"><p class=\"verdict {}\">{}</p>{}</div>\n", cls, text, rest);
  };
  const std::string name = store::safe_file_name(file.filename);
  if (!io::is_table_file_name(name))
    return card("verdict-fix", escape(say(lang, "Это не файл отчёта: нужен .xlsx, .xls, .ods, .csv или .txt",
                                         "This is not a report file: a .xlsx, .xls, .ods, .csv or .txt is needed")));
  Scratch scratch;
  const std::string path = scratch.ok() ? scratch.path(name) : std::string{};
  if (path.empty() || !write_bytes(path, file.content))
    return card("verdict-fix", escape(say(lang, "Файл не удалось принять: на сервере нет места. Попробуйте позже.",
                                         "The file could not be received: the server has no room. Try later.")));
  run::StoreAddRequest request;
  request.store = st.options.store;
  request.inputs = {path};
  request.source = store::Source::web;
  request.only_org = school.org_id;
  request.names = {{path, name}};
  request.setup = &setup;
  run::Listener quiet;
  const run::StoreAddOutcome added = run::store_add(request, quiet);
  if (added.stop) {
    // The school reads what it can do; the log keeps the server's own reason (its paths are not the school's business).
    if (st.options.log) {
      std::lock_guard lock(st.log_mutex);
      *st.options.log << store::utc_now() << " upload for " << school.org_id << " not stored: " << added.stop->reason.en << '\n';
    }
    return card("verdict-fix", escape(say(lang, "Файл не удалось принять: на сервере нет места или хранилище недоступно. "
                                                "Попробуйте позже; в журнале сервиса причина записана.",
                                                "The file could not be received: the server has no room or the store is "
                                                "unavailable. Try later; the service's log has the reason.")));
  }
  if (!added.not_stored.empty()) return card("verdict-fix", escape(added.not_stored.front().second.in(lang)));
  if (added.added.empty()) return card("verdict-fix", escape(say(lang, "Файл не принят", "The file was not received")));
  const run::AddedFile& got = added.added.front();
  const std::size_t errors = got.report.errors(), warnings = got.report.warnings();
  if (errors == 0) {
    std::string rest = warnings ? "<p>" + escape(say(lang, "Есть замечания — учтите их в следующий раз:",
                                                    "There are remarks; please mind them next time:")) + "</p>" +
                                      findings_table(got.report.findings, lang)
                                : std::string{};
    return card("verdict-ok", escape(say(lang, "Отчёт принят. Спасибо!", "The report is accepted. Thank you!")), rest);
  }
  const std::string copy = fmt::format("<p><a href=\"/o/{}/copy/{}\">{}</a></p>", school.token, got.receipt,
                                       say(lang, "Скачать копию файла с отмеченными ошибками (.xlsx)",
                                          "Download a copy of the file with the errors marked (.xlsx)"));
  return card("verdict-fix",
              escape(fmt::format("{} {}", say(lang, "Отчёт не принят: исправьте ошибки и загрузите файл снова. Ошибок:",
                                             "The report is not accepted: correct the errors and upload the file again. Errors:"),
                                 errors)),
              findings_table(got.report.findings, lang) + copy);
}

}  // namespace

void Service::install(httplib::Server& server) {
  State& st = *state_;
  // A school's routes: its link's organization found, or one answer for an unknown or revoked link.
  using SchoolHandler =
      std::function<void(const httplib::Request&, httplib::Response&, Lang, const run::Setup&, const SchoolView&)>;
  const auto for_school = [&st](SchoolHandler handler) {
    return [&st, handler](const httplib::Request& req, httplib::Response& res) {
      const Lang lang = lang_of(req, st.options.lang);
      run::Stop stop;
      const auto setup = st.current_setup(stop);
      const auto school = setup ? school_of(st, *setup, req.matches[1]) : std::nullopt;
      if (!school) return no_such_link(res, lang);
      handler(req, res, lang, *setup, *school);
    };
  };
  server.set_payload_max_length(st.options.max_upload + (64u << 10));
  server.set_post_routing_handler([&st](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Cache-Control", "no-store");
    st.log(req, res);
  });
  server.set_error_handler([&st](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    if (res.status == 413)
      html(res, 413, say(lang, "Файл слишком велик", "The file is too large"),
           fmt::format("<h1>{}</h1><p>{}</p>", say(lang, "Файл слишком велик", "The file is too large"),
                       say(lang, "Отчёт не может быть больше 20 МБ.", "A report cannot be larger than 20 MB.")),
           lang);
    else if (res.body.empty())
      html(res, res.status, say(lang, "Нет такой страницы", "No such page"),
           fmt::format("<h1>{}</h1>", say(lang, "Нет такой страницы", "No such page")), lang);
  });

  server.Get("/static/style.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(stylesheet()), "text/css; charset=utf-8");
  });
  server.Get("/static/upload.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(upload_script()), "text/javascript; charset=utf-8");
  });
  server.Get("/", [&st](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    html(res, 200, say(lang, "Приём отчётов", "Report intake"),
         fmt::format("<h1>{}</h1><p>{}</p><p><a href=\"/login\">{}</a></p>", say(lang, "Приём отчётов", "Report intake"),
                     say(lang, "Откройте ссылку, которую методический центр прислал вашей организации.",
                        "Open the link the methodological centre sent your organization."),
                     say(lang, "Вход для аналитика", "Analyst's login")),
         lang);
  });

  server.Get(R"(/o/([0-9a-f]{32}))", for_school([&st](const httplib::Request&, httplib::Response& res, Lang lang, const run::Setup& setup,
                                const SchoolView& school) {
    html(res, 200, school.name, school_page_body(st, setup, school, lang, {}), lang);
  }));
  server.Post(R"(/o/([0-9a-f]{32})/upload)", for_school([&st](const httplib::Request& req, httplib::Response& res, Lang lang, const run::Setup& setup,
                                const SchoolView& school) {
    const std::string csrf = req.has_file("csrf") ? req.get_file_value("csrf").content : std::string{};
    if (!same_secret(csrf, st.csrf_for_link(school.token_hash))) {
      html(res, 403, say(lang, "Форма устарела", "The form is out of date"),
           fmt::format("<h1>{}</h1><p>{}</p>", say(lang, "Форма устарела", "The form is out of date"),
                       say(lang, "Откройте свою ссылку ещё раз и загрузите файл снова.", "Open your link again and upload the file again.")),
           lang);
      return;
    }
    if (!req.has_file("file") || req.get_file_value("file").filename.empty()) {
      html(res, 400, school.name,
           school_page_body(st, setup, school, lang,
                            "<div class=\"card\"><p class=\"verdict verdict-fix\">" +
                                escape(say(lang, "Выберите файл отчёта.", "Choose the report file.")) + "</p></div>"),
           lang);
      return;
    }
    const std::string result = upload_result(st, setup, school, req.get_file_value("file"), lang);
    html(res, 200, school.name, school_page_body(st, setup, school, lang, result), lang);
  }));
  server.Get(R"(/o/([0-9a-f]{32})/template\.(xlsx|csv))", for_school([&st](const httplib::Request& req, httplib::Response& res, Lang lang, const run::Setup& setup,
                                const SchoolView& school) {
    const roadmap::Roadmap& roadmap = setup.roadmap;
    const auto rows = templates::template_rows(roadmap, school.org_id, st.period, lang);
    const std::string& label = roadmap.periods[st.period].label;
    const std::string stem = fmt::format("{} {}", school.org_id, label);
    if (req.matches[2] == "csv") {
      const auto made = templates::csv_template(rows, school.org_id, label, {text::Encoding::utf8, ';', lang});
      return attachment(res, made.bytes, "text/csv; charset=utf-8", stem + ".csv");
    }
    Scratch scratch;
    const std::string path = scratch.path("template.xlsx");
    const registry::Organization* centre = registry::reporting_centre(roadmap, setup.registry_or_null());
    const templates::XlsxTemplateInput input{roadmap, roadmap.periods[st.period], school.org_id, school.name, rows,
                                             std::nullopt, roadmap.reports_due(st.period),
                                             centre ? centre->email : std::string{}};
    const auto bytes = scratch.ok() && templates::write_xlsx_template(path, input, lang).ok() ? io::read_file(path) : std::nullopt;
    if (!bytes) return html(res, 500, say(lang, "Шаблон не создан", "No template"), "", lang);
    attachment(res, *bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stem + ".xlsx");
  }));
  server.Get(R"(/o/([0-9a-f]{32})/copy/(\d+))", for_school([&st](const httplib::Request& req, httplib::Response& res, Lang lang, const run::Setup& setup,
                                const SchoolView& school) {
    store::Store s;
    std::optional<store::Receipt> receipt;
    if (s.open(st.options.store))
      for (auto& r : s.receipts(school.org_id))
        if (std::to_string(r.id) == req.matches[2].str()) receipt = r;
    const auto bytes = receipt ? s.blob(receipt->sha256) : std::nullopt;
    if (!bytes) return no_such_link(res, lang);  // not its receipt: nothing is said of others'
    Scratch scratch;
    const std::string name = store::safe_file_name(receipt->name);
    if (!scratch.ok() || !write_bytes(scratch.path(name), *bytes)) return html(res, 500, "", "", lang);
    csv::ReaderOptions reader;
    reader.shown_prefix = scratch.dir + "/";
    const validate::Validator validator(setup.roadmap, setup.registry_or_null(), reader);
    const diag::FileReport report = validator.check_alone(scratch.path(name));
    const auto own = feedback::own_rows(report, school.org_id, *setup.registry, reader, feedback::kMaxCopiedRows);
    const std::string out = scratch.path("copy.xlsx");
    if (!feedback::write_annotated_copy(out, report, own, lang, calendar::today()).write.ok())
      return html(res, 500, "", "", lang);
    const auto copy = io::read_file(out);
    if (!copy) return html(res, 500, "", "", lang);
    const std::string stem = name.substr(0, name.rfind('.'));
    attachment(res, *copy, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               stem + say(lang, " — замечания.xlsx", " — findings.xlsx"));
  }));

  // The analyst's side.
  // The login form's CSRF token: a keyed hash of a random cookie of its own
  // (there is no session yet to tie it to), so a page elsewhere cannot log
  // this browser in.
  const auto login_form = [&st](httplib::Response& res, Lang lang, int status, const std::string& message) {
    const std::string nonce = new_token();
    res.set_header("Set-Cookie", fmt::format("rmt_login={}; Path=/login; HttpOnly; SameSite=Strict; Max-Age=3600{}", nonce,
                                             st.options.tls ? "; Secure" : ""));
    html(res, status, say(lang, "Вход", "Login"),
         fmt::format("<h1>{}</h1>{}<form class=\"card\" method=\"post\" action=\"/login{}\">"
                     "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
                     "<p><label>{} <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label></p>"
                     "<p><input type=\"submit\" value=\"{}\"></p></form>",
                     say(lang, "Вход для аналитика", "Analyst's login"),
                     message.empty() ? std::string{} : "<p class=\"error\">" + escape(message) + "</p>",
                     lang == Lang::en ? "?lang=en" : "", keyed_hash(st.secret, "login " + nonce), say(lang, "Пароль", "Password"),
                     say(lang, "Войти", "Log in")),
         lang);
  };
  server.Get("/login", [&st, login_form](const httplib::Request& req, httplib::Response& res) {
    login_form(res, lang_of(req, st.options.lang), 200, {});
  });
  server.Post("/login", [&st, login_form](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    if (!st.may_try_login(st.client(req)))
      return login_form(res, lang, 429, say(lang, "Слишком много неудачных попыток. Подождите минуту.",
                                           "Too many failed attempts. Wait a minute."));
    const std::string nonce = cookie(req, "rmt_login");
    if (!looks_like_token(nonce) || !same_secret(req.get_param_value("csrf"), keyed_hash(st.secret, "login " + nonce)))
      return login_form(res, lang, 403, say(lang, "Форма входа устарела: введите пароль ещё раз.",
                                           "The login form is out of date: enter the password again."));
    store::Store s;
    const auto hash = s.open(st.options.store) ? s.credential("analyst") : std::nullopt;
    if (!hash || !verify_password(*hash, req.get_param_value("password"))) {
      st.failed_login(st.client(req));
      if (s.database().is_open()) s.audit(store::utc_now(), "login-failed", st.client(req));
      return login_form(res, lang, 403, say(lang, "Неверный пароль.", "Wrong password."));
    }
    const std::string token = new_token();
    if (!s.add_session(token_hash(token), new_token(), store::utc_now(), store::utc_in(kSessionHours * 3600L)))
      return login_form(res, lang, 500, s.error().in(lang));
    s.audit(store::utc_now(), "login", st.client(req));
    res.set_header("Set-Cookie", fmt::format("rmt_session={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}", token,
                                             kSessionHours * 3600, st.options.tls ? "; Secure" : ""));
    res.set_redirect(lang == Lang::en ? "/admin?lang=en" : "/admin", 303);
  });
  server.Post("/logout", [&st](const httplib::Request& req, httplib::Response& res) {
    const auto session = st.session(req);
    if (session && same_secret(req.get_param_value("csrf"), session->second)) {
      store::Store s;
      if (s.open(st.options.store)) s.end_session(session->first);
    }
    res.set_header("Set-Cookie", "rmt_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    res.set_redirect("/login", 303);
  });
  server.Get("/admin", [&st](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    const auto session = st.session(req);
    if (!session) return res.set_redirect("/login", 303);
    run::Stop stop;
    const auto setup = st.current_setup(stop);
    if (!setup) return html(res, 500, "", escape(stop.reason.in(lang)), lang);
    const std::string period = setup->roadmap.periods[st.period].label;
    const auto collection = st.collection_status(period);
    if (!collection)
      return html(res, 500, "", escape(say(lang, "Хранилище сейчас не открывается; попробуйте позже.",
                                           "The store cannot be opened now; try later.")), lang);
    const run::ValidateOutcome& status = *collection;
    if (status.stop) return html(res, 500, "", escape(status.stop->reason.in(lang)), lang);
    const outcome::StatusCounts n = outcome::count_statuses(status.statuses);
    const std::string want_status = req.get_param_value("status"), want_district = req.get_param_value("district"),
                      want_text = req.get_param_value("q");
    std::string body = fmt::format(
        "<h1>{}</h1><p class=\"muted\">{} · {}</p>\n<div class=\"card counts\"><span>{} <b>{}</b> {} {}</span>"
        "<span>{} <b>{}</b></span><span>{} <b>{}</b></span><span>{} <b>{}</b></span><span>{} <b>{}</b></span>"
        "<span>{} <b>{}</b></span></div>\n",
        say(lang, "Сбор отчётов", "Collection"), escape(setup->roadmap.title),
        escape(roadmap::describe_period(setup->roadmap.periods[st.period]).in(lang)), say(lang, "Получено", "Received"),
        n.sent(), say(lang, "из", "of"), n.total(), say(lang, "принято", "accepted"), n.accepted,
        say(lang, "отклонено", "rejected"), n.rejected, say(lang, "не представлено", "not received"), n.not_received,
        say(lang, "конфликт", "conflict"), n.conflict, say(lang, "файл не прочитан", "unreadable"), n.unreadable);
    body += fmt::format(
        "<nav class=\"card\">{}: <a href=\"/admin/download/workbook\">{}</a> <a href=\"/admin/download/spravka\">{}</a> "
        "<a href=\"/admin/download/merged\">{}</a> <a href=\"/admin/download/letters\">{}</a> "
        "<a href=\"/admin/download/files\">{}</a></nav>\n",
        say(lang, "Скачать", "Download"), say(lang, "книгу мониторинга (.xlsx)", "the monitoring workbook (.xlsx)"),
        say(lang, "справку (.docx)", "the report (.docx)"), say(lang, "сводный CSV", "the merged CSV"),
        say(lang, "письма школам (.zip)", "the letters to schools (.zip)"),
        say(lang, "полученные файлы (.zip)", "the files received (.zip)"));
    body += sending_form(st.sending != nullptr, {n.not_received, n.rejected + n.conflict + n.unreadable, n.accepted},
                         session->second, lang);
    body += fmt::format("<h2>{}</h2>\n", say(lang, "Организации", "Organizations"));
    body += fmt::format("<form method=\"get\" action=\"/admin\" class=\"card\">{} <select name=\"status\"><option value=\"\">{}</option>",
                        say(lang, "Статус:", "Status:"), say(lang, "все", "all"));
    for (const auto s : {outcome::OrgStatus::accepted, outcome::OrgStatus::rejected, outcome::OrgStatus::conflict,
                         outcome::OrgStatus::unreadable, outcome::OrgStatus::not_received})
      body += fmt::format("<option value=\"{}\"{}>{}</option>", outcome::org_status_key(s),
                          want_status == outcome::org_status_key(s) ? " selected" : "",
                          escape(outcome::org_status_label(s).in(lang)));
    // The districts to choose from; a code or a part of a name to find one organization.
    std::set<std::string> districts;
    for (const auto& o : status.statuses)
      if (!o.district.empty()) districts.insert(o.district);
    body += fmt::format("</select> {} <select name=\"district\"><option value=\"\">{}</option>", say(lang, "Район:", "District:"),
                        say(lang, "все", "all"));
    for (const auto& d : districts)
      body += fmt::format("<option{}>{}</option>", d == want_district ? " selected" : "", escape(d));
    body += fmt::format("</select> {} <input name=\"q\" value=\"{}\" size=\"18\"> <input type=\"submit\" value=\"{}\"></form>\n",
                        say(lang, "Код или название:", "Code or name:"), escape(want_text), say(lang, "Показать", "Show"));
    std::string rows;
    std::size_t matching = 0;
    const std::string wanted = text::fold_case(text::trim(want_text));  // «школа» finds «Школа», «sch-07» finds «SCH-07»
    for (const auto& o : status.statuses) {
      if (!want_status.empty() && outcome::org_status_key(o.status) != want_status) continue;
      if (!want_district.empty() && o.district != want_district) continue;
      if (!wanted.empty() && text::fold_case(o.org_id).find(wanted) == std::string::npos &&
          text::fold_case(o.name).find(wanted) == std::string::npos)
        continue;
      if (++matching > kMaxRowsShown) continue;  // counted, not shown: a national table would be megabytes
      std::string files;
      for (const auto& f : o.files) files += (files.empty() ? "" : ", ") + ("<span class=\"file\">" + escape(f) + "</span>");
      rows += fmt::format("<tr><td><a href=\"/admin/org/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                          percent_encoded(o.org_id), escape(o.org_id),
                          escape(o.name), escape(o.district),
                          status_badge(std::string(outcome::org_status_key(o.status)), outcome::org_status_label(o.status), lang),
                          o.errors, files);
    }
    if (matching > kMaxRowsShown)
      body += "<p class=\"muted\">" +
              escape(fmt::format("{} {} {} {}. {}", say(lang, "Показаны первые", "Showing the first"), kMaxRowsShown,
                                 say(lang, "организаций из", "organizations of"), matching,
                                 say(lang, "Уточните выбор статусом, районом или кодом.", "Narrow the choice by status, district or code."))) +
              "</p>\n";
    else if (matching == 0)
      body += "<p class=\"muted\">" + escape(say(lang, "Таких организаций нет.", "No organization matches.")) + "</p>\n";
    body += fmt::format("<table class=\"orgs\">\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                        say(lang, "Код", "Code"), say(lang, "Организация", "Organization"), say(lang, "Район", "District"),
                        say(lang, "Статус", "Status"), say(lang, "Ошибок", "Errors"), say(lang, "Файлы", "Files"));
    body += rows;
    body += "</table>\n";
    body += fmt::format("<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\" value=\"{}\">"
                        "<p><input type=\"submit\" value=\"{}\"></p></form>",
                        session->second, say(lang, "Выйти", "Log out"));
    html(res, 200, say(lang, "Сбор отчётов", "Collection"), body, lang);
  });
  server.Post("/admin/send", [&st](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    const auto session = st.session(req);
    if (!session) return res.set_redirect("/login", 303);
    if (!same_secret(req.get_param_value("csrf"), session->second))
      return html(res, 403, say(lang, "Форма устарела", "The form is out of date"),
                  fmt::format("<h1>{}</h1><p><a href=\"/admin\">{}</a></p>", say(lang, "Форма устарела", "The form is out of date"),
                              say(lang, "Откройте страницу сбора ещё раз.", "Open the collection page again.")),
                  lang);
    if (!st.sending)
      return html(res, 409, say(lang, "Отправка не настроена", "Sending is not set up"),
                  sending_form(false, {}, {}, lang), lang);
    SendingChoice choice;
    for (std::size_t i = 0; i < req.get_param_value_count("kind"); ++i) {
      const auto kind = feedback::parse_letter_kind(req.get_param_value("kind", i));
      if (kind && std::find(choice.kinds.begin(), choice.kinds.end(), *kind) == choice.kinds.end()) choice.kinds.push_back(*kind);
    }
    if (choice.kinds.empty())
      return html(res, 400, say(lang, "Отправка писем", "Sending the letters"),
                  fmt::format("<p><a href=\"/admin\">{}</a></p><p class=\"error\">{}</p>", say(lang, "← Сбор отчётов", "← Collection"),
                              say(lang, "Выберите, какие письма отправить.", "Choose which letters to send.")),
                  lang);
    choice.new_links = req.has_param("new_links");
    choice.resend_unknown = req.has_param("resend_unknown");
    run::Stop stop;
    const auto setup = st.current_setup(stop);
    if (!setup) return html(res, 500, "", escape(stop.reason.in(lang)), lang);
    // A second press while one runs shows the one running.
    if (st.sending->start(setup->roadmap.periods[st.period].label, choice)) {
      store::Store s;
      std::string kinds;
      for (const auto k : choice.kinds) kinds += (kinds.empty() ? "" : ",") + std::string(feedback::letter_kind_key(k));
      if (s.open(st.options.store))
        s.audit(store::utc_now(), "sending-started", fmt::format("{} {}{} by {}", setup->roadmap.periods[st.period].label, kinds,
                                                                 choice.new_links ? " new-links" : "", st.client(req)));
    }
    res.set_redirect(lang == Lang::en ? "/admin/send?lang=en" : "/admin/send", 303);
  });
  server.Get("/admin/send", [&st](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    if (!st.session(req)) return res.set_redirect("/login", 303);
    const SendingReport report = st.sending ? st.sending->report() : SendingReport{};
    res.status = 200;
    res.set_content(page(say(lang, "Отправка писем", "Sending the letters"), sending_report_body(report, lang), lang,
                         report.running ? 2 : 0),
                    "text/html; charset=utf-8");
  });
  server.Get(R"(/admin/org/([^/]+))", [&st](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    if (!st.session(req)) return res.set_redirect("/login", 303);
    run::Stop stop;
    const auto setup = st.current_setup(stop);
    const std::string org_id = req.matches[1];
    const registry::Organization* org = setup ? setup->registry->find(org_id) : nullptr;
    if (!org)
      return html(res, 404, say(lang, "Нет такой организации", "No such organization"),
                  fmt::format("<h1>{}</h1>", say(lang, "Нет такой организации", "No such organization")), lang);
    store::Store s;
    if (!s.open(st.options.store)) return html(res, 500, "", escape(s.error().in(lang)), lang);
    std::string body = fmt::format("<p><a href=\"/admin\">{}</a></p><h1>{}</h1><p class=\"muted\">{} {} · {}</p>\n",
                                   say(lang, "← Сбор отчётов", "← Collection"), escape(org->name), say(lang, "Код", "Code"),
                                   escape(org->id), escape(org->district));
    const auto receipts = s.receipts(org->id);
    if (receipts.empty()) body += "<p>" + escape(say(lang, "Файлов от неё не было.", "Nothing has come from it.")) + "</p>";
    for (auto it = receipts.rbegin(); it != receipts.rend(); ++it) {
      std::string outcome;
      for (const auto& o : it->orgs)
        if (o.org_id == org->id)
          outcome += (outcome.empty() ? "" : ", ") + o.period + ": " + run::store_lines::receipt_status_label(o.status).in(lang);
      body += fmt::format("<div class=\"card\"><p><b>{}</b> · {} · {} · {}</p><p>{}</p>\n", escape(it->name),
                          escape(store::local_moment(it->received_at)),
                          escape(run::store_lines::source_label(it->source).in(lang)),
                          escape(run::store_lines::size_text(it->size).in(lang)), escape(outcome));
      std::vector<diag::Diagnostic> findings;
      for (const auto& f : s.findings(it->id)) {
        if (f.severity == "note") continue;
        diag::Diagnostic d;
        d.severity = f.severity == "error" ? diag::Severity::error : diag::Severity::warning;
        d.pos = {it->name, f.line, f.column, f.sheet};
        d.column_header = f.column_header;
        d.message = f.message;
        d.hint = f.hint;
        findings.push_back(std::move(d));
      }
      body += findings.empty() ? "<p>" + escape(say(lang, "Замечаний нет.", "No findings.")) + "</p>"
                               : findings_table(findings, lang);
      body += "</div>\n";
    }
    html(res, 200, org->name, body, lang);
  });
  server.Get(R"(/admin/download/(workbook|spravka|merged|letters|files))", [&st](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req, st.options.lang);
    if (!st.session(req)) return res.set_redirect("/login", 303);
    run::Stop stop;
    const auto setup = st.current_setup(stop);
    if (!setup) return html(res, 500, "", escape(stop.reason.in(lang)), lang);
    const std::string period = setup->roadmap.periods[st.period].label;
    Scratch scratch;
    run::PeriodRequest request;
    request.sources.store = {st.options.store, period, true};
    request.period = period;
    request.today = calendar::today();
    run::Listener quiet;
    const std::string kind = req.matches[1];
    std::string out, type, name;
    std::optional<run::Stop> failed;
    if (kind == "workbook") {
      out = scratch.path("monitoring.xlsx");
      request.output = out;
      failed = run::render({request, {}}, quiet).stop;
      type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      name = fmt::format("{} {}.xlsx", say(lang, "мониторинг", "monitoring"), period);
    } else if (kind == "spravka") {
      out = scratch.path("spravka.docx");
      request.output = out;
      failed = run::report({request, lang, {}, 10}, quiet).stop;
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      name = fmt::format("{} {}.docx", say(lang, "справка", "report"), period);
    } else if (kind == "letters" || kind == "files") {
      // The letters as roadmap-feedback writes them (with the annotated copies and the
      // reminders' templates), or each organization's current files: one zip.
      const std::string folder = scratch.path(kind);
      if (kind == "letters") {
        run::FeedbackRequest letters;
        letters.period = request;
        letters.out_dir = folder;
        letters.lang = lang;
        failed = run::feedback(letters, quiet).stop;
      } else {
        failed = run::store_export({st.options.store, period, folder}).stop;
      }
      out = scratch.path(kind + ".zip");
      if (!failed) {
        package::ZipWriter zip(out, calendar::today());
        std::vector<fs::path> entries;
        for (const auto& entry : fs::directory_iterator(folder))
          if (entry.is_regular_file() && entry.path().filename().string().front() != '.') entries.push_back(entry.path());
        std::sort(entries.begin(), entries.end());
        for (const auto& entry : entries)
          if (const auto bytes = io::read_file(entry.string())) zip.add(entry.filename().string(), *bytes);
        if (!zip.close()) failed = run::Stop{{"архив не записан: " + zip.error(), "the archive was not written: " + zip.error()}, {}};
      }
      type = "application/zip";
      name = fmt::format("{} {}.zip", kind == "letters" ? say(lang, "письма", "letters") : say(lang, "файлы", "files"), period);
    } else {
      out = scratch.path("merged.csv");
      run::MergeRequest merge;
      merge.sources = request.sources;
      merge.output = out;
      failed = run::merge(merge, quiet).stop;
      type = "text/csv; charset=utf-8";
      name = say(lang, "сводный.csv", "merged.csv");
    }
    const auto bytes = failed ? std::nullopt : io::read_file(out);
    if (!bytes) return html(res, 500, "", escape(failed ? failed->reason.in(lang) : Localized{}.in(lang)), lang);
    store::Store s;
    if (s.open(st.options.store)) s.audit(store::utc_now(), "download", kind + " " + period);
    attachment(res, *bytes, type, name);
  });
}

}  // namespace rmt::serve
