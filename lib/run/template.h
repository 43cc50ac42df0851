// roadmap-template's job (SPEC.md §9): one submission template per
// organization of the registry for a period, into a folder.
#pragma once

#include <optional>
#include <string>

#include "run/setup.h"
#include "template/template_set.h"

namespace rmt::run {

struct TemplateRequest {
  Sources sources;     ///< the roadmap and the registry (needed); no inputs
  std::string period;  ///< as asked: «2026», «2022-Q3», «III квартал 2022»
  std::string out_dir;
  templates::TemplateSetOptions set;  ///< its protected_paths are filled in from `sources`
};

struct TemplateOutcome {
  std::optional<Setup> setup;
  std::size_t period = 0;
  templates::TemplateSetResult written;
  std::optional<Stop> stop;
};

TemplateOutcome templates(const TemplateRequest& request, Listener& listener);

}  // namespace rmt::run
