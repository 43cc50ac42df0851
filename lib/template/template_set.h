// roadmap-template's job (SPEC.md §9): a template for every organization of
// the registry that reports on the roadmap, written into one directory as
// <org_id>.csv or <org_id>.xlsx. Each file is written to a temporary and
// renamed, so an interrupted run never leaves half a template.
#pragma once

#include <cstddef>
#include <ostream>
#include <string_view>
#include <string>
#include <vector>

#include "vocab/lang.h"

#include "registry/registry.h"
#include "roadmap/roadmap.h"
#include "io/write_result.h"
#include "template/csv_template.h"

namespace rmt::templates {

struct TemplateSetOptions {
  bool xlsx = false;
  CsvTemplateOptions csv;  ///< dialect of CSV templates; its lang is the header language of both
  /// Files a template must never replace (the roadmap and the registry).
  std::vector<std::string> protected_paths;
  /// Write into a folder that holds files this program did not write (still
  /// never over one of them).
  bool force = false;
};

/// The list of what roadmap-template wrote into a folder, kept there (hidden,
/// so no folder input reads it): each template's name and the fingerprint of
/// its bytes. A file of the folder is the program's own earlier template only
/// while it is listed with the same bytes — a template a school filled in and
/// saved back is a report, and is never written over.
inline constexpr std::string_view kTemplateManifest = ".roadmap-template";

struct WrittenTemplate {
  std::string org_id;
  std::string path;
  std::size_t rows = 0;
};

struct TemplateSetResult {
  std::vector<WrittenTemplate> written;
  std::vector<std::string> nothing_to_report;  ///< registry ids that report on no activity
  std::size_t unrepresentable = 0;             ///< characters Windows-1251 lacks, over all files
  io::WriteResult failure;                     ///< the file that could not be written and why (the run stops there)
  /// Files of the folder this program did not write (reports, say): without
  /// `force` nothing is written and the run stops; with it they are kept.
  std::vector<std::string> foreign_files;
  /// With `force`: organizations whose template would have replaced one of them (not written).
  std::vector<std::string> kept_foreign;
};

TemplateSetResult write_templates(const roadmap::Roadmap& roadmap, const registry::Registry& registry,
                                  std::size_t period, const std::string& out_dir, const TemplateSetOptions& options);

/// roadmap-template's JSON document: {"templates": {"out_dir", "period", "format", "files": [{"org_id", "path",
/// "rows"}], "not_needed": [ids], "unrepresentable_characters"}}.
void write_templates_document(std::ostream& out, const TemplateSetResult& result, const std::string& out_dir,
                              std::string_view period, bool xlsx);

}  // namespace rmt::templates
