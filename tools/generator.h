// A deterministic generator of realistic submission sets, for the benchmark
// and for tests at scale (docs/performance.md).
//
// For N organizations of a roadmap it writes a registry and their
// submissions, either one file per organization or one combined file, in the
// dialects analysts receive (Windows-1251 with ';' and CRLF from Excel, UTF-8
// with a BOM, UTF-8 with commas from other programs), with Russian comments
// and evidence, a small share of the mistakes of SPEC.md §6, organizations
// that sent nothing and resubmissions that agree or conflict. Every
// deliberate mistake is also listed with the finding it must produce, so
// tests can hold the programs to it. The same options give the same bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "roadmap/roadmap.h"

namespace rmt::tools {

enum class Layout { per_org, combined };

struct GeneratorOptions {
  std::size_t organizations = 60;
  std::uint64_t seed = 1;
  Layout layout = Layout::per_org;
  std::string period;           ///< a period label of the roadmap; empty: the first
  double mistake_share = 0.03;  ///< organizations whose submission holds one mistake
  double silent_share = 0.01;   ///< organizations that send nothing
  double resubmit_share = 0.005;  ///< organizations that send a second file (half of them conflicting)
};

/// A finding a program must report for a deliberate mistake. `file` is
/// relative to the output directory, as the programs show it when run there.
struct ExpectedFinding {
  std::string program;  ///< "validate" or "merge"
  std::string file;
  std::uint32_t line = 0;
  std::string code;
};

struct GeneratedSet {
  std::filesystem::path registry;                  ///< orgs.csv
  std::vector<std::filesystem::path> submissions;  ///< in sorted order
  std::uint64_t submission_bytes = 0;
  std::uint64_t submission_rows = 0;  ///< data rows, blank ones not counted
  std::vector<ExpectedFinding> expected;
};

/// Writes the set under `out_dir` (orgs.csv, submissions/, expected.csv),
/// first emptying submissions/ of an earlier set, and returns what it wrote. Throws std::runtime_error when a file cannot be written.
GeneratedSet generate(const roadmap::Roadmap& roadmap, const GeneratorOptions& options,
                      const std::filesystem::path& out_dir);

}  // namespace rmt::tools
