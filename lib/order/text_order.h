// Orders as text: the table's rows are lines with tab-separated cells, as a
// copy out of Word or a legal database gives them (shared/seeds/). Cells may
// keep inline HTML or Markdown. Lines above the first row are the order's
// heading; lines without a tab between rows (page footers, blank lines) are
// not part of the table.
#pragma once

#include <string_view>

#include "vocab/lang.h"
#include "order/order_document.h"

namespace rmt::order {

/// Reads the text of an order (UTF-8, or Windows-1251: decoded here).
bool read_text_order(std::string_view bytes, OrderDocument& out, vocab::Localized& error, const OrderLimits& limits = {});

}  // namespace rmt::order
