// Orders as Word documents (.docx): word/document.xml streamed through the
// zip and XML layer of the .xlsx reader. Tables (w:tbl) become grids with
// w:gridSpan and w:vMerge resolved; paragraphs outside tables become the
// order's lines. Deleted text (tracked changes) is left out.
#pragma once

#include <string>

#include "vocab/lang.h"
#include "order/order_document.h"

namespace rmt::order {

/// Reads `path` as a .docx; false with `error` when it is not one (a broken
/// zip, no word/document.xml, damaged XML) or a limit is passed.
bool read_docx_order(const std::string& path, OrderDocument& out, vocab::Localized& error,
                     const OrderLimits& limits = {});

}  // namespace rmt::order
