// Loads a roadmap from YAML (format: roadmap/1, SPEC.md §3).
//
// The loader reports every problem it finds, each at its YAML line and
// character column, and keeps going, so one run shows them all. It returns a
// Roadmap only when no error was found (warnings, such as an activity nobody
// reports on, still yield one). This is the only place yaml-cpp is used.
//
// Deadlines are a phrase as printed ("до 15 июня ежегодно") or a structured
// form: `continuous`, {by: 2022-09-10}, {by: [dates]}, {every_year: "06-15"},
// {every_year: "09"} (whole month), {every_year: [...]}, {continuous: true},
// {text: "..."} (no computable date). A structured form may carry `text` too:
// the phrase shown in the workbook.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "diag/sink.h"
#include "roadmap/roadmap.h"

namespace rmt::roadmap {

struct LoaderOptions {
  /// Real roadmaps are tens of kilobytes; anything this large is not one, and
  /// refusing it early keeps a stray huge file from tying the parser up.
  std::uint64_t max_bytes = 16ull * 1024 * 1024;
};

/// Loads from YAML text held in memory; `file_name` is what diagnostics cite.
std::optional<Roadmap> load_roadmap_text(std::string_view yaml, std::string_view file_name,
                                         diag::DiagnosticSink& sink, const LoaderOptions& options = {});

/// Reads and loads a file ("-" for standard input). An unreadable file is an
/// `unreadable-file` diagnostic; the caller decides what that means for the run.
std::optional<Roadmap> load_roadmap_file(const std::string& path, diag::DiagnosticSink& sink,
                                         const LoaderOptions& options = {});

}  // namespace rmt::roadmap
