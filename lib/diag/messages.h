// The message catalogue: one factory per kind of finding, so each code's
// wording exists once, in Russian and English, next to its siblings.
//
// Factories take the place and the facts (the offending text, the expected
// values) and return a complete Diagnostic. Callers never assemble message
// text themselves.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "calendar/date.h"
#include "diag/diagnostic.h"

namespace rmt::diag::msg {

// --- any input file ---------------------------------------------------------
/// The operating system's reason for `error_number` (an errno value) in both
/// languages, from our own table for the common ones ("файл не найден").
Localized os_reason(int error_number);
Diagnostic unreadable_file(SourcePos pos, int error_number);
/// The same with a reason that is not an errno value.
Diagnostic unreadable_file(SourcePos pos, const Localized& reason);
Diagnostic file_too_large(SourcePos pos, std::uint64_t size_bytes, std::uint64_t limit_bytes);

// --- CSV structure and text ---------------------------------------------------
/// kind: "xlsx", "xls", "pdf", "binary"
Diagnostic not_text(SourcePos pos, std::string_view kind);
/// A workbook that cannot be used: not a zip, no workbook or sheet, damaged
/// XML, a password. `format` is "xlsx", "ods" or "xls", named in the message.
Diagnostic broken_workbook(SourcePos pos, std::string_view format, const Localized& reason);
/// Why a workbook's sheet stops at a limit (the reason of a broken_workbook):
/// a row of more than `limit` cells, a row or a cell (at `cell`, "D12") of more than `limit` bytes.
Localized sheet_too_many_cells(std::uint32_t row, std::size_t limit);
Localized sheet_row_too_long(std::uint32_t row, std::size_t limit);
Localized sheet_cell_too_long(std::string_view cell, std::size_t limit);
Diagnostic nul_in_text(SourcePos pos);
Diagnostic invalid_text(SourcePos pos, std::string_view encoding);
Diagnostic unterminated_quote(SourcePos pos, std::uint32_t opened_line);
Diagnostic field_too_long(SourcePos pos, std::size_t limit_bytes);
Diagnostic row_too_long(SourcePos pos, std::size_t limit_bytes);
Diagnostic too_many_cells(SourcePos pos, std::size_t limit_cells);
/// A table input past --max-file-bytes (unreadable-file).
Diagnostic input_too_large(SourcePos pos, std::uint64_t limit_bytes);
Diagnostic missing_column(SourcePos pos, std::string_view key, std::string_view russian_header);
Diagnostic duplicate_column(SourcePos pos, std::string_view header, std::uint32_t first_column);
Diagnostic unknown_column(SourcePos pos, std::string_view header, std::string_view suggestion);
Diagnostic ragged_row(SourcePos pos, std::size_t cells, std::size_t header_cells);
/// Blank rows from pos.line to `last_line` (the same line for one).
/// A file with a header and no data row (missing-activity, a warning).
Diagnostic no_data_rows(SourcePos pos);
Diagnostic blank_row(SourcePos pos, std::uint32_t last_line);
Diagnostic formula_like(SourcePos pos, std::string_view cell);
Diagnostic no_header(SourcePos pos);
/// The header was found at pos.line, below rows `first`..`last` (a title, a date), which were skipped.
Note rows_above_header(SourcePos pos, std::uint32_t first, std::uint32_t last);
/// A registry's footer (lines `first`–`last` after the table: «Сформировано …», «Итого»), skipped.
Note registry_footer_skipped(SourcePos pos, std::uint32_t first, std::uint32_t last);

// --- files found in a directory and not read ------------------------------------
Localized skipped_not_table(std::string_view extension);
Localized skipped_directory_link();
Localized skipped_special_file();
Localized skipped_unreadable_directory(int error_number);
/// One line of a run's summary: the file and why it was not read.
Localized skipped_file(std::string_view path, const Localized& reason);

// --- registry and submission cells ------------------------------------------
Diagnostic empty_cell(SourcePos pos, std::string_view column_key);
Diagnostic duplicate_org(SourcePos pos, std::string_view org_id, std::uint32_t first_line);
Diagnostic unknown_org(SourcePos pos, std::string_view org_id, std::string_view suggestion);
/// Two or more registry ids match `org_id` once look-alike letters are identified.
Diagnostic ambiguous_org(SourcePos pos, std::string_view org_id, std::string_view ids);
/// `org_id` is registry id `registry_id` typed with look-alike letters of the
/// other alphabet; the message names them («латинская K вместо русской К»).
Diagnostic lookalike_org(SourcePos pos, std::string_view org_id, std::string_view registry_id);
/// A value for an activity that has no numeric indicator: shown, never counted.
Diagnostic unused_value(SourcePos pos, std::string_view value, std::string_view activity_id);
/// An activity number Excel turned into a date: «1.2» typed, 2026-02-01 stored.
Diagnostic activity_as_date(SourcePos pos, std::string_view cell, std::string_view number);
/// A required cell that holds a formula with no saved result.
Diagnostic formula_without_value(SourcePos pos, std::string_view column_key);
Diagnostic unknown_activity(SourcePos pos, std::string_view activity);
Diagnostic ambiguous_activity(SourcePos pos, std::string_view activity, std::string_view ids);
Diagnostic bad_period(SourcePos pos, std::string_view period, std::string_view periods);
Diagnostic bad_status(SourcePos pos, std::string_view status);
Diagnostic bad_value(SourcePos pos, std::string_view value);
Diagnostic missing_value(SourcePos pos, std::string_view activity_id, std::string_view unit);
Diagnostic bad_date(SourcePos pos, std::string_view date);
/// A completion date after the period's end (`after`), or before the roadmap's first period began.
/// `period_end` is the period's last day: a date after it in the same year
/// asks to check the date, one in a later year to check the year.
Diagnostic date_out_of_period(SourcePos pos, const calendar::Date& date, std::string_view period, bool after,
                              const calendar::Date& roadmap_start, const calendar::Date& period_end);
Diagnostic duplicate_row(SourcePos pos, std::string_view org_id, std::string_view period,
                         std::string_view activity_id, std::uint32_t first_line);
Diagnostic not_reporter(SourcePos pos, std::string_view org_id, std::string_view activity_id, bool org_is_body);
Diagnostic missing_activity(SourcePos pos, std::string_view org_id, std::string_view period,
                            std::string_view activity_ids, std::size_t count);
Diagnostic missing_submission(SourcePos pos, std::string_view org_id, std::string_view name,
                              std::string_view period);

/// roadmap-validate on single files with a registry: how many organizations
/// have sent nothing for `period` (the list comes with a directory or --list-missing).
Note missing_submissions_count(SourcePos pos, std::size_t count, std::string_view period);

// --- merge -------------------------------------------------------------------
/// The same organization, period and activity with different content in an
/// earlier file (`other`); the row is left out of the merged file.
Diagnostic conflict(SourcePos pos, std::string_view org_id, std::string_view period, std::string_view activity_id,
                    const SourcePos& other, const Localized& differences);
/// --on-conflict last: this row lost to `winner`, given later (a warning).
Diagnostic overridden(SourcePos pos, std::string_view org_id, std::string_view period, std::string_view activity_id,
                      const SourcePos& winner, const Localized& differences);

// --- roadmap YAML: syntax ---------------------------------------------------
Diagnostic yaml_parse_error(SourcePos pos, std::string_view detail);
Diagnostic yaml_too_deep(SourcePos pos, int limit);
Diagnostic yaml_not_utf8(SourcePos pos);
Diagnostic yaml_nul_byte(SourcePos pos);

// --- roadmap YAML: schema ---------------------------------------------------
Diagnostic empty_roadmap(SourcePos pos);
Diagnostic wrong_node_type(SourcePos pos, std::string_view key, std::string_view expected);
Diagnostic missing_key(SourcePos pos, std::string_view key, std::string_view parent);
Diagnostic unknown_key(SourcePos pos, std::string_view key, std::string_view suggestion);
Diagnostic duplicate_key(SourcePos pos, std::string_view key, std::uint32_t first_line);
Diagnostic empty_value(SourcePos pos, std::string_view key);
Diagnostic bad_format(SourcePos pos, std::string_view value);
Diagnostic bad_period_label(SourcePos pos, std::string_view value);
Diagnostic mixed_periods(SourcePos pos);
Diagnostic duplicate_period(SourcePos pos, std::string_view label);
Diagnostic bad_yaml_date(SourcePos pos, std::string_view key, std::string_view value);
Diagnostic bad_boolean(SourcePos pos, std::string_view key, std::string_view value);
Diagnostic unknown_measure(SourcePos pos, std::string_view value);
Diagnostic done_without_decider(SourcePos pos, std::string_view activity_id);
Diagnostic done_ambiguous(SourcePos pos, std::string_view activity_id, std::string_view org_ids);
Diagnostic by_without_done(SourcePos pos, std::string_view activity_id);

// --- roadmap YAML: references and values ------------------------------------
/// kind: "section" | "activity" | "party"
Diagnostic duplicate_id(SourcePos pos, std::string_view kind, std::string_view id, std::uint32_t first_line);
Diagnostic unknown_party(SourcePos pos, std::string_view id, std::string_view suggestion);
Diagnostic unknown_decider(SourcePos pos, std::string_view by, std::string_view suggestion);
Diagnostic target_not_number(SourcePos pos, std::string_view value);
Diagnostic target_negative(SourcePos pos, std::string_view value);
Diagnostic target_unknown_period(SourcePos pos, std::string_view period, std::string_view periods);
Diagnostic target_done_not_one(SourcePos pos, std::string_view value);
/// `reason` comes from the deadline parser, already in both languages.
Diagnostic bad_deadline(SourcePos pos, std::string_view phrase, const Localized& reason);
Diagnostic no_reporter(SourcePos pos, std::string_view activity_id);

// --- notes (not findings) ---------------------------------------------------
/// Said when submissions were given but the roadmap itself has errors.
Localized roadmap_has_errors();
/// Said when the registry could not be read or has errors.
Localized registry_has_errors();
Localized output_is_input(std::string_view path);
/// -o - with --format json and no --report: the document has nowhere to go.
Localized report_needs_file();
/// Standard input named twice (-r -, --orgs -, an input -): it can be read once.
Localized stdin_twice();
Localized bad_as_of(std::string_view value);
/// «SCH-01: прислан отчёт за III квартал 2022 г., а нужен за IV квартал 2022 г. (файлы: …)».
Localized other_period_files(std::string_view org_id, const Localized& reason, std::string_view files);
Localized unknown_period_option(std::string_view value, std::string_view periods);
/// Another sending run holds the folder's log.
Localized sending_locked(std::string_view log_path);

// --- roadmap-import: the order ---------------------------------------------------
/// An order larger than any real one (a few megabytes at most).
Diagnostic order_too_large(SourcePos pos, std::uint64_t limit_bytes);
/// kind: "doc", "pdf", "rtf", "binary": a format the importer does not read.
Diagnostic order_format(SourcePos pos, std::string_view kind);
/// A .docx or HTML that cannot be read (a broken zip, damaged XML, a limit).
Diagnostic order_unreadable(SourcePos pos, const Localized& reason);
/// No table whose header names an activity column («Мероприятие»).
Diagnostic order_no_table(SourcePos pos, std::size_t tables);
/// The roadmap table has a header but no numbered activity.
Diagnostic order_no_activities(SourcePos pos, std::uint32_t table);
/// Neither the title, the targets, the deadlines nor --periods give a year.
Diagnostic order_no_periods(SourcePos pos);
/// roadmap-import: --periods that name no periods.
Localized bad_periods_option(std::string_view text);
/// roadmap-import: -o - and --format json would both write to standard output.
Localized json_and_stdout_output();

/// -r NAME: no such file and no installed roadmap of that name.
Localized roadmap_not_found(std::string_view name, std::string_view dirs, std::string_view installed);

Localized cannot_write_output(std::string_view path, const Localized& reason);
/// A reason given by a library in English only (libxlsxwriter's), said in Russian too.
Localized library_reason(std::string_view library, std::string_view text);
/// roadmap-template: a template's path is also an input of the run.
Localized output_would_overwrite_input();
/// roadmap-template's folder holds `count` files it did not write (`first` among them).
Localized template_folder_not_own(std::size_t count, std::string_view first);

}  // namespace rmt::diag::msg
