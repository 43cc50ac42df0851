// An order's file, whatever it is: told from its bytes (a zip with
// word/document.xml, HTML, text), never from its name alone. The formats that
// cannot be read (.doc, .pdf, .rtf, .odt) are named in a finding that says
// how to save them.
#pragma once

#include <string>
#include <string_view>

#include "diag/sink.h"
#include "order/order_document.h"

namespace rmt::order {

enum class OrderFormat { docx, html, text };

/// Reads `path` into `document`; false with an `unreadable-file` finding at
/// `shown_name`.
bool read_order(const std::string& path, std::string_view shown_name, OrderDocument& document,
                diag::DiagnosticSink& sink, const OrderLimits& limits = {});

}  // namespace rmt::order
