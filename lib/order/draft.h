// The draft roadmap that roadmap-import writes (SPEC.md §13): what the order's
// table says, in the model of §3, with a note at every judgement a person
// must confirm («ПРОВЕРЬТЕ: …»).
//
// The rules (docs/import.md has them with examples):
// - the roadmap table is the first one whose header names an activity column
//   (мероприятие, наименование, содержание); its other columns are found by
//   their headers and synonyms, and year columns («2026», «2027 г.») hold targets;
// - a row whose number is «1.» or «II.» (or that spans the table) and whose
//   other cells are empty is a section; a row numbered «1.1» is an activity;
//   a row without a number continues the activity above (a row broken across
//   a page); repeated header rows and the «1 2 3 4 5» row are skipped;
// - the measure: «%» in a target → share-done; every target 1 → done; every
//   responsible body being the organizations themselves → orgs-done; else sum.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/date.h"
#include "vocab/lang.h"
#include "diag/sink.h"
#include "order/order_document.h"
#include "roadmap/roadmap.h"

namespace rmt::order {

/// A judgement the importer made: shown as «# ПРОВЕРЬТЕ: …» above the field.
using Check = vocab::Localized;

struct DraftParty {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string org_id;  ///< proposed from the name; empty for each_organization
  bool each_organization = false;
  bool person = false;  ///< «Лещенко М.А.»: an official, not an organization
  std::vector<Check> checks;
  std::size_t mentions = 0;  ///< activities naming it
};

struct DraftIndicator {
  roadmap::Measure measure = roadmap::Measure::sum;
  std::string unit;
  std::vector<std::pair<std::string, double>> targets;  ///< period label, value
  std::string by;  ///< party id deciding a done indicator among several
};

struct DraftActivity {
  std::string id;
  std::string number;  ///< as printed
  std::string title;
  std::vector<std::string> steps;
  std::optional<DraftIndicator> indicator;
  std::string printed_indicator;  ///< the indicator cell, when no target could be read from it
  std::string result;
  std::string deadline;       ///< as printed; empty when none
  bool deadline_text = false;  ///< no date in it: written as {text: …}
  std::vector<std::string> responsible;  ///< party ids
  std::vector<Check> checks;
  std::uint32_t line = 0;
};

struct DraftSection {
  std::string id;
  std::string number;
  std::string title;
  std::vector<DraftActivity> activities;
  std::vector<Check> checks;
};

struct Draft {
  std::string id;
  std::string title;
  std::string issuer;
  roadmap::Approval approved;
  std::vector<std::string> periods;  ///< labels: "2026" or "2022-Q3"
  /// When reports are due, from the order's item that says so («Предоставить
  /// информацию … до 15 декабря»); empty when no item does.
  std::string submissions_due;
  std::string source;                ///< the order's file name, for the header comment
  std::vector<Check> roadmap_checks;   ///< above `roadmap:`
  std::vector<DraftParty> parties;
  std::vector<DraftSection> sections;

  std::size_t activity_count() const;
  std::size_t check_count() const;
};

struct DraftOptions {
  std::string id;                    ///< --id; empty: made from the order
  std::vector<std::string> periods;  ///< --periods as labels; empty: from the order
};

/// The periods of "2026-2028", "2026", "2026,2027", "2022-Q1..2022-Q4" (or
/// "2022-Q1-2022-Q4"); nullopt when the text is none of these.
std::optional<std::vector<std::string>> parse_period_list(std::string_view text);

/// Builds the draft from an order read by one of the readers. nullopt when no
/// roadmap table is found, it holds no activity, or no period can be told;
/// the reason goes to `sink` at `file`.
std::optional<Draft> draft_roadmap(const OrderDocument& document, std::string_view file, const DraftOptions& options,
                                   diag::DiagnosticSink& sink);

/// Reads the order at `path` (.docx, .html, text; the kind is told from its
/// bytes) and builds the draft. A .doc, .pdf, .rtf or .odt is refused with a
/// finding that says to save it as .docx.
std::optional<Draft> import_order(const std::string& path, std::string_view shown_name, const DraftOptions& options,
                                  diag::DiagnosticSink& sink, const OrderLimits& limits = {});

}  // namespace rmt::order
