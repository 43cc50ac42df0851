// The manual page (roff, man(7)) and the bash completion of a program, made
// from the same CLI11 option table, description and example as its --help,
// so that none of them is written twice. The build runs every program with
// --man-page and --bash-completion (apps/CMakeLists.txt); these two
// arguments are for the build and are not listed in --help.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "vocab/lang.h"

namespace rmt::cli {

/// The program's manual page in `lang`: NAME, SYNOPSIS, DESCRIPTION,
/// OPTIONS, EXAMPLE, EXIT STATUS, FILES, SEE ALSO.
std::string man_page(const CLI::App& app, vocab::Lang lang);

/// A bash completion script for the program: its options, the values of
/// --lang, --format and the like (option_values.h), the installed roadmaps'
/// names after -r, directories after --out-dir, files elsewhere.
std::string bash_completion(const CLI::App& app);

}  // namespace rmt::cli
