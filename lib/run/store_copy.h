// A store read as a program reads files (SPEC.md §15): the roadmap and the
// registry versions in force for the period asked, and the current receipt
// of every organization for every period, written into a private folder
// under the names `roadmap-store export` gives them. The programs then read
// that folder exactly as they read the export, so that their results are the
// same, and findings name each file by the name it was received under.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "roadmap/roadmap.h"
#include "run/sources.h"
#include "store/store.h"

namespace rmt::run {

/// The versions in force for a period: the newest whose `from_period` is
/// that period or an earlier one; the first when none is.
const store::SetupVersion* version_for(const std::vector<store::SetupVersion>& versions,
                                       const roadmap::Roadmap& roadmap, std::size_t period);

/// Each current receipt (store::current_receipts) and the name it is
/// written out under, in the order a folder of them is read: its received
/// name made safe and unique (store/file_names.h); a file whose rows name
/// nobody, under its organization's code («SCH-07.xlsx»), so that every
/// program counts it for that organization as the store did.
struct ExportedFile {
  const store::Receipt* receipt = nullptr;
  std::string name;
};
std::vector<ExportedFile> export_names(const std::vector<const store::Receipt*>& current);

class StoreCopy {
 public:
  StoreCopy() = default;
  ~StoreCopy();  // removes the folder
  StoreCopy(const StoreCopy&) = delete;
  StoreCopy& operator=(const StoreCopy&) = delete;

  /// What to read: the copy's roadmap, registry and folder of files, with
  /// `reader.shown_prefix` set so findings name the files as received.
  Sources sources;
  std::string folder;  ///< the private folder, removed with the copy
  store::SetupVersion roadmap, registry;
};

/// Opens `base.store` and writes its copy (the current receipts too when
/// `base.store.files`; else the roadmap and registry only, no inputs): the
/// reader options and threads of `base` are kept. nullptr, with `stop`
/// saying why, when the store cannot be opened or read, has no roadmap, does
/// not know the period, or the copy cannot be written.
std::shared_ptr<StoreCopy> copy_store(const Sources& base, Stop& stop);

}  // namespace rmt::run
