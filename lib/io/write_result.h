// What every writer says about a file it was to write (a workbook, a
// document, a letter, a copy, a template, any atomic output): nothing when
// it was written; else which file and why, in both languages, so the reason
// reaches a Russian reader in Russian.
#pragma once

#include <string>
#include <utility>

#include "vocab/lang.h"

namespace rmt::io {

struct WriteResult {
  std::string path;         ///< the file that could not be written; "" when written
  vocab::Localized reason;  ///< why; empty when written

  bool ok() const { return reason.empty(); }
  static WriteResult failed(std::string path, vocab::Localized reason) { return {std::move(path), std::move(reason)}; }
};

}  // namespace rmt::io
