// roadmap-merge's job (SPEC.md §7): every input read and merged into one
// normalized CSV with provenance, written atomically; the JSON findings
// document beside it when asked for a file.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/inputs.h"
#include "merge/merger.h"
#include "outcome/organization_status.h"
#include "run/setup.h"

namespace rmt::run {

struct MergeRequest {
  Sources sources;
  merge::MergeOptions merge;  ///< its reader options are taken from `sources`
  std::string output;         ///< the merged CSV; "-" for standard output
  std::string report_path;    ///< the JSON findings document's file; empty: none
  vocab::Lang lang = vocab::Lang::ru;  ///< of the document
  bool strict = false;               ///< warnings make a file invalid, in the document
};

struct MergeOutcome {
  std::unique_ptr<Setup> setup;  ///< null when the run stopped first; held for `merger`, which refers to it
  io::InputList inputs;
  std::unique_ptr<merge::Merger> merger;
  std::vector<diag::FileReport> files;  ///< every input's report, then the registry's (when it has anything)
  std::vector<outcome::OrganizationStatus> statuses;
  std::optional<Stop> stop;

};

MergeOutcome merge(const MergeRequest& request, Listener& listener);

}  // namespace rmt::run
