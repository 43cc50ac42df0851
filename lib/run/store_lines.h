// What roadmap-store says about its jobs (SPEC.md §15), in both languages:
// one home for the words the command line and the intake service both show.
#pragma once

#include <cstdint>
#include <string>

#include "store/store.h"
#include "vocab/lang.h"

namespace rmt::run::store_lines {

/// «папка», «почта», «веб-форма».
vocab::Localized source_label(const std::string& key);
/// «принят», «отклонён», «файл не прочитан» for a receipt's organization status key.
vocab::Localized receipt_status_label(const std::string& key);
/// «дорожная карта» / «реестр организаций».
vocab::Localized setup_kind_label(store::SetupKind kind);
/// «12,3 КБ», «1,2 МБ».
vocab::Localized size_text(std::int64_t bytes);

vocab::Localized store_created(const std::string& store);
/// «реестр организаций: версия 2 (orgs.csv), действует с периода 2026».
vocab::Localized version_line(const store::SetupVersion& version);
vocab::Localized version_unchanged(const store::SetupVersion& version);
/// «принято в хранилище: 12 файлов (приёмы № 5–16), без ошибок 9, с ошибками 3».
vocab::Localized files_stored(std::size_t files, std::int64_t first, std::int64_t last, std::size_t clean);
vocab::Localized file_not_stored(const std::string& path, const vocab::Localized& reason);
/// «04.12.2026 18:05  приём № 5  school-01.csv  (12,3 КБ, папка; ошибок 2, предупреждений 0)».
vocab::Localized receipt_line(const store::Receipt& receipt);
/// «SCH-01 за 2026: отклонён (было: принят)».
vocab::Localized change_line(const store::OrgOutcome& org, const std::string& before);
/// «выгружено 12 файлов в out/ (период 2026)».
vocab::Localized exported(std::size_t files, const std::string& out_dir, const std::string& period);
/// «хранилище в порядке: 120 приёмов, 612,0 МБ файлов, схема 1».
vocab::Localized check_ok(std::size_t receipts, std::size_t bytes, int schema);
vocab::Localized check_failed(std::size_t problems);

}  // namespace rmt::run::store_lines
