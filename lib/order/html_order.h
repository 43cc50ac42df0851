// Orders as legal databases publish them: HTML pages whose appendix is a
// <table> (rowspan/colspan merged cells, <p>/<br>/<li> inside cells, <b> or
// <strong> for section rows). Also the inline markup that text copies of
// orders keep inside their cells (shared/seeds/: «<b>1.</b>», «<ul><li>»).
//
// The reader is forgiving, as browsers are: unclosed <td>/<tr>/<p>, upper-case
// tags and unquoted attributes are all fine. Script and style are skipped.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "vocab/lang.h"
#include "order/order_document.h"

namespace rmt::order {

/// Reads an HTML page (already UTF-8). False with `error` when a limit is
/// passed (tables nested too deep, too many rows).
bool read_html_order(std::string_view html, OrderDocument& out, vocab::Localized& error, const OrderLimits& limits = {});

/// A cell of a text order, which may hold inline HTML: its paragraphs and
/// whether all its text is bold. Markdown's «**» and «\_» are undone too.
Cell inline_markup_cell(std::string_view fragment);

/// A line of plain text with inline markup removed («**Дорожная карта», «от \_\_ №»).
std::string plain_line(std::string_view line);

/// The UTF-8 bytes of an HTML character reference's name or number
/// ("amp", "laquo", "#171", "#xAB"); nullopt when unknown.
std::optional<std::string> decode_entity(std::string_view name);

}  // namespace rmt::order
