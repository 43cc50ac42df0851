// The lines each program prints about its run, not about an input: what it
// wrote («Книга записана: …»), what it sent, what it rejected or skipped,
// in both languages. Findings about inputs are diag/messages.h's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "calendar/date.h"
#include "vocab/lang.h"

namespace rmt::run::lines {

using vocab::Localized;

/// Said once per run when no registry was given.
Localized registry_checks_skipped();
/// A merge left out one organization's rows for a period from a file.
Localized rejected_submission(std::string_view file, std::string_view org_id, std::string_view period,
                              std::size_t rows, std::size_t error_rows, std::size_t kept_rows, bool keep_valid_rows);
/// A merge found no row it could attribute in a file with errors.
Localized rejected_file(std::string_view file);
/// The closing line of a merge.
/// With `keep_valid_rows`, the rejected files' valid rows were merged too, and the line says so.
Localized merge_summary(std::size_t files, std::size_t accepted, std::size_t partly, std::size_t rejected,
                        std::size_t rows, std::size_t conflicts, std::string_view output, bool keep_valid_rows);
/// The closing line of a render.
Localized workbook_written(std::string_view path, std::string_view period, const calendar::Date& as_of,
                           std::size_t rows, std::size_t submitted, std::size_t expected, std::size_t accepted);
/// roadmap-feedback's closing line: where the letters are and how many of each kind.
Localized letters_written(std::string_view dir, std::size_t letters, std::size_t accepted, std::size_t to_fix,
                          std::size_t reminders, std::size_t copies);
/// roadmap-feedback: organizations the registry gives no e-mail address («SCH-24, DOU-08»).
Localized letters_without_address(std::size_t count, std::string_view ids);
/// roadmap-feedback --send: one line per letter.
Localized letter_sent(std::string_view org_id, std::string_view to);
Localized letter_already_sent(std::string_view org_id);
Localized letter_not_sent(std::string_view org_id, std::string_view reason);
Localized letters_sent(std::size_t sent, std::size_t failed, std::size_t already, std::size_t without_address,
                       std::size_t unknown, std::size_t not_sent);
/// Addresses with non-ASCII letters: named, not sent to.
Localized address_needs_smtputf8(std::string_view org_id, std::string_view addresses);
/// An organization's letter of unknown state: the server may have it.
Localized letter_unknown(std::string_view org_id, const Localized& reason);
/// The sending stopped: why, and how many letters were left unsent.
Localized sending_stopped(const Localized& reason, std::size_t left);
/// An organization's letter or copy could not be written.
Localized letter_not_written(std::string_view org_id, std::string_view path, const Localized& reason);
/// roadmap-report's closing line: «Справка записана: …».
Localized report_written(std::string_view path, std::string_view period, const calendar::Date& as_of,
                         std::size_t tables, std::size_t pictures, std::size_t submitted, std::size_t expected,
                         std::size_t accepted);
/// roadmap-render: a sheet the workbook does not have, and why.
Localized sheet_skipped(const Localized& sheet, const Localized& reason);
/// roadmap-template: what was written, and where ("CSV UTF-8 с BOM, «;»").
Localized templates_written(std::size_t files, std::string_view dir, std::string_view period, const Localized& kind);
/// roadmap-template: registry organizations that report on nothing get no template.
Localized templates_not_needed(std::size_t count, std::string_view ids);
/// roadmap-template: characters Windows-1251 cannot hold, written as '?'.
Localized unrepresentable_characters(std::size_t count);
/// roadmap-import: the draft was written.
Localized draft_written(std::string_view path, std::size_t sections, std::size_t activities, std::size_t parties,
                        std::size_t checks);
/// roadmap-import: the draft does not pass roadmap-validate (a bug to report).
Localized draft_invalid(std::string_view path, std::size_t errors);
/// With --force: templates not written because a file of the folder that is not one has their name.
Localized templates_kept_foreign(std::size_t count, std::string_view ids);

}  // namespace rmt::run::lines
