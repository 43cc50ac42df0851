// Turns the input arguments of a program into the list of files to read.
#pragma once

#include <string>
#include <vector>

namespace rmt::io {

/// Each argument as given, except that a directory stands for every `*.csv`
/// and `*.xlsx` (any letter case) below it, recursively, in sorted order,
/// leaving out the "~$name.xlsx" lock files Excel keeps beside open workbooks. Symbolic links
/// to directories are not followed, so a link loop cannot trap the walk.
/// Paths that do not exist are kept: reading them reports the problem.
std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments);

}  // namespace rmt::io
