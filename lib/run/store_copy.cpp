#include "run/store_copy.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "diag/messages.h"
#include "io/inputs.h"
#include "roadmap/loader.h"
#include "store/file_names.h"

namespace rmt::run {
namespace fs = std::filesystem;

const store::SetupVersion* version_for(const std::vector<store::SetupVersion>& versions,
                                       const roadmap::Roadmap& roadmap, std::size_t period) {
  const store::SetupVersion* chosen = nullptr;
  for (const auto& version : versions) {
    const auto from = roadmap.period_index(version.from_period);
    if (!from || *from <= period) chosen = &version;
  }
  return chosen ? chosen : (versions.empty() ? nullptr : &versions.front());
}

std::vector<ExportedFile> export_names(const std::vector<const store::Receipt*>& current) {
  // A file whose rows name nobody (it could not be read) counts for its
  // organization only by its name: one received through a school's link
  // under another name is written out under the school's code.
  std::vector<std::string> received;
  for (const auto* receipt : current) {
    bool named_only = !receipt->orgs.empty();
    for (const auto& org : receipt->orgs) named_only &= org.rows == 0 && org.org_id == receipt->orgs.front().org_id;
    const std::string safe = store::safe_file_name(receipt->name);
    const auto dot = safe.rfind('.');
    received.push_back(named_only ? receipt->orgs.front().org_id + (dot == std::string::npos ? "" : safe.substr(dot))
                                  : receipt->name);
  }
  const auto names = store::unique_file_names(received);
  std::vector<ExportedFile> files;
  for (std::size_t i = 0; i < current.size(); ++i) files.push_back({current[i], names[i]});
  std::sort(files.begin(), files.end(),
            [](const ExportedFile& a, const ExportedFile& b) { return io::natural_less(a.name, b.name); });
  return files;
}

StoreCopy::~StoreCopy() {
  std::error_code ignored;
  if (!folder.empty()) fs::remove_all(folder, ignored);
}

namespace {

bool write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return static_cast<bool>(out);
}

Stop copy_failed(const std::string& path) {
  return {diag::msg::cannot_write_output(path, diag::msg::os_reason(errno ? errno : EIO)), {}};
}

// Where the copy goes: $TMPDIR when the user set it; else memory (/dev/shm)
// when it has room for the files twice over, since creating tens of
// thousands of small files on a journalled disk costs more than reading them;
// else the system's temporary folder.
fs::path copy_base(std::uintmax_t bytes) {
  const char* tmpdir = std::getenv("TMPDIR");
  if (!(tmpdir && *tmpdir)) {
    std::error_code ec;
    const fs::space_info shm = fs::space("/dev/shm", ec);
    if (!ec && fs::is_directory("/dev/shm") && access("/dev/shm", W_OK | X_OK) == 0 &&
        shm.available > 2 * bytes + (64u << 20))
      return "/dev/shm";
  }
  return fs::temp_directory_path();
}

// Copies left by programs that were killed (kill -9 leaves no chance to
// clean up): «rmt-store-<pid>-…» whose process is gone.
void remove_abandoned_copies(const fs::path& base) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(base, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("rmt-store-", 0) != 0) continue;
    const long pid = std::strtol(name.c_str() + 10, nullptr, 10);
    if (pid <= 0 || pid == static_cast<long>(getpid())) continue;
    if (kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
  }
}

Stop store_stop(std::string_view ru, std::string_view en) { return {{std::string(ru), std::string(en)}, {}}; }

// Writes a version's bytes into a hidden folder of the copy (a folder reader passes it over).
std::optional<std::string> write_version(store::Store& store, const store::SetupVersion& version,
                                         const std::string& folder, Stop& stop) {
  const auto bytes = store.blob(version.sha256);
  if (!bytes) {
    stop = store_stop(fmt::format("в хранилище нет содержимого версии {} ({})", version.id, version.name),
                      fmt::format("the store lacks the content of version {} ({})", version.id, version.name));
    return std::nullopt;
  }
  const fs::path dir = fs::path(folder) / fmt::format(".{}-v{}", store::setup_kind_key(version.kind), version.number);
  std::error_code ec;
  fs::create_directories(dir, ec);
  const std::string path = (dir / store::safe_file_name(version.name)).string();
  if (ec || !write_bytes(path, *bytes)) {
    stop = copy_failed(path);
    return std::nullopt;
  }
  return path;
}

}  // namespace

std::shared_ptr<StoreCopy> copy_store(const Sources& base, Stop& stop) {
  store::Store store;
  if (!store.open(base.store.path)) {
    stop = {store.error(), {}};
    return nullptr;
  }
  const auto roadmaps = store.setup_versions(store::SetupKind::roadmap);
  const auto registries = store.setup_versions(store::SetupKind::registry);
  if (roadmaps.empty()) {
    stop = store_stop("в хранилище нет дорожной карты (roadmap-store init -r …)",
                      "the store holds no roadmap (roadmap-store init -r …)");
    return nullptr;
  }
  const auto receipts = base.store.files ? store.receipts() : std::vector<store::Receipt>{};
  const auto current = store::current_receipts(receipts);
  std::uintmax_t bytes = 0;
  for (const auto* receipt : current) bytes += static_cast<std::uintmax_t>(receipt->size);
  auto copy = std::make_shared<StoreCopy>();
  const fs::path base_dir = copy_base(bytes);
  remove_abandoned_copies(base_dir);
  std::string pattern = (base_dir / fmt::format("rmt-store-{}-XXXXXX", getpid())).string();
  if (!mkdtemp(pattern.data())) {
    stop = copy_failed(pattern);
    return nullptr;
  }
  copy->folder = pattern;

  // The newest roadmap tells the period asked; the versions in force for it are read.
  auto newest = write_version(store, roadmaps.back(), copy->folder, stop);
  if (!newest) return nullptr;
  diag::DiagnosticList ignored;
  const auto roadmap = roadmap::load_roadmap_file(*newest, ignored);
  if (!roadmap) {
    stop = store_stop("дорожная карта в хранилище не читается", "the store's roadmap cannot be read");
    return nullptr;
  }
  std::size_t period = roadmap->periods.empty() ? 0 : roadmap->periods.size() - 1;
  if (!base.store.period.empty()) {
    const auto asked = roadmap->find_period(base.store.period);
    if (!asked) {
      stop = {diag::msg::unknown_period_option(base.store.period, roadmap->period_list()), {}};
      return nullptr;
    }
    period = *asked;
  }
  copy->roadmap = *version_for(roadmaps, *roadmap, period);
  const auto roadmap_path = copy->roadmap.id == roadmaps.back().id ? newest : write_version(store, copy->roadmap, copy->folder, stop);
  if (!roadmap_path) return nullptr;
  std::string registry_path;
  if (const auto* registry = version_for(registries, *roadmap, period)) {
    copy->registry = *registry;
    const auto path = write_version(store, *registry, copy->folder, stop);
    if (!path) return nullptr;
    registry_path = *path;
  }

  copy->sources = base;
  copy->sources.store = {};
  copy->sources.roadmap = *roadmap_path;
  copy->sources.registry = registry_path;
  copy->sources.reader.shown_prefix = copy->folder + "/";
  if (!base.store.files) {
    copy->sources.inputs.clear();
    return copy;
  }
  for (const auto& file : export_names(current)) {
    const auto bytes = store.blob(file.receipt->sha256);
    const std::string path = (fs::path(copy->folder) / file.name).string();
    if (!bytes) {
      stop = store_stop(fmt::format("в хранилище нет содержимого файла {} (приём {})", file.receipt->name, file.receipt->id),
                        fmt::format("the store lacks the content of {} (receipt {})", file.receipt->name, file.receipt->id));
      return nullptr;
    }
    if (!write_bytes(path, *bytes)) {
      stop = copy_failed(path);
      return nullptr;
    }
  }
  copy->sources.inputs = {copy->folder};
  return copy;
}

}  // namespace rmt::run
