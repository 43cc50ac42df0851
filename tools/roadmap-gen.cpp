// roadmap-gen: writes a deterministic, realistic submission set for a
// roadmap (see generator.h), for the benchmark and for tests at scale.
//
//   roadmap-gen -r data/nizhnevartovsk-mentoring-2026.yaml -n 40000 --layout per-org /tmp/set
#include <cstdio>
#include <exception>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "diag/render.h"
#include "diag/sink.h"
#include "generator.h"
#include "roadmap/loader.h"

int main(int argc, char** argv) {
  CLI::App app{"Writes a deterministic submission set: a registry, submissions and the findings they must produce"};
  std::string roadmap_path, out_dir, layout = "per-org";
  rmt::tools::GeneratorOptions options;
  app.add_option("-r,--roadmap", roadmap_path, "roadmap YAML")->required();
  app.add_option("-n,--organizations", options.organizations, "how many organizations")->required();
  app.add_option("--layout", layout, "per-org (one file each) or combined (one file)")
      ->check(CLI::IsMember({"per-org", "combined"}));
  app.add_option("--seed", options.seed, "same seed, same bytes");
  app.add_option("--period", options.period, "period label (default: the roadmap's first)");
  app.add_option("--mistakes", options.mistake_share, "share of organizations with a mistake")->check(CLI::Range(0.0, 1.0));
  app.add_option("--silent", options.silent_share, "share of organizations that send nothing")->check(CLI::Range(0.0, 1.0));
  app.add_option("--resubmissions", options.resubmit_share, "share that send a second file")->check(CLI::Range(0.0, 1.0));
  app.add_option("out_dir", out_dir, "output directory (orgs.csv, submissions/, expected.csv)")->required();
  CLI11_PARSE(app, argc, argv);
  options.layout = layout == "combined" ? rmt::tools::Layout::combined : rmt::tools::Layout::per_org;

  rmt::diag::DiagnosticList findings;
  const auto roadmap = rmt::roadmap::load_roadmap_file(roadmap_path, findings);
  if (!roadmap) {
    for (const auto& d : findings.items()) std::fputs(rmt::diag::render_text(d, rmt::vocab::Lang::ru).c_str(), stderr);
    return 2;
  }
  try {
    const auto set = rmt::tools::generate(*roadmap, options, out_dir);
    std::map<std::string, std::size_t> codes;
    for (const auto& e : set.expected) ++codes[e.program + " " + e.code];
    fmt::print("{} submission files, {} rows, {:.1f} MB; registry {}\n", set.submissions.size(), set.submission_rows,
               static_cast<double>(set.submission_bytes) / 1e6, set.registry.string());
    for (const auto& [code, count] : codes) fmt::print("  expected {:>5} × {}\n", count, code);
  } catch (const std::exception& error) {
    fmt::print(stderr, "roadmap-gen: {}\n", error.what());
    return 2;
  }
  return 0;
}
