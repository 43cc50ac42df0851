#include "run/store_lines.h"

#include <fmt/format.h>

#include "outcome/organization_status.h"
#include "store/moment.h"

namespace rmt::run::store_lines {

using vocab::Localized;
using vocab::ru_plural;

Localized source_label(const std::string& key) {
  if (key == "mail") return {"почта", "mail"};
  if (key == "web") return {"веб-форма", "web form"};
  return {"папка", "folder"};
}

Localized receipt_status_label(const std::string& key) {
  if (key == "accepted") return outcome::org_status_label(outcome::OrgStatus::accepted);
  if (key == "rejected") return outcome::org_status_label(outcome::OrgStatus::rejected);
  if (key == "unreadable") return outcome::org_status_label(outcome::OrgStatus::unreadable);
  return {key, key};
}

Localized setup_kind_label(store::SetupKind kind) {
  return kind == store::SetupKind::roadmap ? Localized{"дорожная карта", "roadmap"}
                                           : Localized{"реестр организаций", "organization registry"};
}

Localized size_text(std::int64_t bytes) {
  const double b = static_cast<double>(bytes);
  if (bytes < 1024) return {fmt::format("{} Б", bytes), fmt::format("{} B", bytes)};
  const bool mega = bytes >= 1024 * 1024;
  const double value = mega ? b / (1024.0 * 1024.0) : b / 1024.0;
  std::string ru = fmt::format("{:.1f}", value);
  std::replace(ru.begin(), ru.end(), '.', ',');
  return {ru + (mega ? " МБ" : " КБ"), fmt::format("{:.1f} {}", value, mega ? "MB" : "KB")};
}

Localized store_created(const std::string& store) {
  return {fmt::format("хранилище создано: {}", store), fmt::format("store created: {}", store)};
}

Localized version_line(const store::SetupVersion& v) {
  const Localized kind = setup_kind_label(v.kind);
  return {fmt::format("{}: версия {} ({}), действует с периода {}", kind.ru, v.number, v.name, v.from_period),
          fmt::format("{}: version {} ({}), in force from period {}", kind.en, v.number, v.name, v.from_period)};
}

Localized version_unchanged(const store::SetupVersion& v) {
  const Localized kind = setup_kind_label(v.kind);
  return {fmt::format("{}: не изменился, остаётся версия {} ({})", kind.ru, v.number, v.name),
          fmt::format("{}: unchanged, version {} ({}) stays", kind.en, v.number, v.name)};
}

Localized files_stored(std::size_t files, std::int64_t first, std::int64_t last, std::size_t clean) {
  const std::string range = files == 0 ? "" : first == last ? fmt::format("{}", first) : fmt::format("{}–{}", first, last);
  if (files == 0) return {"в хранилище ничего не принято", "nothing was received into the store"};
  return {fmt::format("принято в хранилище: {} {} (приём{} № {}), без ошибок {}, с ошибками {}", files,
                      ru_plural(files, "файл", "файла", "файлов"), files == 1 ? "" : "ы", range, clean, files - clean),
          fmt::format("received into the store: {} file{} (receipt{} {}), {} without errors, {} with errors", files,
                      files == 1 ? "" : "s", files == 1 ? "" : "s", range, clean, files - clean)};
}

Localized file_not_stored(const std::string& path, const Localized& reason) {
  return {fmt::format("{}: не принят в хранилище: {}", path, reason.ru),
          fmt::format("{}: not received into the store: {}", path, reason.en)};
}

Localized receipt_line(const store::Receipt& r) {
  const std::string when = store::local_moment(r.received_at);
  const Localized size = size_text(r.size), source = source_label(r.source);
  return {fmt::format("{}  приём № {}  {}  ({}, {}; ошибок {}, предупреждений {})", when, r.id, r.name, size.ru, source.ru,
                      r.errors, r.warnings),
          fmt::format("{}  receipt {}  {}  ({}, {}; {} errors, {} warnings)", when, r.id, r.name, size.en, source.en,
                      r.errors, r.warnings)};
}

Localized change_line(const store::OrgOutcome& org, const std::string& before) {
  const Localized now = receipt_status_label(org.status);
  if (before.empty() || before == org.status)
    return {fmt::format("{} за {}: {}", org.org_id, org.period, now.ru),
            fmt::format("{} for {}: {}", org.org_id, org.period, now.en)};
  const Localized was = receipt_status_label(before);
  return {fmt::format("{} за {}: {} (было: {})", org.org_id, org.period, now.ru, was.ru),
          fmt::format("{} for {}: {} (was: {})", org.org_id, org.period, now.en, was.en)};
}

Localized exported(std::size_t files, const std::string& out_dir, const std::string& period) {
  return {fmt::format("выгружено {} {} в {}{}", files, ru_plural(files, "файл", "файла", "файлов"), out_dir,
                      period.empty() ? " (все периоды)" : " (период " + period + ")"),
          fmt::format("{} file{} written into {}{}", files, files == 1 ? "" : "s", out_dir,
                      period.empty() ? " (every period)" : " (period " + period + ")")};
}

Localized check_ok(std::size_t receipts, std::size_t bytes, int schema) {
  const Localized size = size_text(static_cast<std::int64_t>(bytes));
  return {fmt::format("хранилище в порядке: {} {}, {} файлов, схема {}", receipts,
                      ru_plural(receipts, "приём", "приёма", "приёмов"), size.ru, schema),
          fmt::format("the store is sound: {} receipt{}, {} of files, schema {}", receipts, receipts == 1 ? "" : "s",
                      size.en, schema)};
}

Localized check_failed(std::size_t problems) {
  return {fmt::format("хранилище повреждено: {} {}", problems, ru_plural(problems, "нарушение", "нарушения", "нарушений")),
          fmt::format("the store is damaged: {} problem{}", problems, problems == 1 ? "" : "s")};
}

}  // namespace rmt::run::store_lines
