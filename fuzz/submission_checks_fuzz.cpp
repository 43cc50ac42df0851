// Fuzz target: the checks and the merge of one submission, against the real
// Nizhnevartovsk roadmap and the demo registry.
//
// Checked on every input: checking and merging never crash; the merged CSV
// is itself a clean submission: merged again it has no error and gives the
// same bytes (docs/merge.md).
#include <cstdlib>
#include <string>

#include "fuzz_input.h"
#include "merge/merged_csv.h"
#include "merge/merger.h"
#include "registry/loader.h"
#include "roadmap/loader.h"

using namespace rmt;

namespace {

struct Fixture {
  roadmap::Roadmap roadmap;
  registry::Registry registry;
};

const Fixture& fixture() {
  static const Fixture loaded = [] {
    diag::DiagnosticList findings;
    auto roadmap = roadmap::load_roadmap_file(RMT_SOURCE_DIR "/data/nizhnevartovsk-mentoring-2026.yaml", findings);
    auto registry = registry::load_registry(RMT_SOURCE_DIR "/examples/orgs.csv", findings);
    if (!roadmap || !registry) fuzz::violated("the fixture roadmap or registry did not load");
    return Fixture{std::move(*roadmap), std::move(*registry)};
  }();
  return loaded;
}

std::string merge_one(const std::string& path, std::size_t* errors) {
  const Fixture& f = fixture();
  merge::MergeOptions options;
  options.reader.limits.max_field_bytes = 4096;
  options.reader.limits.max_row_cells = 256;
  merge::Merger merger(f.roadmap, &f.registry, options);
  merger.add_file(path);
  (void)merger.finish();
  if (errors) *errors = merger.reports().front().errors();
  std::string merged;
  merge::write_merged_csv(merger, [&](std::string_view bytes) {
    merged += bytes;
    return true;
  });
  return merged;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::MemoryFile input(fuzz::as_text(data, size));
  const std::string merged = merge_one(input.path(), nullptr);
  const fuzz::MemoryFile again(merged);
  std::size_t errors = 0;
  if (merge_one(again.path(), &errors) != merged) fuzz::violated("merging the merged CSV changed it");
  if (errors != 0) fuzz::violated("the merged CSV has errors");
  return 0;
}
