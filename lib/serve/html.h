// Server-rendered HTML for the intake service: escaping and the one page
// layout (its CSS and JavaScript are files the service serves itself, so
// the Content-Security-Policy can forbid anything inline).
#pragma once

#include <string>
#include <string_view>

#include "vocab/lang.h"

namespace rmt::serve {

/// Text made safe for HTML content and attribute values.
std::string escape(std::string_view text);

/// A whole page: the title, the body (already HTML), in `lang`; a page of
/// something under way reloads itself every `refresh_seconds` (0: never).
std::string page(std::string_view title, std::string_view body, vocab::Lang lang, int refresh_seconds = 0);

/// The stylesheet and the upload script the pages use.
std::string_view stylesheet();
std::string_view upload_script();

}  // namespace rmt::serve
