#include "run/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "exec/ordered_pool.h"
#include "io/tabular_input.h"
#include "io/output_file.h"
#include "io/read_file.h"
#include "outcome/run_period.h"
#include "registry/loader.h"
#include "roadmap/loader.h"
#include "roadmap/locate.h"
#include "run/store_copy.h"
#include "store/moment.h"
#include "validate/validator.h"

namespace rmt::run {
namespace fs = std::filesystem;

namespace {

Stop stop_with(std::string ru, std::string en) { return {{std::move(ru), std::move(en)}, {}}; }

std::optional<store::Store> open_store(const std::string& path, Stop& stop) {
  store::Store store;
  if (!store.open(path)) {
    stop = {store.error(), {}};
    return std::nullopt;
  }
  return store;
}

// The latest period any receipt carries, by the roadmap's order.
std::optional<std::size_t> latest_received_period(store::Store& store, const roadmap::Roadmap& roadmap) {
  std::optional<std::size_t> latest;
  for (const auto& receipt : store.receipts())
    for (const auto& org : receipt.orgs)
      if (const auto p = roadmap.period_index(org.period); p && (!latest || *p > *latest)) latest = p;
  return latest;
}

}  // namespace

StoreInitOutcome store_init(const StoreInitRequest& request, Listener& listener) {
  StoreInitOutcome result;
  const bool exists = fs::is_regular_file(store::Store::database_path(request.store));
  if (!exists && (request.roadmap.empty() || request.registry.empty())) {
    result.stop = stop_with("для нового хранилища нужны дорожная карта (-r) и реестр организаций (--orgs)",
                            "a new store needs the roadmap (-r) and the organization registry (--orgs)");
    return result;
  }
  if (exists && request.roadmap.empty() && request.registry.empty()) {
    result.stop = stop_with("хранилище уже есть; чтобы добавить версию, укажите -r или --orgs",
                            "the store already exists; give -r or --orgs to add a version");
    return result;
  }
  // The roadmap the versions are checked against: the one given, else the stored one.
  std::shared_ptr<StoreCopy> stored;
  Sources sources{request.roadmap, request.registry, {}, request.reader, 1, {}};
  if (exists && request.roadmap.empty()) {
    Stop stop;
    stored = copy_store({{}, {}, {}, request.reader, 1, {request.store, {}, false}}, stop);
    if (!stored) {
      result.stop = std::move(stop);
      return result;
    }
    sources.roadmap = stored->sources.roadmap;
  }
  const RoadmapCheck check = check_roadmap(sources, listener);
  if (check.stop) {
    result.stop = check.stop;
    return result;
  }
  if (!check.roadmap) {
    result.stop = Stop{diag::msg::roadmap_has_errors(), check.file.findings};
    return result;
  }
  result.registry_warnings = check.registry_warnings;
  const roadmap::Roadmap& roadmap = *check.roadmap;

  store::Store store;
  if (exists ? !store.open(request.store) : !store.create(request.store)) {
    result.stop = Stop{store.error(), {}};
    return result;
  }
  result.created = !exists;
  std::string from = roadmap.periods.empty() ? std::string{} : roadmap.periods.front().label;
  if (!request.from_period.empty()) {
    const auto p = roadmap.find_period(request.from_period);
    if (!p) {
      result.stop = Stop{diag::msg::unknown_period_option(request.from_period, roadmap.period_list()), {}};
      return result;
    }
    from = roadmap.periods[*p].label;
  } else if (exists) {
    if (const auto latest = latest_received_period(store, roadmap)) from = roadmap.periods[*latest].label;
  }
  const std::string now = store::utc_now();
  const auto add = [&](store::SetupKind kind, const std::string& path) {
    if (path.empty() || result.stop) return;
    const auto bytes = io::read_file(path);
    if (!bytes) {
      result.stop = stop_with(fmt::format("не удалось прочитать {}", path), fmt::format("cannot read {}", path));
      return;
    }
    const auto versions = store.setup_versions(kind);
    if (!versions.empty() && versions.back().sha256 == store::sha256_hex(*bytes)) {
      result.unchanged.push_back(versions.back());
      return;
    }
    const std::string name = fs::path(path).filename().string();
    if (!store.add_setup_version(kind, name, *bytes, now, from)) {
      result.stop = Stop{store.error(), {}};
      return;
    }
    result.added.push_back(store.setup_versions(kind).back());
    store.audit(now, "version", fmt::format("{} {} ({}) from {}", store::setup_kind_key(kind), result.added.back().id, name, from));
  };
  add(store::SetupKind::roadmap, request.roadmap.empty() ? std::string{} : roadmap::locate_roadmap(request.roadmap));
  add(store::SetupKind::registry, request.registry);
  return result;
}

namespace {

struct FileStamp {
  off_t size = -1;
  timespec modified{};
};

FileStamp stamp_of(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) return {};
  return {st.st_size, st.st_mtim};
}

bool same_stamp(const FileStamp& a, const FileStamp& b) {
  return a.size == b.size && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec;
}

std::string severity_key(diag::Severity severity) { return severity == diag::Severity::error ? "error" : "warning"; }

store::StoredFinding stored(const diag::Diagnostic& d) {
  return {severity_key(d.severity), std::string(diag::code_name(d.code)), d.pos.line, d.pos.column, d.pos.sheet,
          d.column_key, d.column_header, d.message, d.hint};
}

// The organizations and periods a file carries, as its check judged them
// (outcome/organization_status.h, for the file alone). Rows without a
// readable period, and a file named for an organization but unusable, are
// put in `fallback`: the period the rest of the files are for.
std::vector<store::OrgOutcome> org_outcomes(const diag::FileReport& report, const roadmap::Roadmap& roadmap,
                                            const registry::Registry* registry, const std::string& fallback) {
  std::vector<store::OrgOutcome> list;
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  const auto add = [&](const std::string& org, const std::string& period, const char* status, std::int64_t rows,
                       std::int64_t errors) {
    auto [at, inserted] = index.try_emplace({org, period}, list.size());
    if (inserted) {
      list.push_back({org, period, status, rows, errors});
      return;
    }
    auto& o = list[at->second];
    if (std::string_view(status) == "rejected") o.status = status;
    o.rows += rows;
    o.errors += errors;
  };
  for (const auto& s : report.submissions) {
    if (registry && !registry->find(s.org_id)) continue;  // a code the registry does not know is a finding
    const std::string period =
        s.period == diag::SubmissionOutcome::kNoPeriod ? fallback : roadmap.periods[s.period].label;
    add(s.org_id, period, s.rejected ? "rejected" : "accepted", static_cast<std::int64_t>(s.rows),
        static_cast<std::int64_t>(s.error_rows + report.errors_outside_rows));
  }
  if (!report.named_org.empty()) {
    bool unreadable = false;
    for (const auto& d : report.findings) unreadable |= d.code == diag::Code::unreadable_file;
    add(report.named_org, fallback, unreadable ? "unreadable" : "rejected", 0, static_cast<std::int64_t>(report.errors()));
  }
  return list;
}

// A transaction per batch: each commit is synced to disk and rewrites the
// pages of the blobs' hash index it touched, so batches are large; the bytes
// held before they are written stay bounded.
constexpr std::size_t kBatchFiles = 1024;
constexpr std::size_t kBatchBytes = 64u << 20;

}  // namespace

StoreAddOutcome store_add(const StoreAddRequest& request, Listener& listener) {
  StoreAddOutcome result;
  std::string received_at = store::utc_now();
  if (!request.received_at.empty()) {
    const auto parsed = store::parse_moment(request.received_at);
    if (!parsed) {
      result.stop = stop_with(fmt::format("--received-at: «{}» — не время; нужно ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ", request.received_at),
                              fmt::format("--received-at: \"{}\" is not a time; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                                          request.received_at));
      return result;
    }
    received_at = *parsed;
  }
  Stop stop;
  auto opened = open_store(request.store, stop);
  if (!opened) {
    result.stop = std::move(stop);
    return result;
  }
  store::Store& store = *opened;
  std::optional<Setup> loaded;
  const Setup* setup = request.setup;
  if (!setup) {
    loaded = load_setup({{}, {}, {}, request.reader, 1, {request.store, {}, false}}, listener, stop);
    if (!loaded) {
      result.stop = std::move(stop);
      return result;
    }
    setup = &*loaded;
  }
  const roadmap::Roadmap& roadmap = setup->roadmap;
  result.inputs = io::expand_inputs(request.inputs);
  const auto& files = result.inputs.files;
  for (const auto& file : files)
    if (file == "-") {
      result.stop = stop_with("хранилище принимает файлы, а не стандартный ввод", "the store takes files, not standard input");
      return result;
    }

  // The period of rows that name none: the one most of this run's files are for, else by the date received.
  const calendar::Date received_day = calendar::parse_date(store::local_date(received_at)).value_or(calendar::today());
  std::vector<std::size_t> submissions_for(roadmap.periods.size(), 0);
  const auto by_date = outcome::choose_run_period(roadmap, {}, {}, received_day);
  // Receipts are written by one writer thread, a batch per transaction,
  // while the next batch is made: the disk's time overlaps the checking.
  // A file is reported (listener.file_read) only once its batch is committed.
  struct Batch {
    std::vector<store::NewReceipt> receipts;
    std::vector<AddedFile> files;
    std::size_t bytes = 0;
  };
  Batch batch;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Batch> queue;  // at most one waiting: memory stays bounded
  bool closing = false;
  std::atomic<bool> failed{false};
  std::thread writer([&] {
    for (;;) {
      Batch next;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return closing || !queue.empty(); });
        if (queue.empty()) return;
        next = std::move(queue.front());
        queue.pop_front();
      }
      changed.notify_all();
      if (failed) continue;
      const auto ids = store.add_receipts(next.receipts);
      if (!ids) {
        result.stop = Stop{store.error(), {}};
        failed = true;
        continue;
      }
      for (std::size_t i = 0; i < next.files.size(); ++i) {
        next.files[i].receipt = (*ids)[i];
        listener.file_read(next.files[i].report, next.files[i].report.findings);
        result.added.push_back(std::move(next.files[i]));
      }
    }
  });
  const auto flush = [&] {
    if (batch.receipts.empty()) return;
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return queue.empty(); });
    queue.push_back(std::move(batch));
    batch = {};
    changed.notify_all();
  };

  // Each file is checked, read and hashed on a worker; the receipts are
  // written on this thread, in input order.
  struct Prepared {
    diag::FileReport report;
    std::optional<std::string> bytes;
    std::string sha256;
    bool changed = false;
  };
  const validate::Validator validator(roadmap, setup->registry_or_null(), request.reader);
  const auto prepare = [&](std::size_t i) {
    Prepared file;
    const FileStamp stamp = stamp_of(files[i]);
    file.report = validator.check_alone(files[i]);
    file.bytes = io::read_file(files[i]);
    file.changed = file.bytes && !same_stamp(stamp, stamp_of(files[i]));
    if (file.bytes && !file.changed) file.sha256 = store::sha256_hex(*file.bytes);
    return file;
  };
  // Excel 97-2003 files are read by a child process: checked before any worker starts.
  std::vector<std::optional<Prepared>> early(files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    if (io::table_format(files[i]) == io::TableFormat::xls) early[i] = prepare(i);
  listener.reading(files.size());
  constexpr std::size_t kWindow = 256;  // files held at once, ahead of the writer
  exec::run_in_order<Prepared>(
      files.size(), request.threads, kWindow,
      [&](std::size_t i) { return early[i] ? std::move(*early[i]) : prepare(i); },
      [&](std::size_t i, Prepared file) {
        const std::string& path = files[i];
        if (failed) return;
        if (!file.bytes) {
          result.not_stored.push_back({path, {"файл не прочитан", "the file could not be read"}});
          return;
        }
        if (file.changed) {
          result.not_stored.push_back(
              {path, {"файл изменился, пока его читали; добавьте его ещё раз", "the file changed while it was read; add it again"}});
          return;
        }
        diag::FileReport& report = file.report;
        if (const auto shown = request.names.find(path); shown != request.names.end()) report.path = shown->second;
        if (!request.only_org.empty()) {
          std::vector<std::string> others;
          // Another school of the registry: its data must not come in through this link. A code
          // the registry lacks (a typo of its own) is a finding, not another school.
          for (const auto& sub : report.submissions)
            if (sub.org_id != request.only_org && (!setup->registry || setup->registry->find(sub.org_id)) &&
                std::find(others.begin(), others.end(), sub.org_id) == others.end())
              others.push_back(sub.org_id);
          if (!others.empty()) {
            const std::string list = fmt::format("{}", fmt::join(others, ", "));
            result.not_stored.push_back(
                {report.path,
                 {fmt::format("в файле строки другой организации ({}); пришлите отчёт только своей организации ({})", list,
                              request.only_org),
                  fmt::format("the file holds rows of another organization ({}); send your own organization's report "
                              "only ({})",
                              list, request.only_org)}});
            return;
          }
          if (report.submissions.empty()) report.named_org = request.only_org;
        }
        for (const auto& sub : report.submissions)
          if (sub.period != diag::SubmissionOutcome::kNoPeriod) ++submissions_for[sub.period];
        std::optional<std::size_t> period = by_date;
        for (std::size_t p = 0, most = 0; p < submissions_for.size(); ++p)
          if (submissions_for[p] > 0 && submissions_for[p] >= most) most = submissions_for[p], period = p;
        const std::string fallback = period ? roadmap.periods[*period].label : std::string{};
        store::NewReceipt receipt;
        receipt.name = request.names.count(path) ? request.names.at(path) : fs::path(path).filename().string();
        receipt.bytes = std::move(*file.bytes);
        receipt.sha256 = std::move(file.sha256);
        receipt.received_at = received_at;
        receipt.source = request.source;
        receipt.roadmap_version = setup->store->roadmap.id;
        if (setup->registry) receipt.registry_version = setup->store->registry.id;
        receipt.format = report.format;
        receipt.encoding = report.encoding;
        receipt.sheet = report.sheet;
        if (report.rows) receipt.rows = static_cast<std::int64_t>(*report.rows);
        receipt.errors = static_cast<std::int64_t>(report.errors());
        receipt.warnings = static_cast<std::int64_t>(report.warnings());
        for (const auto& d : report.findings) receipt.findings.push_back(stored(d));
        for (const auto& note : report.notes)
          receipt.findings.push_back({"note", "note", note.pos.line, note.pos.column, note.pos.sheet, {}, {}, note.message, {}});
        receipt.orgs = org_outcomes(report, roadmap, setup->registry_or_null(), fallback);
        batch.bytes += receipt.bytes.size();
        batch.files.push_back({std::move(report), 0, receipt.orgs});
        batch.receipts.push_back(std::move(receipt));
        if (batch.receipts.size() >= kBatchFiles || batch.bytes >= kBatchBytes) flush();
      });
  flush();
  {
    std::lock_guard lock(mutex);
    closing = true;
  }
  changed.notify_all();
  writer.join();
  listener.read_all();
  if (!result.added.empty())
    store.audit(store::utc_now(), "add",
                fmt::format("{} files ({}), received {}", result.added.size(), store::source_key(request.source), received_at));
  return result;
}

ValidateOutcome store_status(const Sources& sources, const std::string& period, const calendar::Date& today,
                             Listener& listener) {
  ValidateRequest request;
  request.sources = sources;
  request.sources.store.period = period;
  request.period = period;
  request.today = today;
  request.list_missing = true;
  return validate(request, listener);
}

StoreHistory store_history(const std::string& path, const std::string& org_id) {
  StoreHistory history;
  Stop stop;
  auto opened = open_store(path, stop);
  if (!opened) {
    history.stop = std::move(stop);
    return history;
  }
  store::Store& store = *opened;
  const auto receipts = store.receipts();
  std::set<std::int64_t> current;
  for (const auto* receipt : store::current_receipts(receipts)) current.insert(receipt->id);
  std::map<std::pair<std::string, std::string>, std::string> last;
  for (const auto& receipt : receipts) {
    HistoryEvent event;
    event.at = receipt.received_at;
    event.current = current.count(receipt.id) > 0;
    bool concerns = org_id.empty();
    for (const auto& org : receipt.orgs) {
      std::string& before = last[{org.org_id, org.period}];
      if (org_id.empty() || org.org_id == org_id) {
        event.changes.push_back({org, before});
        concerns = true;
      }
      before = org.status;
    }
    if (!concerns) continue;
    event.receipt = receipt;
    history.events.push_back(std::move(event));
  }
  for (const auto kind : {store::SetupKind::roadmap, store::SetupKind::registry})
    for (const auto& version : store.setup_versions(kind)) {
      HistoryEvent event;
      event.at = version.added_at;
      event.version = version;
      history.events.push_back(std::move(event));
    }
  std::stable_sort(history.events.begin(), history.events.end(),
                   [](const HistoryEvent& a, const HistoryEvent& b) { return a.at < b.at; });
  return history;
}

StoreExportOutcome store_export(const StoreExportRequest& request) {
  StoreExportOutcome result;
  Stop stop;
  const auto copy = copy_store({{}, {}, {}, {}, 1, {request.store, request.period, false}}, stop);
  if (!copy) {
    result.stop = std::move(stop);
    return result;
  }
  std::optional<std::string> period;
  if (!request.period.empty()) {
    diag::DiagnosticList ignored;
    const auto roadmap = roadmap::load_roadmap_file(copy->sources.roadmap, ignored);
    if (roadmap)
      if (const auto p = roadmap->find_period(request.period)) period = roadmap->periods[*p].label;
    result.period = period.value_or(request.period);
  }
  auto opened = open_store(request.store, stop);
  if (!opened) {
    result.stop = std::move(stop);
    return result;
  }
  std::error_code ec;
  fs::create_directories(request.out_dir, ec);
  if (ec || !fs::is_directory(request.out_dir)) {
    result.stop = Stop{diag::msg::cannot_write_output(request.out_dir, diag::msg::os_reason(ec ? ec.value() : ENOTDIR)), {}};
    return result;
  }
  const auto receipts = opened->receipts();
  for (const auto& file : export_names(store::current_receipts(receipts, period))) {
    const std::string target = (fs::path(request.out_dir) / file.name).string();
    const auto bytes = opened->blob(file.receipt->sha256);
    io::OutputFile out;
    if (!bytes || !out.open(target) || !out.write(*bytes) || !out.commit()) {
      result.stop = Stop{diag::msg::cannot_write_output(target, bytes ? out.error() : vocab::Localized{"нет содержимого в хранилище", "no content in the store"}), {}};
      return result;
    }
    result.written.push_back(target);
  }
  opened->audit(store::utc_now(), "export", fmt::format("{} files, period {}", result.written.size(), period.value_or("all")));
  return result;
}

StoreCheckOutcome store_check(const std::string& path) {
  StoreCheckOutcome result;
  Stop stop;
  auto opened = open_store(path, stop);
  if (!opened) {
    result.stop = std::move(stop);
    return result;
  }
  result.problems = opened->check();
  result.schema = opened->found_schema_version();
  store::Statement count = opened->database().prepare("SELECT (SELECT count(*) FROM receipt), (SELECT coalesce(sum(size), 0) FROM blob)");
  if (count.step()) {
    result.receipts = static_cast<std::size_t>(count.integer(0));
    result.blobs_bytes = static_cast<std::size_t>(count.integer(1));
  }
  return result;
}

}  // namespace rmt::run
