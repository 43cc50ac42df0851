#include "diag/messages.h"

#include <fmt/format.h>

#include <cstdio>
#include <span>

#include "text/case_fold.h"
#include "text/edit_distance.h"

#include <cerrno>
#include <cstring>

#include "text/lookalike.h"
#include "vocab/status_words.h"

namespace rmt::diag::msg {
namespace {

Diagnostic make(Code code, SourcePos pos, Localized message, Localized hint = {}) {
  return Diagnostic{info(code).severity, code, std::move(pos), {}, {}, std::move(message), std::move(hint)};
}

// Suggestions are optional; render "did you mean" only when there is one.
Localized did_you_mean(std::string_view suggestion) {
  if (suggestion.empty()) return {};
  return {fmt::format("возможно, имелось в виду «{}»", suggestion),
          fmt::format("did you mean «{}»?", suggestion)};
}

// "1 МБ" / "1 MiB": a limit as the analyst would type it back in an option.
Localized size_text(std::uint64_t bytes) {
  constexpr std::uint64_t kKiB = 1024, kMiB = kKiB * 1024, kGiB = kMiB * 1024;
  if (bytes >= kGiB && bytes % kGiB == 0) return {fmt::format("{} ГБ", bytes / kGiB), fmt::format("{} GiB", bytes / kGiB)};
  if (bytes >= kMiB && bytes % kMiB == 0) return {fmt::format("{} МБ", bytes / kMiB), fmt::format("{} MiB", bytes / kMiB)};
  if (bytes >= kKiB && bytes % kKiB == 0) return {fmt::format("{} КБ", bytes / kKiB), fmt::format("{} KiB", bytes / kKiB)};
  if (bytes >= kMiB) return {fmt::format("{:.1f} МБ", bytes / double(kMiB)), fmt::format("{:.1f} MiB", bytes / double(kMiB))};
  return {fmt::format("{} байт", bytes), fmt::format("{} bytes", bytes)};
}

Localized limit_hint(std::string_view option) {
  return {fmt::format("предел задаёт {}", option), fmt::format("{} sets the limit", option)};
}

const Localized kTextFormHint{
    "если у срока нет вычислимой даты, запишите его как {text: \"…\"}",
    "if the deadline has no computable date, write it as {text: \"…\"}"};

}  // namespace

Localized os_reason(int error_number) {
  switch (error_number) {
    case ENOENT: return {"файл или папка не найдены", "no such file or directory"};
    case EACCES:
    case EPERM: return {"нет прав доступа", "permission denied"};
    case EISDIR: return {"это папка, а не файл", "it is a directory, not a file"};
    case ENOTDIR: return {"часть пути — не папка", "a part of the path is not a directory"};
    case ELOOP: return {"ссылки образуют петлю", "the links form a loop"};
    case ENAMETOOLONG: return {"слишком длинное имя", "the name is too long"};
    case ENOSPC: return {"на диске нет места", "no space left on the disk"};
    case EDQUOT: return {"исчерпана дисковая квота", "the disk quota is used up"};
    case EROFS: return {"диск доступен только для чтения", "the disk is read-only"};
    case EMFILE:
    case ENFILE: return {"открыто слишком много файлов", "too many open files"};
    case EIO: return {"ошибка ввода-вывода (диск или сеть)", "input/output error (disk or network)"};
    case EBUSY: return {"файл занят другой программой", "the file is busy"};
    case EFBIG: return {"файл слишком велик", "the file is too large"};
    case ENXIO:
    case ENODEV: return {"устройство недоступно", "no such device"};
    case ETXTBSY: return {"файл занят", "the file is busy"};
    case EEXIST: return {"файл уже существует", "the file already exists"};
    case EXDEV: return {"файл на другом диске", "the file is on another disk"};
    default: {
      const std::string text = std::strerror(error_number);
      return {fmt::format("системная ошибка {} ({})", error_number, text), text};
    }
  }
}

Diagnostic unreadable_file(SourcePos pos, int error_number) { return unreadable_file(std::move(pos), os_reason(error_number)); }

Diagnostic unreadable_file(SourcePos pos, const Localized& reason) {
  return make(Code::unreadable_file, std::move(pos),
              {fmt::format("файл не удаётся прочитать: {}", reason.ru),
               fmt::format("cannot read the file: {}", reason.en)},
              {"проверьте путь и права доступа", "check the path and the permissions"});
}

Diagnostic file_too_large(SourcePos pos, std::uint64_t size_bytes, std::uint64_t limit_bytes) {
  const double mib = 1024.0 * 1024.0;
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("файл слишком велик для дорожной карты: {:.1f} МБ (предел {:.0f} МБ)",
                           size_bytes / mib, limit_bytes / mib),
               fmt::format("the file is too large for a roadmap: {:.1f} MiB (limit {:.0f} MiB)",
                           size_bytes / mib, limit_bytes / mib)},
              {"проверьте, что указан файл дорожной карты", "check that the roadmap file was given"});
}

Diagnostic not_text(SourcePos pos, std::string_view kind) {
  const Localized what = kind == "xlsx"  ? Localized{"книга Excel (.xlsx)", "an Excel workbook (.xlsx)"}
                         : kind == "xls" ? Localized{"книга Excel 97-2003 (.xls)", "an Excel 97-2003 workbook (.xls)"}
                         : kind == "pdf" ? Localized{"документ PDF", "a PDF document"}
                                         : Localized{"двоичные данные", "binary data"};
  // A workbook is read as one by its name; here it came as .csv/.txt or on standard input.
  Localized hint = kind == "xlsx" || kind == "xls"
                       ? Localized{fmt::format("дайте файлу расширение .{} и передайте его как файл (не через стандартный ввод): "
                                               "книги Excel читаются как есть", kind),
                                   fmt::format("name the file .{} and give it as a file (not on standard input): Excel "
                                               "workbooks are read as they are", kind)}
                       : Localized{"откройте файл в Excel и сохраните как «CSV UTF-8» или «CSV (разделители — точки с запятой)»",
                                   "open it in Excel and save it as \"CSV UTF-8\" or \"CSV (semicolon delimited)\""};
  return make(Code::encoding, std::move(pos),
              {fmt::format("это не текстовый файл CSV, а {}", what.ru),
               fmt::format("this is not a CSV text file but {}", what.en)},
              std::move(hint));
}

Diagnostic broken_workbook(SourcePos pos, std::string_view format, const Localized& reason) {
  if (format == "ods")
    return make(Code::unreadable_file, std::move(pos),
                {fmt::format("таблицу OpenDocument (.ods) не удаётся прочитать: {}", reason.ru),
                 fmt::format("cannot read the OpenDocument spreadsheet (.ods): {}", reason.en)},
                {"откройте файл в LibreOffice Calc и сохраните его заново (.ods или .xlsx) или как «CSV UTF-8»",
                 "open it in LibreOffice Calc and save it again (.ods or .xlsx), or as \"CSV UTF-8\""});
  if (format == "xls")
    return make(Code::unreadable_file, std::move(pos),
                {fmt::format("книгу Excel 97-2003 (.xls) не удаётся прочитать: {}", reason.ru),
                 fmt::format("cannot read the Excel 97-2003 workbook (.xls): {}", reason.en)},
                {"снимите пароль, если он есть, откройте файл в Excel или LibreOffice и сохраните его как «Книга Excel (.xlsx)»",
                 "remove the password if there is one, open the file in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\""});
  return make(Code::unreadable_file, std::move(pos),
              {fmt::format("книгу Excel не удаётся прочитать: {}", reason.ru),
               fmt::format("cannot read the Excel workbook: {}", reason.en)},
              {"откройте файл в Excel и сохраните его заново как «Книга Excel (.xlsx)» или как «CSV UTF-8»",
               "open it in Excel and save it again as \"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\""});
}

Localized sheet_too_many_cells(std::uint32_t row, std::size_t limit) {
  return {fmt::format("в строке {} больше {} ячеек (--max-row-cells)", row, limit),
          fmt::format("row {} has more than {} cells (--max-row-cells)", row, limit)};
}

Localized sheet_row_too_long(std::uint32_t row, std::size_t limit) {
  return {fmt::format("строка {} длиннее {} байт (--max-row-bytes)", row, limit),
          fmt::format("row {} is longer than {} bytes (--max-row-bytes)", row, limit)};
}

Localized sheet_cell_too_long(std::string_view cell, std::size_t limit) {
  return {fmt::format("ячейка {} длиннее {} байт (--max-field-bytes)", cell, limit),
          fmt::format("cell {} is longer than {} bytes (--max-field-bytes)", cell, limit)};
}

Diagnostic nul_in_text(SourcePos pos) {
  return make(Code::encoding, std::move(pos),
              {"в строке нулевой байт (двоичные данные); он пропущен",
               "the line holds a NUL byte (binary data); it is skipped"});
}

Diagnostic invalid_text(SourcePos pos, std::string_view encoding) {
  return make(Code::encoding, std::move(pos),
              {fmt::format("байты, которые не являются текстом в кодировке {}", encoding),
               fmt::format("bytes that are not {} text", encoding)},
              {"сохраните файл в UTF-8 или укажите --encoding windows-1251",
               "save the file as UTF-8, or pass --encoding windows-1251"});
}

Diagnostic unterminated_quote(SourcePos pos, std::uint32_t opened_line) {
  return make(Code::malformed_csv, std::move(pos),
              {fmt::format("кавычка, открытая в строке {}, не закрыта до конца файла", opened_line),
               fmt::format("the quote opened at line {} is never closed", opened_line)},
              {"закройте кавычку или удвойте кавычки внутри текста (\"\")",
               "close the quote, or double the quotes inside the text (\"\")"});
}

Diagnostic field_too_long(SourcePos pos, std::size_t limit_bytes) {
  const Localized limit = size_text(limit_bytes);
  return make(Code::malformed_csv, std::move(pos),
              {fmt::format("ячейка длиннее {} — вероятно, не закрыта кавычка; файл дальше не читается", limit.ru),
               fmt::format("a cell is longer than {}, probably an unclosed quote; the rest of the file is not read",
                           limit.en)},
              limit_hint("--max-field-bytes"));
}

Diagnostic row_too_long(SourcePos pos, std::size_t limit_bytes) {
  const Localized limit = size_text(limit_bytes);
  return make(Code::malformed_csv, std::move(pos),
              {fmt::format("строка длиннее {}; файл дальше не читается", limit.ru),
               fmt::format("a row is longer than {}; the rest of the file is not read", limit.en)},
              limit_hint("--max-row-bytes"));
}

Diagnostic too_many_cells(SourcePos pos, std::size_t limit_cells) {
  return make(Code::malformed_csv, std::move(pos),
              {fmt::format("в строке больше {} ячеек; файл дальше не читается", limit_cells),
               fmt::format("a row has more than {} cells; the rest of the file is not read", limit_cells)},
              limit_hint("--max-row-cells"));
}

Diagnostic input_too_large(SourcePos pos, std::uint64_t limit_bytes) {
  const Localized limit = size_text(limit_bytes);
  return make(Code::unreadable_file, std::move(pos),
              {fmt::format("файл больше {}; он не читается", limit.ru),
               fmt::format("the file is larger than {}; it is not read", limit.en)},
              {"проверьте, что это отчёт; предел задаёт --max-file-bytes",
               "check that this is a submission; --max-file-bytes sets the limit"});
}

Diagnostic missing_column(SourcePos pos, std::string_view key, std::string_view russian_header) {
  return make(Code::missing_column, std::move(pos),
              {fmt::format("нет обязательного столбца «{}» ({})", russian_header, key),
               fmt::format("the required column «{}» («{}») is missing", key, russian_header)},
              {"первая непустая строка файла должна быть заголовком", "the first non-blank row must be the header"});
}

Diagnostic duplicate_column(SourcePos pos, std::string_view header, std::uint32_t first_column) {
  return make(Code::duplicate_column, std::move(pos),
              {fmt::format("столбец «{}» повторяется (впервые в столбце {})", header, first_column),
               fmt::format("column «{}» appears twice (first as column {})", header, first_column)});
}

Diagnostic unknown_column(SourcePos pos, std::string_view header, std::string_view suggestion) {
  return make(Code::unknown_column, std::move(pos),
              {fmt::format("неизвестный столбец «{}»; он не учитывается", header),
               fmt::format("unknown column «{}»; it is ignored", header)},
              did_you_mean(suggestion));
}

Diagnostic ragged_row(SourcePos pos, std::size_t cells, std::size_t header_cells) {
  return make(Code::ragged_row, std::move(pos),
              {fmt::format("в строке {} ячеек, а в заголовке {}; строка не проверяется", cells, header_cells),
               fmt::format("the row has {} cells but the header has {}; the row is not checked", cells, header_cells)},
              {"возможно, в тексте есть разделитель без кавычек", "perhaps a value holds the delimiter without quotes"});
}

Diagnostic no_data_rows(SourcePos pos) {
  return make(Code::missing_activity, std::move(pos),
              {"в файле есть заголовок, но нет ни одной строки с данными",
               "the file has a header but no data rows"},
              {"попросите организацию заполнить и прислать отчёт заново",
               "ask the organization to fill the report in and send it again"});
}

Diagnostic blank_row(SourcePos pos, std::uint32_t last_line) {
  if (last_line <= pos.line)
    return make(Code::blank_row, std::move(pos), {"пустая строка между строками данных", "a blank row between data rows"});
  const std::uint32_t first = pos.line;
  return make(Code::blank_row, std::move(pos),
              {fmt::format("пустые строки {}–{} между строками данных", first, last_line),
               fmt::format("blank rows {}–{} between data rows", first, last_line)});
}

Diagnostic formula_like(SourcePos pos, std::string_view cell) {
  return make(Code::formula_like, std::move(pos),
              {fmt::format("ячейка начинается как формула: «{}»", cell),
               fmt::format("the cell starts like a formula: «{}»", cell)},
              {"таблица покажет это как текст; проверьте, что это не формула из Excel",
               "the workbook will show it as text; check that it is not an Excel formula"});
}

Diagnostic no_header(SourcePos pos) {
  return make(Code::missing_column, std::move(pos),
              {"файл пуст: нет строки заголовка", "the file is empty: there is no header row"});
}

Note registry_footer_skipped(SourcePos pos, std::uint32_t first, std::uint32_t last) {
  const std::string lines = first == last ? fmt::format("{}", first) : fmt::format("{}–{}", first, last);
  return {std::move(pos),
          {fmt::format("строки {} под таблицей реестра (без кода и данных организации: подписи, «Сформировано …», "
                       "«Итого») пропущены",
                       lines),
           fmt::format("lines {} under the registry's table (no code and no organization data: signatures, "
                       "«Сформировано …», «Итого») skipped",
                       lines)}};
}

Note rows_above_header(SourcePos pos, std::uint32_t first, std::uint32_t last) {
  const std::uint32_t header = pos.line;
  if (first == last)
    return {std::move(pos),
            {fmt::format("заголовок таблицы найден в строке {}; строка {} над ним (название, дата) пропущена", header, first),
             fmt::format("the table's header is at line {}; line {} above it (a title, a date) is skipped", header, first)}};
  return {std::move(pos),
          {fmt::format("заголовок таблицы найден в строке {}; строки {}–{} над ним (название, дата) пропущены", header,
                       first, last),
           fmt::format("the table's header is at line {}; lines {}–{} above it (a title, a date) are skipped", header,
                       first, last)}};
}

Localized skipped_not_table(std::string_view extension) {
  if (extension.empty())
    return {"файл без расширения: читаются .csv, .txt, .xlsx, .xlsm, .xls, .ods",
            "a file without an extension: .csv, .txt, .xlsx, .xlsm, .xls and .ods are read"};
  return {fmt::format("не таблица отчёта ({}): читаются .csv, .txt, .xlsx, .xlsm, .xls, .ods", extension),
          fmt::format("not a report table ({}): .csv, .txt, .xlsx, .xlsm, .xls and .ods are read", extension)};
}

Localized skipped_directory_link() {
  return {"ссылка на папку: по ссылкам на папки программа не переходит; укажите папку отдельным аргументом",
          "a link to a directory, not followed; give the directory as an argument of its own"};
}

Localized skipped_special_file() {
  return {"не обычный файл (устройство, канал или сокет)", "not a regular file (a device, pipe or socket)"};
}

Localized skipped_unreadable_directory(int error_number) {
  const Localized reason = os_reason(error_number);
  return {fmt::format("папку не удаётся прочитать: {}", reason.ru), fmt::format("cannot read the directory: {}", reason.en)};
}

Localized skipped_file(std::string_view path, const Localized& reason) {
  return {fmt::format("{}: файл пропущен — {}", path, reason.ru), fmt::format("{}: file skipped — {}", path, reason.en)};
}

Diagnostic empty_cell(SourcePos pos, std::string_view column_key) {
  return make(Code::missing_value, std::move(pos),
              {fmt::format("пустая обязательная ячейка ({})", column_key),
               fmt::format("a required cell is empty ({})", column_key)});
}

Diagnostic duplicate_org(SourcePos pos, std::string_view org_id, std::uint32_t first_line) {
  return make(Code::duplicate_id, std::move(pos),
              {fmt::format("код организации «{}» уже есть в строке {}", org_id, first_line),
               fmt::format("organization id «{}» is already used at line {}", org_id, first_line)});
}

Diagnostic unknown_org(SourcePos pos, std::string_view org_id, std::string_view suggestion) {
  Localized hint = did_you_mean(suggestion);
  if (hint.empty()) hint = {"проверьте код по реестру организаций", "check the id against the registry"};
  return make(Code::unknown_org, std::move(pos),
              {fmt::format("организации «{}» нет в реестре", org_id),
               fmt::format("organization «{}» is not in the registry", org_id)},
              std::move(hint));
}

Diagnostic ambiguous_org(SourcePos pos, std::string_view org_id, std::string_view ids) {
  return make(Code::unknown_org, std::move(pos),
              {fmt::format("код «{}» с точностью до похожих латинских и русских букв совпадает с несколькими кодами реестра: {}",
                           org_id, ids),
               fmt::format("once look-alike Latin and Cyrillic letters are identified, «{}» matches several registry ids: {}",
                           org_id, ids)},
              {"введите код так, как он записан в реестре", "type the id exactly as the registry has it"});
}

Diagnostic lookalike_org(SourcePos pos, std::string_view org_id, std::string_view registry_id) {
  Localized letters;
  for (const auto& letter : text::lookalike_differences(org_id, registry_id)) {
    if (!letters.ru.empty()) letters.ru += ", ", letters.en += ", ";
    letters.ru += fmt::format("{} {} вместо {} {}", letter.typed_is_latin ? "латинская" : "русская", letter.typed,
                              letter.typed_is_latin ? "русской" : "латинской", letter.meant);
    letters.en += fmt::format("{} {} for {} {}", letter.typed_is_latin ? "Latin" : "Cyrillic", letter.typed,
                              letter.typed_is_latin ? "Cyrillic" : "Latin", letter.meant);
  }
  return make(Code::lookalike_org, std::move(pos),
              {fmt::format("код «{}» набран похожими буквами другого алфавита ({}); принят как «{}» из реестра", org_id,
                           letters.ru, registry_id),
               fmt::format("the id «{}» is typed with look-alike letters of the other alphabet ({}); taken as the "
                           "registry's «{}»",
                           org_id, letters.en, registry_id)},
              {"введите код так, как он записан в реестре (переключите раскладку)",
               "type the id as the registry has it (switch the keyboard layout)"});
}

Diagnostic activity_as_date(SourcePos pos, std::string_view cell, std::string_view number) {
  return make(Code::unknown_activity, std::move(pos),
              {fmt::format("в ячейке номера мероприятия дата «{}»: похоже, Excel превратил номер «{}» в дату", cell, number),
               fmt::format("the activity number cell holds the date «{}»: Excel seems to have turned the number «{}» into a date",
                           cell, number)},
              {"задайте столбцу формат «Текстовый» и введите номер заново (или начните его с апострофа: '1.2)",
               "format the column as Text and type the number again (or start it with an apostrophe: '1.2)"});
}

Diagnostic formula_without_value(SourcePos pos, std::string_view column_key) {
  return make(Code::missing_value, std::move(pos),
              {fmt::format("в обязательной ячейке ({}) формула без сохранённого значения", column_key),
               fmt::format("the required cell ({}) holds a formula with no saved value", column_key)},
              {"откройте файл в Excel или LibreOffice, дайте формулам пересчитаться и сохраните его, или введите значение",
               "open the file in Excel or LibreOffice, let the formulas recalculate and save it, or type the value"});
}

Diagnostic unknown_activity(SourcePos pos, std::string_view activity) {
  return make(Code::unknown_activity, std::move(pos),
              {fmt::format("в дорожной карте нет мероприятия «{}»", activity),
               fmt::format("the roadmap has no activity «{}»", activity)},
              {"укажите номер мероприятия из дорожной карты, например 1.2",
               "give the activity's number from the roadmap, e.g. 1.2"});
}

Diagnostic ambiguous_activity(SourcePos pos, std::string_view activity, std::string_view ids) {
  return make(Code::unknown_activity, std::move(pos),
              {fmt::format("номер «{}» в дорожной карте повторяется; укажите один из кодов: {}", activity, ids),
               fmt::format("the number «{}» repeats in the roadmap; give one of the ids: {}", activity, ids)});
}

Diagnostic bad_period(SourcePos pos, std::string_view period, std::string_view periods) {
  return make(Code::bad_period, std::move(pos),
              {fmt::format("«{}» — не период дорожной карты; допустимо: {}", period, periods),
               fmt::format("«{}» is not a period of the roadmap; expected one of: {}", period, periods)});
}

Diagnostic bad_status(SourcePos pos, std::string_view status) {
  // The allowed word nearest to what was typed («выполненно», «частичо»), when one is near.
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> words;
    for (const auto& w : vocab::kActivityStatusWords) words.emplace_back(w.russian);
    for (const auto& w : vocab::kActivityStatusWords) words.emplace_back(w.key);
    return words;
  }();
  const std::string folded = text::fold_case(text::trim(status));
  const std::string nearest = text::closest_match(folded, std::span<const std::string>(kWords));
  return make(Code::bad_status, std::move(pos),
              {fmt::format("«{}» — не статус; допустимо: {}", status, vocab::activity_status_list(&vocab::StatusWord::russian)),
               fmt::format("«{}» is not a status; expected one of: {} (or {})", status, vocab::activity_status_list(&vocab::StatusWord::russian),
                           vocab::activity_status_list(&vocab::StatusWord::key))},
              nearest.empty() ? Localized{}
                              : Localized{fmt::format("возможно, имелось в виду «{}»", nearest),
                                          fmt::format("perhaps «{}» was meant", nearest)});
}

Diagnostic bad_value(SourcePos pos, std::string_view value) {
  return make(Code::bad_value, std::move(pos),
              {fmt::format("«{}» — не число от нуля и больше", value),
               fmt::format("«{}» is not a number of zero or more", value)},
              {"только число, дробная часть через запятую или точку: 12,5",
               "a number only; a decimal comma or point is fine: 12,5"});
}

Diagnostic missing_value(SourcePos pos, std::string_view activity_id, std::string_view unit) {
  return make(Code::missing_value, std::move(pos),
              {fmt::format("мероприятие {} учитывается суммой{}{}: при статусе «выполнено» или «частично» "
                           "нужно значение",
                           activity_id, unit.empty() ? "" : " — ", unit),
               fmt::format("activity {} is counted as a sum{}{}: a done or partial status needs a value",
                           activity_id, unit.empty() ? "" : " of ", unit)});
}

Diagnostic bad_date(SourcePos pos, std::string_view date) {
  // Written as a date, but no such day: say why («31.06.2022: в июне 30 дней»).
  static constexpr std::string_view kIn[] = {"январе", "феврале", "марте",    "апреле",  "мае",    "июне",
                                             "июле",   "августе", "сентябре", "октябре", "ноябре", "декабре"};
  static constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
  const std::string_view trimmed = text::trim(date);
  int day = 0, month = 0, year = 0;
  char dot1 = 0, dot2 = 0, rest = 0;
  if (trimmed.size() == 10 &&
      std::sscanf(std::string(trimmed).c_str(), "%2d%c%2d%c%4d%c", &day, &dot1, &month, &dot2, &year, &rest) == 5 &&
      dot1 == '.' && dot2 == '.' && year >= 1900 && day >= 1) {
    if (month < 1 || month > 12)
      return make(Code::bad_date, std::move(pos),
                  {fmt::format("«{}» — такой даты нет: месяца {} не бывает", date, month),
                   fmt::format("«{}» is no date: there is no month {}", date, month)},
                  {"запишите дату как ДД.ММ.ГГГГ: сначала день, потом месяц", "write the date as DD.MM.YYYY: the day first"});
    const int days = calendar::days_in_month(year, month);
    if (day > days)
      return make(Code::bad_date, std::move(pos),
                  {fmt::format("«{}» — такой даты нет: в {} {} {} {}", date, kIn[month - 1], year, days,
                               ru_plural(static_cast<std::size_t>(days), "день", "дня", "дней")),
                   fmt::format("«{}» is no date: {} {} has {} days", date, kMonths[month - 1], year, days)},
                  {"проверьте день", "check the day"});
  }
  return make(Code::bad_date, std::move(pos),
              {fmt::format("«{}» — не дата; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД", date),
               fmt::format("«{}» is not a date; expected DD.MM.YYYY or YYYY-MM-DD", date)});
}

Diagnostic unused_value(SourcePos pos, std::string_view value, std::string_view activity_id) {
  return make(Code::unused_value, std::move(pos),
              {fmt::format("у мероприятия {} нет числового показателя: значение «{}» не учитывается", activity_id, value),
               fmt::format("activity {} has no numeric indicator: the value «{}» is not counted", activity_id, value)},
              {"оставьте ячейку «Значение» пустой или перенесите число в «Комментарий»",
               "leave the Value cell empty, or move the number to the comment"});
}

Diagnostic date_out_of_period(SourcePos pos, const calendar::Date& date, std::string_view period, bool after,
                              const calendar::Date& roadmap_start, const calendar::Date& period_end) {
  const std::string shown = calendar::to_dotted(date), start = calendar::to_dotted(roadmap_start);
  if (after && date.year == period_end.year)
    return make(Code::date_out_of_period, std::move(pos),
                {fmt::format("дата {} позже конца периода {} ({})", shown, period, calendar::to_dotted(period_end)),
                 fmt::format("the date {} is after the end of the period {} ({})", shown, period,
                             calendar::to_dotted(period_end))},
                {"проверьте дату: то, что сделано позже, войдёт в отчёт за следующий период",
                 "check the date: what was done later goes into the next period's report"});
  if (after)
    return make(Code::date_out_of_period, std::move(pos),
                {fmt::format("дата {} позже конца периода {}", shown, period),
                 fmt::format("the date {} is after the end of the period {}", shown, period)},
                {"отчёт за период не может сообщать о более позднем выполнении; проверьте год",
                 "a report for the period cannot tell of a later completion; check the year"});
  return make(Code::date_out_of_period, std::move(pos),
              {fmt::format("дата {} раньше начала дорожной карты ({})", shown, start),
               fmt::format("the date {} is before the roadmap begins ({})", shown, start)},
              {"проверьте год", "check the year"});
}

Note missing_submissions_count(SourcePos pos, std::size_t count, std::string_view period) {
  return {std::move(pos),
          {fmt::format("ещё не представили отчёт за {}: {} {} реестра; список — с --list-missing или при проверке папки",
                       period, count, vocab::ru_plural(count, "организация", "организации", "организаций")),
           fmt::format("{} registry organization{} ha{} sent nothing for {} yet; --list-missing, or checking a "
                       "directory, lists them",
                       count, count == 1 ? "" : "s", count == 1 ? "s" : "ve", period)}};
}

Diagnostic duplicate_row(SourcePos pos, std::string_view org_id, std::string_view period,
                         std::string_view activity_id, std::uint32_t first_line) {
  return make(Code::duplicate_row, std::move(pos),
              {fmt::format("{}, период {}, мероприятие {} — уже есть в строке {}", org_id, period, activity_id,
                           first_line),
               fmt::format("{}, period {}, activity {} is already reported at line {}", org_id, period, activity_id,
                           first_line)},
              {"оставьте одну строку", "keep one of the two rows"});
}

Diagnostic not_reporter(SourcePos pos, std::string_view org_id, std::string_view activity_id, bool org_is_body) {
  return make(Code::not_reporter, std::move(pos),
              {fmt::format("{} не отчитывается по мероприятию {}{}", org_id, activity_id,
                           org_is_body ? " (это мероприятие образовательных организаций)" : ""),
               fmt::format("{} does not report on activity {}{}", org_id, activity_id,
                           org_is_body ? " (it is the organizations' activity)" : "")},
              {"удалите строку или проверьте номер мероприятия", "remove the row or check the activity number"});
}

Diagnostic missing_activity(SourcePos pos, std::string_view org_id, std::string_view period,
                            std::string_view activity_ids, std::size_t count) {
  return make(Code::missing_activity, std::move(pos),
              {fmt::format("{} за {}: нет строк по {} {}: {}", org_id, period, count,
                           ru_plural(count, "мероприятию", "мероприятиям", "мероприятиям"), activity_ids),
               fmt::format("{} for {}: no row for {} activit{}: {}", org_id, period, count, count == 1 ? "y" : "ies",
                           activity_ids)});
}

Diagnostic missing_submission(SourcePos pos, std::string_view org_id, std::string_view name,
                              std::string_view period) {
  return make(Code::missing_submission, std::move(pos),
              {fmt::format("{} ({}) не представила отчёт за {}", org_id, name, period),
               fmt::format("{} ({}) sent nothing for {}", org_id, name, period)});
}

Diagnostic conflict(SourcePos pos, std::string_view org_id, std::string_view period, std::string_view activity_id,
                    const SourcePos& other, const Localized& differences) {
  return make(Code::conflict, std::move(pos),
              {fmt::format("{}, период {}, мероприятие {}: в {}:{} другие данные ({}); строка не включена в сводный "
                           "файл",
                           org_id, period, activity_id, other.file, other.line, differences.ru),
               fmt::format("{}, period {}, activity {}: {}:{} says otherwise ({}); the row is left out of the merged "
                           "file",
                           org_id, period, activity_id, other.file, other.line, differences.en)},
              {"выясните, какой файл верен, и исправьте другой, или запустите с --on-conflict last, чтобы победил "
               "файл, указанный позже",
               "find out which file is right and correct the other, or run with --on-conflict last to let the file "
               "given later win"});
}

Diagnostic overridden(SourcePos pos, std::string_view org_id, std::string_view period, std::string_view activity_id,
                      const SourcePos& winner, const Localized& differences) {
  Diagnostic d = make(Code::conflict, std::move(pos),
                      {fmt::format("{}, период {}, мероприятие {}: заменено данными из {}:{}, указанного позже ({})",
                                   org_id, period, activity_id, winner.file, winner.line, differences.ru),
                       fmt::format("{}, period {}, activity {}: replaced by {}:{}, given later ({})", org_id, period,
                                   activity_id, winner.file, winner.line, differences.en)});
  d.severity = Severity::warning;  // --on-conflict last settles it; the analyst is told
  return d;
}

Diagnostic yaml_parse_error(SourcePos pos, std::string_view detail) {
  return make(Code::yaml_syntax, std::move(pos),
              {fmt::format("ошибка синтаксиса YAML: {}", detail),
               fmt::format("YAML syntax error: {}", detail)},
              {"проверьте отступы (только пробелы, без табуляции), кавычки и двоеточия",
               "check indentation (spaces only, no tabs), quotes and colons"});
}

Diagnostic yaml_too_deep(SourcePos pos, int limit) {
  return make(Code::yaml_syntax, std::move(pos),
              {fmt::format("вложенность YAML глубже {} уровней", limit),
               fmt::format("YAML nesting is deeper than {} levels", limit)});
}

Diagnostic yaml_not_utf8(SourcePos pos) {
  return make(Code::yaml_syntax, std::move(pos),
              {"файл не в кодировке UTF-8 (возможно, сохранён в Windows-1251)",
               "the file is not UTF-8 text (perhaps saved as Windows-1251)"},
              {"сохраните файл в кодировке UTF-8", "save the file as UTF-8"});
}

Diagnostic yaml_nul_byte(SourcePos pos) {
  return make(Code::yaml_syntax, std::move(pos),
              {"в файле нулевой байт: это не текстовый файл", "the file contains a NUL byte: it is not text"});
}

Diagnostic empty_roadmap(SourcePos pos) {
  return make(Code::roadmap_schema, std::move(pos),
              {"файл пуст: нет ни одного ключа дорожной карты", "the file is empty: no roadmap keys"},
              {"начните с «format: roadmap/1»", "start with «format: roadmap/1»"});
}

Diagnostic wrong_node_type(SourcePos pos, std::string_view key, std::string_view expected) {
  const std::string_view ru = expected == "mapping"    ? "словарь (ключ: значение)"
                              : expected == "sequence" ? "список"
                                                       : "одно значение";
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}»: ожидается {}", key, ru), fmt::format("«{}»: expected a {}", key, expected)});
}

Diagnostic missing_key(SourcePos pos, std::string_view key, std::string_view parent) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("в «{}» нет обязательного ключа «{}»", parent, key),
               fmt::format("«{}» lacks the required key «{}»", parent, key)});
}

Diagnostic unknown_key(SourcePos pos, std::string_view key, std::string_view suggestion) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("неизвестный ключ «{}»", key), fmt::format("unknown key «{}»", key)},
              did_you_mean(suggestion));
}

Diagnostic duplicate_key(SourcePos pos, std::string_view key, std::uint32_t first_line) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("ключ «{}» повторяется (впервые в строке {})", key, first_line),
               fmt::format("key «{}» is repeated (first at line {})", key, first_line)});
}

Diagnostic empty_value(SourcePos pos, std::string_view key) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}» не может быть пустым", key), fmt::format("«{}» must not be empty", key)});
}

Diagnostic bad_format(SourcePos pos, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("формат «{}» не поддерживается; ожидается roadmap/1", value),
               fmt::format("format «{}» is not supported; expected roadmap/1", value)});
}

Diagnostic bad_period_label(SourcePos pos, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}» — не период; ожидается год (2026), квартал (2022-Q3), полугодие (2022-H1) или "
                           "учебный год (2023/2024)",
                           value),
               fmt::format("«{}» is not a period; expected a year (2026), a quarter (2022-Q3), a half-year (2022-H1) "
                           "or a school year (2023/2024)",
                           value)});
}

Diagnostic mixed_periods(SourcePos pos) {
  return make(Code::roadmap_schema, std::move(pos),
              {"периоды должны быть одного вида: все годы, все кварталы, все полугодия или все учебные годы",
               "periods must be of one kind: all years, all quarters, all half-years or all school years"});
}

Diagnostic duplicate_period(SourcePos pos, std::string_view label) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("период {} указан дважды", label), fmt::format("period {} is listed twice", label)});
}

Diagnostic bad_yaml_date(SourcePos pos, std::string_view key, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}»: «{}» — не дата; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ", key, value),
               fmt::format("«{}»: «{}» is not a date; expected YYYY-MM-DD or DD.MM.YYYY", key, value)});
}

Diagnostic bad_boolean(SourcePos pos, std::string_view key, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}»: «{}» — ожидается true или false", key, value),
               fmt::format("«{}»: «{}» — expected true or false", key, value)});
}

Diagnostic unknown_measure(SourcePos pos, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("неизвестный способ подсчёта «{}»", value),
               fmt::format("unknown measure «{}»", value)},
              {"допустимо: orgs-done, sum, share-done, done", "allowed: orgs-done, sum, share-done, done"});
}

Diagnostic done_without_decider(SourcePos pos, std::string_view activity_id) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("мероприятие {}: показатель done, но ни у одного ответственного нет org_id, "
                           "чей отчёт решает о выполнении",
                           activity_id),
               fmt::format("activity {}: measure done, but no responsible party has an org_id "
                           "whose report decides it",
                           activity_id)},
              {"укажите indicator.by: <org_id>", "set indicator.by: <org_id>"});
}

Diagnostic done_ambiguous(SourcePos pos, std::string_view activity_id, std::string_view org_ids) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("мероприятие {}: неясно, чей отчёт решает о выполнении ({})", activity_id, org_ids),
               fmt::format("activity {}: it is ambiguous whose report decides it ({})", activity_id, org_ids)},
              {"укажите indicator.by: <org_id>", "set indicator.by: <org_id>"});
}

Diagnostic by_without_done(SourcePos pos, std::string_view activity_id) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("мероприятие {}: indicator.by имеет смысл только для measure: done", activity_id),
               fmt::format("activity {}: indicator.by applies only to measure: done", activity_id)});
}

Diagnostic duplicate_id(SourcePos pos, std::string_view kind, std::string_view id, std::uint32_t first_line) {
  const std::string_view ru = kind == "section" ? "раздел" : kind == "party" ? "участник" : "мероприятие";
  return make(Code::duplicate_id, std::move(pos),
              {fmt::format("{} с id «{}» уже есть в строке {}", ru, id, first_line),
               fmt::format("{} id «{}» is already used at line {}", kind, id, first_line)},
              {"номер из документа можно повторить в «number», а id должен быть уникальным",
               "the document's number may repeat in «number», but the id must be unique"});
}

Diagnostic unknown_party(SourcePos pos, std::string_view id, std::string_view suggestion) {
  Localized hint = did_you_mean(suggestion);
  if (hint.empty())
    hint = {"добавьте участника в раздел parties", "add the party to the parties list"};
  return make(Code::unknown_party, std::move(pos),
              {fmt::format("неизвестный участник «{}»", id), fmt::format("unknown party «{}»", id)},
              std::move(hint));
}

Diagnostic unknown_decider(SourcePos pos, std::string_view by, std::string_view suggestion) {
  Localized hint = did_you_mean(suggestion);
  if (hint.empty())
    hint = {"укажите org_id одного из участников", "name the org_id of one of the parties"};
  return make(Code::unknown_party, std::move(pos),
              {fmt::format("indicator.by: «{}» не является org_id ни одного участника", by),
               fmt::format("indicator.by: «{}» is not the org_id of any party", by)},
              std::move(hint));
}

Diagnostic target_not_number(SourcePos pos, std::string_view value) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("плановое значение «{}» — не число", value),
               fmt::format("target «{}» is not a number", value)});
}

Diagnostic target_negative(SourcePos pos, std::string_view value) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("плановое значение {} отрицательно", value), fmt::format("target {} is negative", value)});
}

Diagnostic target_unknown_period(SourcePos pos, std::string_view period, std::string_view periods) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("плановое значение на период {}, которого нет в periods ({})", period, periods),
               fmt::format("target for period {}, which is not in periods ({})", period, periods)});
}

Diagnostic target_done_not_one(SourcePos pos, std::string_view value) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("для measure: done плановое значение может быть только 1, а не {}", value),
               fmt::format("a done indicator's target can only be 1, not {}", value)});
}

Diagnostic bad_deadline(SourcePos pos, std::string_view phrase, const Localized& reason) {
  return make(Code::bad_deadline, std::move(pos),
              {fmt::format("срок «{}» не распознан: {}", phrase, reason.ru),
               fmt::format("deadline «{}» is not understood: {}", phrase, reason.en)},
              kTextFormHint);
}

Diagnostic no_reporter(SourcePos pos, std::string_view activity_id) {
  return make(Code::no_reporter, std::move(pos),
              {fmt::format("о мероприятии {} никто не отчитывается: у ответственных нет org_id "
                           "и нет each_organization",
                           activity_id),
               fmt::format("nobody reports on activity {}: no responsible party has an org_id "
                           "or each_organization",
                           activity_id)});
}

Localized roadmap_has_errors() {
  return {"в дорожной карте есть ошибки; отчёты не проверялись",
          "the roadmap has errors; the submissions were not checked"};
}

Localized registry_has_errors() {
  return {"реестр организаций не прочитан или содержит ошибки; отчёты не проверялись",
          "the organization registry cannot be read or has errors; the submissions were not checked"};
}

Localized output_is_input(std::string_view path) {
  return {fmt::format("выходной файл {} — это один из входных файлов; укажите в -o другой путь", path),
          fmt::format("the output {} is also an input; give -o another path", path)};
}

Localized report_needs_file() {
  return {"данные идут в стандартный вывод (-o -); для JSON-отчёта укажите --report ФАЙЛ",
          "the data goes to standard output (-o -); give --report FILE for the JSON document"};
}

Localized stdin_twice() {
  return {"стандартный ввод («-») указан дважды, а прочитать его можно только один раз: передайте остальное файлами",
          "standard input (\"-\") is named twice, but it can be read only once: give the rest as files"};
}

Localized bad_as_of(std::string_view value) {
  return {fmt::format("--as-of: «{}» — не дата; ожидается ГГГГ-ММ-ДД", value),
          fmt::format("--as-of: «{}» is not a date; expected YYYY-MM-DD", value)};
}

Localized other_period_files(std::string_view org_id, const Localized& reason, std::string_view files) {
  return {fmt::format("{}: не представлен — {} (файлы: {})", org_id, reason.ru, files),
          fmt::format("{}: not received — {} (files: {})", org_id, reason.en, files)};
}

Localized unknown_period_option(std::string_view value, std::string_view periods) {
  return {fmt::format("--period: «{}» — не период дорожной карты; допустимо: {}", value, periods),
          fmt::format("--period: «{}» is not a period of the roadmap; expected one of: {}", value, periods)};
}

Localized sending_locked(std::string_view log_path) {
  return {fmt::format("письма из этой папки уже отправляет другой запуск ({} занят); дождитесь его окончания", log_path),
          fmt::format("another run is already sending the letters of this folder ({} is held); wait until it ends",
                      log_path)};
}

Diagnostic order_too_large(SourcePos pos, std::uint64_t limit_bytes) {
  return make(Code::unreadable_file, std::move(pos),
              {fmt::format("файл больше {}: это не приказ", size_text(limit_bytes).ru),
               fmt::format("the file is larger than {}: it is not an order", size_text(limit_bytes).en)},
              {"передайте сам приказ (.docx, .html или текст)", "give the order itself (.docx, .html or text)"});
}

Diagnostic order_format(SourcePos pos, std::string_view kind) {
  const Localized what = kind == "doc"   ? Localized{"документ Word 97-2003 (.doc)", "a Word 97-2003 document (.doc)"}
                         : kind == "pdf" ? Localized{"документ PDF", "a PDF document"}
                         : kind == "rtf" ? Localized{"документ RTF", "an RTF document"}
                                         : Localized{"двоичные данные", "binary data"};
  Localized hint = kind == "pdf"
                       ? Localized{"откройте приказ в Word и сохраните как «Документ Word (.docx)» или скопируйте "
                                   "таблицу приложения в текстовый файл",
                                   "open the order in Word and save it as \"Word Document (.docx)\", or copy the "
                                   "appendix's table into a text file"}
                       : Localized{"откройте файл в Word или LibreOffice и сохраните как «Документ Word (.docx)»",
                                   "open the file in Word or LibreOffice and save it as \"Word Document (.docx)\""};
  return make(Code::unreadable_file, std::move(pos),
              {fmt::format("это {}: приказ читается из .docx, .html или текста", what.ru),
               fmt::format("this is {}: the order is read from .docx, .html or text", what.en)},
              std::move(hint));
}

Diagnostic order_unreadable(SourcePos pos, const Localized& reason) {
  return make(Code::unreadable_file, std::move(pos),
              {fmt::format("приказ не удаётся прочитать: {}", reason.ru),
               fmt::format("cannot read the order: {}", reason.en)},
              {"откройте его в Word и сохраните заново как .docx", "open it in Word and save it again as .docx"});
}

Diagnostic order_no_table(SourcePos pos, std::size_t tables) {
  return make(Code::missing_column, std::move(pos),
              {fmt::format("не найдена таблица дорожной карты: ни в одной из таблиц ({}) нет заголовка столбца "
                           "«Мероприятие» (или «Наименование», «Содержание») рядом с «Сроки» или «Ответственные»",
                           tables),
               fmt::format("no roadmap table found: none of the tables ({}) has a column headed «Мероприятие» (or "
                           "«Наименование», «Содержание») next to «Сроки» or «Ответственные»",
                           tables)},
              {"проверьте, что приложение с таблицей входит в файл и что у таблицы есть строка заголовков",
               "check that the appendix with the table is in the file and that the table has a header row"});
}

Diagnostic order_no_activities(SourcePos pos, std::uint32_t table) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("в таблице {} есть заголовок, но нет ни одного пронумерованного мероприятия (1.1, 1.2 …)", table),
               fmt::format("table {} has a header but no numbered activity (1.1, 1.2 …)", table)},
              {"в столбце «№ п/п» должны стоять номера мероприятий",
               "the «№ п/п» column must hold the activities' numbers"});
}

Diagnostic order_no_periods(SourcePos pos) {
  return make(Code::roadmap_schema, std::move(pos),
              {"не удалось определить периоды: в названии, целевых значениях и сроках нет года",
               "cannot tell the periods: the title, the targets and the deadlines name no year"},
              {"укажите их: --periods 2026-2028 (или 2022-Q1..2022-Q4)",
               "give them: --periods 2026-2028 (or 2022-Q1..2022-Q4)"});
}

Localized bad_periods_option(std::string_view text) {
  return {fmt::format("--periods «{}»: ожидается 2026-2028, 2026,2027 или 2022-Q1..2022-Q4", text),
          fmt::format("--periods «{}»: expected 2026-2028, 2026,2027 or 2022-Q1..2022-Q4", text)};
}

Localized json_and_stdout_output() {
  return {"-o - и --format json оба пишут в стандартный вывод: укажите файл в -o",
          "-o - and --format json would both write to standard output: give -o a file"};
}

Localized roadmap_not_found(std::string_view name, std::string_view dirs, std::string_view installed) {
  return {fmt::format("дорожная карта «{}» не найдена: такого файла нет, и среди установленных ({}) её нет; "
                      "установлены: {}",
                      name, dirs, installed.empty() ? "никакие" : installed),
          fmt::format("roadmap «{}» not found: there is no such file, nor an installed roadmap of that name ({}); "
                      "installed: {}",
                      name, dirs, installed.empty() ? "none" : installed)};
}

Localized cannot_write_output(std::string_view path, const Localized& reason) {
  return {fmt::format("не удаётся записать {}: {}; прежний файл (если был) не изменён", path, reason.ru),
          fmt::format("cannot write {}: {}; any previous file is left as it was", path, reason.en)};
}

Localized library_reason(std::string_view library, std::string_view text) {
  return {fmt::format("ошибка {} («{}»)", library, text), std::string(text)};
}

Localized output_would_overwrite_input() {
  return {"это один из входных файлов этого запуска", "it is an input of this run"};
}

Localized template_folder_not_own(std::size_t count, std::string_view first) {
  return {fmt::format("в папке {} {}, которые не записаны этой программой (например, «{}») — возможно, это присланные "
                      "отчёты; шаблоны не записаны. Укажите пустую папку или --force (чужие файлы и тогда не "
                      "перезаписываются)",
                      count, ru_plural(count, "файл", "файла", "файлов"), first),
          fmt::format("the folder holds {} file{} this program did not write (such as «{}») — reports, perhaps; no "
                      "template was written. Give an empty folder, or --force (files not its own are still never "
                      "written over)",
                      count, count == 1 ? "" : "s", first)};
}

}  // namespace rmt::diag::msg
