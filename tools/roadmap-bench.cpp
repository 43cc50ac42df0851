// roadmap-bench: the national-scale benchmark (docs/performance.md).
//
// For each size and layout it writes a deterministic set (generator.h), then
// runs, `--repeat` times each: the floor of reading the bytes (`cat` of the
// same files to /dev/null), roadmap-validate, roadmap-merge, roadmap-render, roadmap-report, roadmap-feedback
// from the merged CSV, and the libxlsxwriter floor for that workbook
// (xlsx-floor). It prints a Markdown table of medians: wall time, rows/s,
// MB/s, peak RSS and the ratio of each step to its floor.
//
//   build/tools/roadmap-bench --sizes 60,700,40000 --repeat 3
//
// Programs run as child processes; wall time is measured around each, peak
// RSS is the child's own (wait4's ru_maxrss). Nothing here asserts a time:
// the figures are for people to read.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "csv/reader.h"
#include "diag/sink.h"
#include "roadmap/loader.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;

struct Run {
  double seconds = 0;
  long peak_kib = 0;
  int status = 0;
};

// Runs `argv` with stdout to `out` and stderr to `log` (both appended), and
// measures it. The child is spawned from this small process: Linux counts
// the parent's memory at exec in a child's peak RSS, so the generator runs
// as a program of its own rather than in here.
Run run_program(const std::vector<std::string>& argv, const fs::path& log, const fs::path& out = {}) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, (out.empty() ? log : out).c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  const auto started = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + argv[0]);
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) < 0) throw std::runtime_error("wait4 failed for " + argv[0]);
  Run run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.peak_kib = usage.ru_maxrss;
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

// `cat` of every file to /dev/null, in as few processes as the argument
// limit allows (one for 40,000 files with short names).
Run cat_floor(const std::vector<fs::path>& files, const fs::path& log) {
  Run total;
  std::vector<std::string> argv{"/bin/cat"};
  std::size_t bytes = 0;
  const auto flush = [&] {
    if (argv.size() == 1) return;
    const Run run = run_program(argv, log, "/dev/null");
    total.seconds += run.seconds;
    total.peak_kib = std::max(total.peak_kib, run.peak_kib);
    total.status = std::max(total.status, run.status);
    argv.resize(1);
    bytes = 0;
  };
  for (const auto& file : files) {
    if (bytes > 1'000'000) flush();
    argv.push_back(file.string());
    bytes += file.string().size() + 9;
  }
  flush();
  return total;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Step {
  std::string name;
  std::vector<double> seconds;
  std::vector<double> peak_mb;
  std::uint64_t rows = 0, bytes = 0;
  std::string floor_name;
  std::vector<double> floor_seconds;
};

struct GeneratedFiles {
  fs::path registry;
  std::vector<fs::path> submissions;
  std::uint64_t submission_bytes = 0, submission_rows = 0;
};

// Runs roadmap-gen and lists what it wrote.
GeneratedFiles generate(const fs::path& gen, const fs::path& roadmap, std::size_t n, const std::string& layout,
                        std::uint64_t seed, const fs::path& dir, const fs::path& log) {
  const fs::path summary = dir / "generated.txt";
  fs::remove(summary);
  const Run run = run_program({gen.string(), "-r", roadmap.string(), "-n", std::to_string(n), "--layout", layout,
                               "--seed", std::to_string(seed), dir.string()},
                              log, summary);
  if (run.status != 0) throw std::runtime_error("roadmap-gen failed (see " + log.string() + ")");
  GeneratedFiles set;
  set.registry = dir / "orgs.csv";
  std::ifstream text(summary);
  std::size_t files = 0;
  std::string word;
  text >> files >> word >> word >> set.submission_rows;  // "N submission files, R rows, ..."
  for (const auto& entry : fs::directory_iterator(dir / "submissions")) {
    set.submissions.push_back(entry.path());
    set.submission_bytes += entry.file_size();
  }
  std::sort(set.submissions.begin(), set.submissions.end());
  if (set.submissions.size() != files || set.submission_rows == 0)
    throw std::runtime_error("unexpected roadmap-gen summary in " + summary.string());
  return set;
}

std::uint64_t count_records(const fs::path& csv) {
  rmt::diag::DiagnosticList findings;
  rmt::csv::Reader reader(csv.string(), csv.string(), findings);
  rmt::csv::Record record;
  std::uint64_t records = 0;
  while (reader.next(record)) records += !record.blank();
  return records > 0 ? records - 1 : 0;  // the header
}

std::string machine() {
  std::string cpu = "unknown CPU";
  std::ifstream info("/proc/cpuinfo");
  for (std::string line; std::getline(info, line);)
    if (line.starts_with("model name")) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  utsname names{};
  uname(&names);
  return fmt::format("{} × {}, Linux {}", sysconf(_SC_NPROCESSORS_ONLN), cpu, names.release);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Benchmarks validate, merge, render, report and feedback on generated sets against the cost of reading the bytes"};
  std::string roadmap_path = "data/nizhnevartovsk-mentoring-2026.yaml", work = "/tmp/roadmap-bench";
  std::string bin = "build/apps", tools = "build/tools", markdown;
  std::vector<std::size_t> sizes{60, 700, 40000};
  std::vector<std::string> layouts{"per-org", "combined"};
  int repeat = 3;
  std::uint64_t seed = 1;
  app.add_option("-r,--roadmap", roadmap_path, "roadmap YAML")->capture_default_str();
  app.add_option("--sizes", sizes, "organization counts")->delimiter(',')->capture_default_str();
  app.add_option("--layouts", layouts, "per-org and/or combined")->delimiter(',')
      ->check(CLI::IsMember({"per-org", "combined"}))->capture_default_str();
  app.add_option("--repeat", repeat, "runs of each step; medians are reported")->check(CLI::Range(1, 99))
      ->capture_default_str();
  app.add_option("--seed", seed, "generator seed")->capture_default_str();
  app.add_option("--work-dir", work, "where the sets and outputs go")->capture_default_str();
  app.add_option("--bin-dir", bin, "directory of the roadmap-* programs")->capture_default_str();
  app.add_option("--tools-dir", tools, "directory of xlsx-floor")->capture_default_str();
  app.add_option("--markdown", markdown, "also write the table to this file");
  CLI11_PARSE(app, argc, argv);

  rmt::diag::DiagnosticList findings;
  const auto roadmap = rmt::roadmap::load_roadmap_file(roadmap_path, findings);
  if (!roadmap) {
    fmt::print(stderr, "roadmap-bench: cannot load {}\n", roadmap_path);
    return 2;
  }
  const std::string as_of = rmt::calendar::to_iso(roadmap->periods.front().last_day());
  const fs::path validate = fs::absolute(fs::path(bin) / "roadmap-validate");
  const fs::path merge = fs::absolute(fs::path(bin) / "roadmap-merge");
  const fs::path render = fs::absolute(fs::path(bin) / "roadmap-render");
  const fs::path report = fs::absolute(fs::path(bin) / "roadmap-report");
  const fs::path feedback = fs::absolute(fs::path(bin) / "roadmap-feedback");
  const fs::path store_program = fs::absolute(fs::path(bin) / "roadmap-store");
  const fs::path floor = fs::absolute(fs::path(tools) / "xlsx-floor");
  const fs::path gen = fs::absolute(fs::path(tools) / "roadmap-gen");
  const fs::path roadmap_file = fs::absolute(roadmap_path);

  std::ostringstream table;
  table << fmt::format("Machine: {}. Medians of {} runs; page cache warm (the set was just written).\n\n",
                       machine(), repeat);
  table << "| layout | organizations | files | input | step | wall (median, min–max) | rows/s | MB/s | peak RSS "
           "| floor | × floor |\n";
  table << "| --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | --- | ---: |\n";
  try {
    for (const auto& layout_name : layouts) {
      for (const std::size_t n : sizes) {
        const fs::path dir = fs::absolute(fs::path(work) / fmt::format("{}-{}", layout_name, n));
        fmt::print(stderr, "{} × {}: generating…\n", layout_name, n);
        fs::create_directories(dir);
        const fs::path log = dir / "bench.log", merged = dir / "merged.csv", workbook = dir / "monitoring.xlsx";
        fs::remove(log);
        const GeneratedFiles set = generate(gen, roadmap_file, n, layout_name, seed, dir, log);
        const std::string orgs = set.registry.string(), subs = (dir / "submissions").string();
        const double mb = static_cast<double>(set.submission_bytes) / 1e6;

        Step cat{"cat (floor)", {}, {}, set.submission_rows, set.submission_bytes, "", {}};
        Step val{"roadmap-validate", {}, {}, set.submission_rows, set.submission_bytes, "cat", {}};
        Step mer{"roadmap-merge", {}, {}, set.submission_rows, set.submission_bytes, "cat", {}};
        Step ren{"roadmap-render (merged CSV)", {}, {}, 0, 0, "libxlsxwriter", {}};
        // The report reads the same merged CSV; it is set against render's time.
        Step rep{"roadmap-report (merged CSV)", {}, {}, 0, 0, "render", {}};
        // The letters read the submissions themselves (their findings), like validate.
        Step fed{"roadmap-feedback (letters)", {}, {}, set.submission_rows, set.submission_bytes, "validate", {}};
        // The store (SPEC.md §15): receiving the files is set against validating them;
        // a render over the store against the same render over its export.
        Step add{"roadmap-store add", {}, {}, set.submission_rows, set.submission_bytes, "validate", {}};
        Step exported{"roadmap-render (exported folder)", {}, {}, set.submission_rows, set.submission_bytes, "", {}};
        Step from_store{"roadmap-render --store", {}, {}, set.submission_rows, set.submission_bytes, "render export", {}};
        const auto check = [&](const Run& run, const std::string& what) {
          if (run.status > 1) throw std::runtime_error(fmt::format("{} exited {} (see {})", what, run.status, log.string()));
          return run;
        };
        for (int r = 0; r < repeat; ++r) {
          fmt::print(stderr, "{} × {}: run {} of {}\n", layout_name, n, r + 1, repeat);
          const Run floor_run = check(cat_floor(set.submissions, log), "cat");
          cat.seconds.push_back(floor_run.seconds);
          cat.peak_mb.push_back(static_cast<double>(floor_run.peak_kib) / 1024);
          val.floor_seconds.push_back(floor_run.seconds);
          mer.floor_seconds.push_back(floor_run.seconds);
          const Run v = check(run_program({validate.string(), "-r", roadmap_file.string(), "--orgs", orgs, subs, "-q"}, log),
                              "roadmap-validate");
          val.seconds.push_back(v.seconds);
          val.peak_mb.push_back(static_cast<double>(v.peak_kib) / 1024);
          const Run m = check(run_program({merge.string(), "-r", roadmap_file.string(), "--orgs", orgs, subs, "-o",
                                           merged.string(), "-q"}, log), "roadmap-merge");
          mer.seconds.push_back(m.seconds);
          mer.peak_mb.push_back(static_cast<double>(m.peak_kib) / 1024);
          const Run w = check(run_program({render.string(), "-r", roadmap_file.string(), "--orgs", orgs, merged.string(),
                                           "-o", workbook.string(), "--as-of", as_of, "-q"}, log), "roadmap-render");
          ren.seconds.push_back(w.seconds);
          ren.peak_mb.push_back(static_cast<double>(w.peak_kib) / 1024);
          const Run d = check(run_program({report.string(), "-r", roadmap_file.string(), "--orgs", orgs, merged.string(),
                                           "-o", (dir / "spravka.docx").string(), "--as-of", as_of, "-q"}, log),
                              "roadmap-report");
          rep.seconds.push_back(d.seconds);
          rep.peak_mb.push_back(static_cast<double>(d.peak_kib) / 1024);
          rep.floor_seconds.push_back(w.seconds);
          fs::remove_all(dir / "letters");
          const Run f = check(run_program({feedback.string(), "-r", roadmap_file.string(), "--orgs", orgs, subs,
                                           "--out-dir", (dir / "letters").string(), "--as-of", as_of, "-q"}, log),
                              "roadmap-feedback");
          fed.seconds.push_back(f.seconds);
          fed.peak_mb.push_back(static_cast<double>(f.peak_kib) / 1024);
          fed.floor_seconds.push_back(v.seconds);
          const fs::path store_dir = dir / "store", export_dir = dir / "export";
          fs::remove_all(store_dir);
          fs::remove_all(export_dir);
          check(run_program({store_program.string(), "init", store_dir.string(), "-r", roadmap_file.string(), "--orgs", orgs, "-q"}, log),
                "roadmap-store init");
          const Run a = check(run_program({store_program.string(), "add", store_dir.string(), subs, "-q"}, log), "roadmap-store add");
          add.seconds.push_back(a.seconds);
          add.peak_mb.push_back(static_cast<double>(a.peak_kib) / 1024);
          add.floor_seconds.push_back(v.seconds);
          check(run_program({store_program.string(), "export", store_dir.string(), "--out-dir", export_dir.string(), "-q"}, log),
                "roadmap-store export");
          const Run e = check(run_program({render.string(), "-r", roadmap_file.string(), "--orgs", orgs, export_dir.string(), "-o",
                                           (dir / "export.xlsx").string(), "--as-of", as_of, "-q"}, log), "roadmap-render (export)");
          exported.seconds.push_back(e.seconds);
          exported.peak_mb.push_back(static_cast<double>(e.peak_kib) / 1024);
          const Run st = check(run_program({render.string(), "--store", store_dir.string(), "-o", (dir / "store.xlsx").string(),
                                            "--as-of", as_of, "-q"}, log), "roadmap-render --store");
          from_store.seconds.push_back(st.seconds);
          from_store.peak_mb.push_back(static_cast<double>(st.peak_kib) / 1024);
          from_store.floor_seconds.push_back(e.seconds);
          // The floor program prints its own write time: reading the cells back is not part of it.
          const fs::path floor_out = dir / "floor.txt";
          fs::remove(floor_out);
          std::vector<std::string> floor_argv{floor.string(), workbook.string(), (dir / "floor.xlsx").string()};
          if (set.submission_rows >= 100'000) floor_argv.push_back("--constant-memory");  // as render does
          check(run_program(floor_argv, floor_out), "xlsx-floor");
          std::ifstream floor_text(floor_out);
          double floor_seconds = 0;
          floor_text >> floor_seconds;
          ren.floor_seconds.push_back(floor_seconds);
        }
        ren.rows = rep.rows = count_records(merged);
        ren.bytes = rep.bytes = fs::file_size(merged);

        const auto row = [&](const Step& step, std::size_t files, double input_mb) {
          const double wall = median(step.seconds);
          const auto [lo, hi] = std::minmax_element(step.seconds.begin(), step.seconds.end());
          std::string floor_cell = "—", ratio = "—";
          if (!step.floor_seconds.empty()) {
            const double f = median(step.floor_seconds);
            floor_cell = fmt::format("{} {:.3f} s", step.floor_name, f);
            ratio = fmt::format("{:.1f}×", wall / f);
          }
          // cat's own peak is not measurable this way: a spawned child is
          // charged the parent's memory at exec, which dwarfs cat's.
          const std::string peak = step.floor_seconds.empty() ? "—" : fmt::format("{:.0f} MB", median(step.peak_mb));
          table << fmt::format("| {} | {} | {} | {:.1f} MB | {} | {:.3f} s ({:.3f}–{:.3f}) | {:.0f} | {:.0f} | {} | {} | {} |\n",
                               layout_name, n, files, input_mb, step.name, wall, *lo, *hi,
                               static_cast<double>(step.rows) / wall, static_cast<double>(step.bytes) / 1e6 / wall,
                               peak, floor_cell, ratio);
        };
        row(cat, set.submissions.size(), mb);
        row(val, set.submissions.size(), mb);
        row(mer, set.submissions.size(), mb);
        row(ren, 1, static_cast<double>(ren.bytes) / 1e6);
        row(rep, 1, static_cast<double>(rep.bytes) / 1e6);
        row(fed, set.submissions.size(), mb);
        row(add, set.submissions.size(), mb);
        row(exported, set.submissions.size(), mb);
        row(from_store, set.submissions.size(), mb);
      }
    }
  } catch (const std::exception& error) {
    fmt::print(stderr, "roadmap-bench: {}\n", error.what());
    return 2;
  }
  fmt::print("{}", table.str());
  if (!markdown.empty()) std::ofstream(markdown) << table.str();
  return 0;
}
